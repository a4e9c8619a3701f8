/**
 * Blind round 32: 14 housekeeping templates of 9 coding agents, agent frameworks, memory libraries and assistant
 * apps not read before, measured without changing the rules: pi's compaction checkpoint and split-turn prefix
 * summary, LangMem's running summary (first and extended), WrenAI's question rephrasing, a memoir app's Chinese title,
 * summary-with-topics and profile extraction, Zep's progressive summary and intent extraction, Eino's summary
 * middleware, HelloAgents' Chinese smart summary, CKS Lite's Chinese memory extraction and a campus chat title; with
 * hard negatives from the same clients. The verbatim texts are in `_prompts_blind32.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind32.ts";

export { buildBlind32Negatives } from "./_negatives_blind32.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const PI = "83378aad7e74a0e2bb8f37c007a9685fb4609d8a";
const LANGMEM = "b5dbe4aa34055face022cb4a6db153edd5826377";
const WREN = "cb46aa6dad062743a09f07cb936dc7d00747c072";
const BIO = "808033661814961245040691c369fc5aa9eb6cb5";
const ZEP = "21f9a36b0dbd9d67e226f474399e0840597601ca";
const EINO = "c582fce01342e37075a3c7238b53b10259bc3067";
const HELLO = "15796e8a00078cf98d3c24dc4b0e28f32c7f8677";
const CKS = "6a5b9873c30a606220313c11ae062dae4e3c3879";
const KGP = "3415351d2bf6c59c6edd283d0dc8429c5cd864f5";

const last = <T>(items: T[]) => items[items.length - 1];
const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
const firstAnswer = (c: Conversation) => c.turns.find((t) => t.role === "assistant")?.content ?? "";
/** Turns up to the last assistant answer: LangMem drops a trailing human message from what it summarizes. */
const answered = (c: Conversation) =>
  c.turns.slice(0, c.turns.map((t) => t.role).lastIndexOf("assistant") + 1);

/** pi `serializeConversation`: `[User]: …` / `[Assistant]: …` blocks joined by a blank line. */
const piText = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "[User]" : "[Assistant]"}: ${t.content}`).join("\n\n");
/** The memoir app's transcript as `summary_service.py` builds it: `用户` / `记录师` labels. */
const bioText = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "用户" : "记录师"}: ${t.content}`).join("\n");
/** Eino `renderMsg` per message plus the newline `joinBlocks` adds. */
const einoMsg = (role: string, content: string) => `[${role}]\n${content}\n\n`;

/** LangMem running summaries written for the extend step (the model's earlier output, by locale). */
const PRIOR: Record<string, string> = {
  "en-NZ": "The user's disk fills up despite a nightly logrotate of nginx logs kept for 14 days.",
  "es-AR": "El usuario quiere un huerto en un balcón orientado al norte en Córdoba.",
  "ko-KR": "사용자는 React 개발 모드에서 useEffect 요청이 두 번 나가는 문제를 물었다.",
  "it-IT": "L'utente prepara il primo lievito madre, che raddoppia ma odora di acetone.",
};

const WREN_SCHEMA = {
  type: "json_schema",
  // deno-lint-ignore camelcase
  json_schema: {
    name: "question_rephrasing",
    schema: {
      properties: { question: { title: "Question", type: "string" } },
      required: ["question"],
      title: "Question",
      type: "object",
    },
  },
};

