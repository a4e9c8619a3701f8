/**
 * Blind round 42, memory libraries: MemoryBank's Chinese per-day event summary and personality summary, SCM4LLMs'
 * per-turn summary and its "can this memory answer the question" controller, chatmemory's session summary, A-mem's
 * memory evolution and note analysis, BeeAI's SummarizeMemory and AgentClaw's Chinese fact extraction and context
 * compression.
 */
import { MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind42.ts";
import {
  AMEM_ANALYZE_FORMAT,
  AMEM_EVOLUTION_FORMAT,
  exchanges,
  person,
  scmIsEnglish,
  SRC,
  withExtras,
} from "./_blind42_fill.ts";
import type { Conversation, Turn } from "./_conversations.ts";

/** MemoryBank LLMClientSimple: the Chinese system/user/system framing, then the prompt; chatgpt_config. */
const memBank = (prompt: string) =>
  withExtras({
    model: MODEL,
    messages: [sys(P.MEMBANK_SYSTEM_CN), usr(P.MEMBANK_USER_CN), sys(P.MEMBANK_ACK_CN), usr(prompt)],
    max_tokens: 400,
    temperature: 0.7,
  }, { n: 1, top_p: 1.0, frequency_penalty: 0.4, presence_penalty: 0.2, stop: ["<|im_end|>", "¬人类¬"] });
const memBankLines = (c: Conversation) =>
  exchanges(c.turns).map((e) => `\n${person(c)}：${e.q.trim()}\nAI：${e.r.trim()}`).join("");

/** SCM4LLMs call_gpt3_5_turbo: one user message, temperature 0.1, stop "###". */
const scm = (prompt: string) =>
  withExtras({ model: MODEL, messages: [usr(prompt)], temperature: 0.1 }, { stop: ["###"] });
const scmTurn = ({ q, r }: { q: string; r: string }, index?: number) => {
  if (scmIsEnglish(q)) return `${index ? `[Turn ${index}]\n\n` : ""}User: ${q}\n\nAssistant: ${r}`;
  return `${index ? `[第${index}轮]\n\n` : ""}用户：${q}\n\n助手：${r}`;
};

const roleLines = (turns: Turn[]) => turns.map((t) => `${t.role}: ${t.content}`).join("\n");
const lastUser = (c: Conversation) => [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";

/** A-mem find_related_memories line for an earlier turn stored as a note with the MemoryNote defaults. */
const amemNeighbours = (c: Conversation) =>
  c.turns.slice(0, -2).map((t, i) =>
    `memory index:${i}\ttalk start time:20261012183${i}\tmemory content: ${t.content}\tmemory context: General\tmemory keywords: []\tmemory tags: []\n`
  ).join("");
const BEEAI =
  "Summarize the following conversation. Be concise but include all key information.\n\nPrevious messages:\n{}\n\nSummary:";
const CLAW_EXTRACT_SYSTEM =
  "You are a memory extraction assistant. Always respond with valid JSON only. No markdown, no explanation — just the JSON array.";
const CLAW_COMPRESS_SYSTEM =
  "Summarize this conversation in 3-5 bullet points. Keep key facts, decisions, and user preferences. Reply in the same language the user used. Be concise (under 500 chars).";
const clip200 = (s: string) => s.length > 200 ? `${s.slice(0, 200)}...` : s;

export const BLIND42_MEMORY: Template[] = [
  {
    client: "MemoryBank",
    task: "memory-summary",
    source: SRC.memBank,
    note:
      "summarize_content_prompt (language 'cn') for one day's history, user named by the memory key and bot 'AI'; LLMClientSimple framing and chatgpt_config",
    build: (c) => memBank(P.MEMBANK_CONTENT_HEAD_CN + memBankLines(c) + P.MEMBANK_CONTENT_TAIL_CN),
  },
  {
    client: "MemoryBank",
    task: "memory-profile",
    source: SRC.memBank,
    note: "summarize_person_prompt (language 'cn'): the user's personality and mood plus a reply strategy",
    build: (c) =>
      memBank(
        P.MEMBANK_PERSON_HEAD_CN.replace("{user_name}", person(c)) + memBankLines(c) +
          P.MEMBANK_PERSON_TAIL_CN.replace("{user_name}", person(c)).replace("{boot_name}", "AI"),
      ),
  },
  {
    client: "SCM4LLMs",
    task: "memory-summary",
    source: SRC.scmDemo,
    note:
      "summarize_embed_one_turn: zh/en turn_summarization_prompt chosen by detect_language on the latest turn's text",
    build: (c) => {
      const last = exchanges(c.turns).at(-1) ?? { q: "", r: "" };
      const text = scmTurn(last);
      const template = scmIsEnglish(text)
        ? P.SCM_EN_TURN_SUMMARIZATION_PROMPT
        : P.SCM_ZH_TURN_SUMMARIZATION_PROMPT;
      return scm(template.replace("{input}", text));
    },
  },
  {
    client: "SCM4LLMs",
    task: "memory-recall",
    source: SRC.scmJudge,
    note:
      "judge_drop_or_summary: judge_answerable_prompt (Chinese only) with a stored turn's user_sys_text and the new question",
    build: (c) => {
      const first = exchanges(c.turns)[0] ?? { q: "", r: "" };
      return scm(
        P.SCM_JUDGE_ANSWERABLE_PROMPT.replace("{content}", scmTurn(first, 1)).replace(
          "{query}",
          c.followUp,
        ),
      );
    },
  },
  {
    client: "chatmemory",
    task: "summary",
    source: SRC.chatmemory,
    note:
      "create_summary: SUMMARISE_SYSTEM_PROMPT_DEFAULT as system, the session's `role: content` lines as user",
    build: (c) => ({ model: MODEL, messages: [sys(P.CHATMEMORY_SUMMARY), usr(roleLines(c.turns))] }),
  },
  {
    client: "A-mem",
    task: "memory-consolidation",
    source: SRC.amem,
    note:
      "process_memory on add_note: _evolution_system_prompt for the newest note (last user turn) against earlier turns stored as notes; OpenAIController adds the JSON system line, temperature 0.7, max_tokens 1000",
    build: (c) => {
      const prompt = P.AMEM_EVOLUTION.replace("{context}", "General").replace("{content}", () => lastUser(c))
        .replace("{keywords}", "[]").replace("{nearest_neighbors_memories}", () => amemNeighbours(c))
        .replace("{neighbor_number}", String(c.turns.length - 2)).replaceAll("{{", "{").replaceAll("}}", "}");
      return {
        model: MODEL,
        messages: [sys(P.AMEM_SYSTEM), usr(prompt)],
        response_format: AMEM_EVOLUTION_FORMAT,
        temperature: 0.7,
        max_tokens: 1000,
      };
    },
  },
  {
    client: "A-mem",
    task: "tags",
    source: SRC.amem,
    note: "analyze_content on the user's first message (keywords, context, tags for a new note)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AMEM_SYSTEM), usr(P.AMEM_ANALYZE_PREFIX + (c.turns[0]?.content ?? ""))],
      response_format: AMEM_ANALYZE_FORMAT,
      temperature: 0.7,
      max_tokens: 1000,
    }),
  },
  {
    client: "BeeAI Framework",
    task: "summary",
    source: SRC.beeai,
    note: "SummarizeMemory.add_many: one user message, `role: text` lines (Role is a str enum)",
    build: (c) => ({ model: MODEL, messages: [usr(BEEAI.replace("{}", () => roleLines(c.turns)))] }),
  },
  {
    client: "AgentClaw",
    task: "memory-extraction",
    source: SRC.clawExtractor,
    note:
      "extractFromTurns with no stored memories yet; temperature 0.1, maxTokens 1024 (openai-compatible provider)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(CLAW_EXTRACT_SYSTEM),
        usr(`${P.CLAW_EXTRACTION}\n对话：\n${toLines(c.turns, { user: "User", assistant: "Assistant" })}`),
      ],
      temperature: 0.1,
      max_tokens: 1024,
    }),
  },
  {
    client: "AgentClaw",
    task: "compaction",
    source: SRC.clawContext,
    note:
      "compressTurns on the turns older than compressAfter: buildTranscript (200-char clip per turn), maxTokens 300",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(CLAW_COMPRESS_SYSTEM),
        usr(
          c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${clip200(t.content)}`).join("\n"),
        ),
      ],
      max_tokens: 300,
    }),
  },
];
