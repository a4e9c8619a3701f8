/**
 * Blind round 65: companions, voice and personal assistants, read from their sources and measured without changing
 * the rules. Honcho's observation extraction and short/long chat summaries (the memory layer companion apps call), a
 * Chinese voice-assistant server's first and rolling conversation summaries, VirtualWife's memory summary, memory
 * importance score and Chinese "topic observer", talemate's director-chat title and summary, GLaDOS's conversation
 * summary and fact extraction. The texts are in `_prompts_blind65.ts`; negatives: `_negatives_blind65.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import type { Turn } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind65.ts";
export { buildBlind65Negatives } from "./_negatives_blind65.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replaceAll(`\u0000${key}\u0000`, value), text);

const HONCHO = "ddbb90e36f2d148c7982f6ed85b09d31cabf5944";
const VW = "c8afd6d3ce6bb6f58988c649c50299d36b63e08f";
const XZ = "ccfaec51795fea2f69ba4161c550caf555bbed8e";
const TALEMATE = "a1d209a9aedb2f26853416f2adb617be31404b49";
const GLADOS = "09f26d5bec0a0a5cb210c8077daceed507f5373c";

/** Honcho's `format_new_turn_with_timestamp`: "2023-05-08 13:56:00 speaker: hello"; the timestamps are ours. */
const honchoTimed = (c: Conversation) =>
  c.turns.map((t, i) =>
    `2026-03-14 19:${String(10 + i * 3)}:05 ${t.role === "user" ? "mia" : "assistant"}: ${t.content}`
  )
    .join("\n");
/** Honcho summarizer `_format_messages`: "peer_name: content" lines. */
const honchoPlain = (c: Conversation) => toLines(c.turns, { user: "mia", assistant: "assistant" });
/** The summary's word budget: min(input tokens, max) × 0.75, tokens estimated here as characters / 4. */
const words = (text: string, max: number) =>
  String(Math.floor(Math.min(Math.ceil(text.length / 4), max) * 0.75));
const NO_PREVIOUS = "There is no previous summary -- the messages are the beginning of the conversation.";