export const BLIND_ROUND_32: Template[] = [
  {
    client: "pi coding agent",
    task: "compaction",
    source: at("badlogic/pi-mono", {
      path: "packages/coding-agent/src/core/compaction/compaction.ts",
      commit: PI,
    }),
    note:
      "generateSummary: SUMMARIZATION_SYSTEM_PROMPT (compaction/utils.ts) as system, the serialized conversation in <conversation> tags then SUMMARIZATION_PROMPT as one user message; maxTokens floor(0.8 * reserveTokens 16384)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.PI_SYSTEM),
        usr(`<conversation>\n${piText(c)}\n</conversation>\n\n${P.PI_SUMMARIZATION}`),
      ],
      max_tokens: 13107,
    }),
  },
  {
    client: "pi coding agent",
    task: "compaction",
    source: at("badlogic/pi-mono", {
      path: "packages/coding-agent/src/core/compaction/compaction.ts",
      commit: PI,
    }),
    note:
      "generateTurnPrefixSummary for a split turn: same system prompt, <conversation> then TURN_PREFIX_SUMMARIZATION_PROMPT; maxTokens floor(0.5 * 16384)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.PI_SYSTEM),
        usr(`<conversation>\n${piText(c)}\n</conversation>\n\n${P.PI_TURN_PREFIX}`),
      ],
      max_tokens: 8192,
    }),
  },
  {
    client: "LangMem",
    task: "summary",
    source: at("langchain-ai/langmem", { path: "src/langmem/short_term/summarization.py", commit: LANGMEM }),
    note:
      "summarize_messages, first summary: the messages to summarize as real messages (trailing human message dropped) then DEFAULT_INITIAL_SUMMARY_PROMPT's user message",
    build: (c) => ({ model: MODEL, messages: [...toMessages(answered(c)), usr(P.LANGMEM_INITIAL)] }),
  },
  {
    client: "LangMem",
    task: "summary",
    source: at("langchain-ai/langmem", { path: "src/langmem/short_term/summarization.py", commit: LANGMEM }),
    note: "with a running summary: the new messages then DEFAULT_EXISTING_SUMMARY_PROMPT's user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(answered(c).slice(1)),
        usr(P.LANGMEM_EXISTING.replace("{existing_summary}", PRIOR[c.locale] ?? "")),
      ],
    }),
  },
  {
    client: "WrenAI",
    task: "query-rewrite",
    source: at("Canner/WrenAI", {
      path: "wren-ai-service/src/pipelines/generation/question_rephrasing.py",
      commit: WREN,
    }),
    note:
      "QuestionRephrasing: _system_prompt as system, the Jinja _user_prompt as user (contexts default []), response_format json_schema question_rephrasing",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.WREN_SYSTEM),
        usr(
          P.WREN_USER.replace("{{ question }}", c.followUp).replace("{{ language }}", c.language)
            .replace("{{ current_date }}", "2026-12-07 Monday 10:55:00").replace("{{ contexts }}", "[]"),
        ),
      ],
      response_format: WREN_SCHEMA,
    }),
  },
  {
    client: "biography memoir recorder",
    task: "title",
    source: at("alvinMA16/biography", { path: "backend/app/prompts/title.py", commit: BIO }),
    note:
      "title.build(conversation) as the only user message; the transcript uses summary_service.py's 用户/记录师 labels",
    build: (c) => ({ model: MODEL, messages: [usr(P.BIO_TITLE.replace("{conversation}", bioText(c)))] }),
  },
  {
    client: "biography memoir recorder",
    task: "summary",
    source: at("alvinMA16/biography", { path: "backend/app/services/summary_service.py", commit: BIO }),
    note:
      "generate_summary: summary plus topic tags as JSON, one user message, temperature 0.3, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.BIO_SUMMARY.replace("{conversation_text}", bioText(c)))],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
  {
    client: "biography memoir recorder",
    task: "memory",
    source: at("alvinMA16/biography", { path: "backend/app/prompts/profile_extraction.py", commit: BIO }),
    note:
      "profile extraction (preferred name, birth year, hometown) as one user message; nickname set by the admin",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.BIO_PROFILE.replaceAll("{nickname}", "张建国").replace("{conversation}", bioText(c))
            .replace("{current_year}", "2026"),
        ),
      ],
    }),
  },
  {
    client: "Zep",
    task: "summary",
    source: at("getzep/zep", { path: "pkg/extractors/prompts.go", commit: ZEP }),
    paraphrased: true,
    note:
      "incrementalSummarizer (summarizer.go): the OpenAI template filled with `role: content` lines, sent by langchaingo Call as one human message, max tokens 1024; first summary so PrevSummary is empty",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.ZEP_SUMMARY_OPENAI.replace("{{.PrevSummary}}", "")
            .replace("{{.MessagesJoined}}", c.turns.map((t) => `${t.role}: ${t.content}`).join("\n")),
        ),
      ],
      max_tokens: 1024,
    }),
  },
  {
    client: "Zep",
    task: "classification",
    source: at("getzep/zep", { path: "pkg/extractors/prompts.go", commit: ZEP }),
    note:
      "IntentExtractor (intent_extractor.go): the intent template per message, RunChatCompletion with 512 max tokens",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.ZEP_INTENT.replace("{{.Input}}", last(c.turns.filter((t) => t.role === "user"))!.content)),
      ],
      max_tokens: 512,
    }),
  },
  {
    client: "Eino ADK",
    task: "compaction",
    source: at("cloudwego/eino", { path: "adk/middlewares/summary/prompt.go", commit: EINO }),
    note:
      "summary middleware (summary.go): PromptOfSummary filled by FString as the only (system) message; first user block, older and recent blocks rendered `[role]\\ncontent`",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.EINO_SUMMARY.replace("{system_prompt}", "").replace(
            "{user_messages}",
            einoMsg("user", c.turns[0]?.content ?? ""),
          )
            .replace("{previous_summary}", "").replace(
              "{older_messages}",
              einoMsg("assistant", c.turns[1]?.content ?? ""),
            )
            .replace("{recent_messages}", c.turns.slice(2).map((t) => einoMsg(t.role, t.content)).join("")),
        ),
      ],
    }),
  },
  {
    client: "HelloAgents",
    task: "compaction",
    source: at("jjyaoao/HelloAgents", { path: "hello_agents/core/agent.py", commit: HELLO }),
    note:
      "_generate_smart_summary: fixed system message, the prompt with `[role]: content` history (500 chars per message) as user; temperature 0.3, max_tokens 800 (config defaults), not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.HA_SUMMARY_SYSTEM),
        usr(
          P.HA_SUMMARY.replace(
            "{history_text}",
            c.turns.map((t) => `[${t.role}]: ${t.content.slice(0, 500)}`).join("\n\n"),
          ),
        ),
      ],
      temperature: 0.3,
      max_tokens: 800,
    }),
  },
  {
    client: "CKS Lite",
    task: "memory",
    source: at("P3ngSaM/cks-lite", { path: "agent-sdk/core/intelligent_memory.py", commit: CKS }),
    note:
      "IntelligentMemoryExtractor.extract_memories on the user's message, one user message, max_tokens 500, temperature 0.3 (sent with the Anthropic SDK)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CKS_EXTRACT.replace("{user_message}", firstUser(c)))],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
  {
    client: "KGP Chatroom Assistant",
    task: "title",
    source: at("RameshNaik9/KGP-Chatroom-Assistant", { path: "chat_title.py", commit: KGP }),
    paraphrased: true,
    note: "get_chat_name: llm.complete(prompt), which LlamaIndex sends to a chat model as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.KGP_PROMPT.replace("{query}", `User: ${firstUser(c)}\nAssistant: ${firstAnswer(c)}`))],
    }),
  },
];