/** VirtualWife's `format_history`: "{you}说{query};{role}说{answer}" for the last exchange. */
const lastExchange = (c: Conversation) => {
  const users = c.turns.filter((t) => t.role === "user");
  const answers = c.turns.filter((t) => t.role === "assistant");
  return { query: users.at(-1)?.content ?? "", answer: answers.at(-1)?.content ?? "" };
};
const vwHistory = (c: Conversation) => {
  const { query, answer } = lastExchange(c);
  return `alan说${query};爱莉说${answer}`;
};
/** observe_memory_job: each stored exchange as "{human}\n{ai}", joined by newlines. */
const vwMemory = (c: Conversation) => {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    pairs.push(`alan说${c.turns[i]?.content ?? ""}\n爱莉说${c.turns[i + 1]?.content ?? ""}`);
  }
  return pairs.join("\n");
};
/** xiaozhi MessageHistoryFormatter: `MessageType + ":" + text`, one per line. */
const xzLines = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "USER" : "ASSISTANT"}:${t.content}`).join("\n");
const XZ_OLD_SUMMARY = "用户向助手咨询了一个家庭生活中的安排问题，助手给出了具体可行的建议。";

export const BLIND65: Template[] = [
  {
    client: "Honcho",
    task: "memory",
    source: at("plastic-labs/honcho", { path: "src/deriver/prompts.py", commit: HONCHO }),
    note:
      "minimal_deriver_prompt as the one user message (honcho_llm_call prompt=..., json_mode=True, response_model PromptRepresentation); the JSON response format is our rendering of json_mode",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.HONCHO_DERIVER, { PEER: "mia", MESSAGES: honchoTimed(c) }))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Honcho",
    task: "summary",
    source: at("plastic-labs/honcho", { path: "src/utils/summarizer.py", commit: HONCHO }),
    note: "short_summary_prompt as the one user message, max_tokens SUMMARY.MAX_TOKENS_SHORT (1000)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        fill(P.HONCHO_SHORT, { CONVERSATION: honchoPlain(c), PREVIOUS: NO_PREVIOUS })
          .replace("12345", words(honchoPlain(c), 1000)),
      )],
      max_tokens: 1000,
    }),
  },
  {
    client: "Honcho",
    task: "summary",
    source: at("plastic-labs/honcho", { path: "src/utils/summarizer.py", commit: HONCHO }),
    note: "long_summary_prompt as the one user message, max_tokens SUMMARY.MAX_TOKENS_LONG (4000)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        fill(P.HONCHO_LONG, { CONVERSATION: honchoPlain(c), PREVIOUS: NO_PREVIOUS })
          .replace("12345", words(honchoPlain(c), 4000)),
      )],
      max_tokens: 4000,
    }),
  },
  {
    client: "xiaozhi-esp32-server-java",
    task: "summary",
    source: at("joey-zhou/xiaozhi-esp32-server-java", {
      path: "xiaozhi-ai/src/main/resources/prompts/init_summarizer.md",
      commit: XZ,
    }),
    note:
      "SummaryConversation.summaryMessages: the rendered template as chatClient.prompt().user(...), not streamed",
    build: (c) => ({ model: MODEL, messages: [usr(P.XZ_INIT.replace("$conversation$", xzLines(c.turns)))] }),
  },
  {
    client: "xiaozhi-esp32-server-java",
    task: "summary",
    source: at("joey-zhou/xiaozhi-esp32-server-java", {
      path: "xiaozhi-ai/src/main/resources/prompts/again_summarizer.md",
      commit: XZ,
    }),
    note: "the rolling summary once a previous one exists: old summary (ours) plus the later messages",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.XZ_AGAIN.replace("$last_summary$", XZ_OLD_SUMMARY).replace(
          "$conversation$",
          xzLines(c.turns.slice(2)),
        ),
      )],
    }),
  },
  {
    client: "VirtualWife",
    task: "summary",
    source: at("yakami129/VirtualWife", {
      path: "domain-chatbot/apps/chatbot/memory/memory_storage.py",
      commit: VW,
    }),
    note:
      "MemorySummary: prompt + query 'input:{history}' as one user message (litellm completion, temperature 0.7)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.VW_SUMMARY + `input:${vwHistory(c)}`)],
      temperature: 0.7,
    }),
  },
  {
    client: "VirtualWife",
    task: "memory",
    source: at("yakami129/VirtualWife", {
      path: "domain-chatbot/apps/chatbot/memory/memory_storage.py",
      commit: VW,
    }),
    note:
      "MemoryImportance: prompt + 'memory:{summary}'; the memory here is the unsummarised history (what summary() returns when the model gives no JSON)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.VW_IMPORTANCE + `memory:${vwHistory(c)}`)],
      temperature: 0.7,
    }),
  },
  {
    client: "VirtualWife",
    task: "classification",
    source: at("yakami129/VirtualWife", {
      path: "domain-chatbot/apps/chatbot/insight/insight.py",
      commit: VW,
    }),
    note:
      "TopicBot (scheduled observe_memory_job): input_prompt + output_prompt with the recent memory, query ''",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.VW_TOPIC_INPUT.replaceAll("{role_name}", "爱莉").replace("{memory}", vwMemory(c)) +
          P.VW_TOPIC_OUTPUT,
      )],
      temperature: 0.7,
    }),
  },
  {
    client: "talemate",
    task: "title",
    source: at("vegu-ai/talemate", {
      path: "src/talemate/prompts/templates/director/chat-title.jinja2",
      commit: TALEMATE,
    }),
    paraphrased: true,
    note:
      "sections rendered with the 'titles' sectioning handler and the prepared response '<TITLE>' appended; talemate's client wrapper (system prompt) reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `\n## Conversation\n${
          toLines(c.turns, { user: "user", assistant: "director" })
        }\n\n## Task\nGenerate a very short title (3-8 words) for this conversation between a user and an AI director. The title should capture the main topic or purpose of the discussion.\n\nProvide your title in a <TITLE>...</TITLE> section.\n\nYour title MUST NOT include any markup.\n<TITLE>`,
      )],
    }),
  },
  {
    client: "talemate",
    task: "summary",
    source: at("vegu-ai/talemate", {
      path: "src/talemate/prompts/templates/summarizer/summarize-director-chat.jinja2",
      commit: TALEMATE,
    }),
    paraphrased: true,
    note: "the response-length include left out; history entries as '[#n] <source> message' then '---'",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `You are a helpful assistant that condenses a director chat history.\n\nGoal: Produce a concise but sufficiently detailed narrative preserving important decisions, changes, and commitments. Omit low-level function outputs and technical minutiae. Prefer concrete outcomes over step-by-step narration.\n\nContext:\n- The text below is a chronological transcript between a user and a director agent.\n- Keep character, scene, and world changes if any.\n- Keep directives that affect future behavior.\n- Discard verbose justifications unless essential to the decision.\n\nCHAT HISTORY:\n${
          c.turns.map((t, i) => `[#${i + 1}] <${t.role === "user" ? "user" : "director"}> ${t.content}\n---`)
            .join("\n")
        }\n\nYour response must follow this format:\n\nSUMMARY: <coherent summary that preserves key decisions and changes.>\n\nSUMMARY:`,
      )],
    }),
  },
  {
    client: "GLaDOS",
    task: "summary",
    source: at("dnhkng/GLaDOS", { path: "src/glados/autonomy/summarization.py", commit: GLADOS }),
    note: "summarize_messages via llm_call: system + user, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GLADOS_SUMMARIZE_MESSAGES),
        usr(`Summarize this conversation:\n\n${toLines(c.turns, { user: "user", assistant: "assistant" })}`),
      ],
      stream: false,
    }),
  },
  {
    client: "GLaDOS",
    task: "memory",
    source: at("dnhkng/GLaDOS", { path: "src/glados/autonomy/summarization.py", commit: GLADOS }),
    note: "extract_facts via llm_call: system + user, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GLADOS_EXTRACT_FACTS),
        usr(
          `Extract facts from this conversation:\n\n${
            toLines(c.turns, { user: "user", assistant: "assistant" })
          }`,
        ),
      ],
      stream: false,
    }),
  },
];
