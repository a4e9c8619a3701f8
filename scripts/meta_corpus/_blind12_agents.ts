/**
 * Blind round 12, coding agents and agent frameworks: compaction, turn summaries, memory facts. Each template
 * names the file and commit its text was read from; long texts live in `_texts_blind12.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as T from "./_texts_blind12.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
export const fill = (text: string, values: Record<string, string>): string =>
  Object.entries(values).reduce((out, [key, value]) => out.split(`@@${key}@@`).join(value), text);
export const lastOf = (c: Conversation, role: Turn["role"]): string =>
  [...c.turns].reverse().find((turn) => turn.role === role)?.content ?? "";

/** Vibe's system prompt as the agent loop renders it (its one placeholder is the date). */
export const vibeSystem = () => T.VIBE_CLI.replace("$current_date", "2026-12-07");
/** Kode's system blocks for the compaction call: the CLI prefix, then the summariser's instruction. */
const KODE_SUMMARISER =
  "You are a helpful AI assistant tasked with creating comprehensive conversation summaries that preserve all essential context for continuing development work.";
/** JetBrains/koog Prompts.kt `summarizeInTLDR()` as its markdown builder renders it. */
const KOOG_TLDR =
  "Create a comprehensive summary of this conversation.\n\nInclude the following in your summary:\n1. Key objectives and problems being addressed\n2. All tools used along with their purpose and outcomes\n3. Critical information discovered or generated\n4. Current progress status and conclusions reached\n5. Any pending questions or unresolved issues\n\nFORMAT YOUR SUMMARY WITH CLEAR SECTIONS for easy reference, including:\n- Key Objectives\n- Tools Used & Results\n- Key Findings\n- Current Status\n- Next Steps\n\nThis summary will be the ONLY context available for continuing this conversation, along with the system message.\nEnsure it contains ALL essential information needed to proceed effectively.";
/** JetBrains/koog MemoryPrompts.kt `multipleFactsPrompt` for the "user-preferences" concept of its memory example. */
const KOOG_FACTS =
  "Based on our previous conversation, what are the key facts about concept \"user-preferences\" (Information about the user's conversation preferences including:\n- Preferred lexicon and terminology\n- Preference for long or short responses\n- Communication style (formal, casual, technical)\n- Preferred contact methods\nThis information helps in personalizing the support experience.) ? List each fact separately on new lines.\nEach fact should fit into a single line!\nONLY reply with the list of facts on separate lines. Don't write any explanations or any polite answers to my question!";
const KOOG = "dfae03885e6dde6aaacd5cd4b6335cc954f4633e";
/** Aristman/ride SummarizerAgent.kt `systemPrompt` after Kotlin's trimIndent(). */
const RIDE_SUMMARY_SYSTEM =
  "Ты - специализированный агент для сжатия истории диалога.\n\nТвоя задача:\n1. Прочитать историю диалога между пользователем и ассистентом\n2. Создать краткое, но информативное резюме ключевых моментов\n3. Сохранить важный контекст и факты\n4. Удалить повторения и несущественные детали\n\nФормат резюме:\n- Используй маркированный список для ключевых моментов\n- Сохраняй хронологию важных событий\n- Выделяй нерешённые вопросы или задачи\n- Будь максимально кратким, но не теряй важную информацию\n\nОтвечай ТОЛЬКО резюме, без дополнительных комментариев.";
const rideHistory = (c: Conversation) =>
  "Создай краткое резюме следующей истории диалога:\n\n" +
  c.turns.map((t) => `${t.role === "user" ? "Пользователь" : "Ассистент"}: ${t.content}\n\n`).join("");

/** Python's repr() of a str, as TaskWeaver's `str(list_of_dicts)` prints it. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
/** Python's `json.dumps` of a string (ensure_ascii: non-ASCII escaped as \\u sequences). */
const pyJson = (text: string) =>
  JSON.stringify(text).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
/** TaskWeaver's planner rounds as `str(compose_conversation_for_prompt(rounds))`; the planner's reply JSON is rebuilt. */
function taskweaverRounds(c: Conversation): string {
  const posts = c.turns.map((t) => {
    const fields: Array<[string, string]> = [
      ["plan_reasoning", "The user asked a question that can be answered directly."],
      ["init_plan", "1. answer the user's question"],
      ["plan", "1. answer the user's question"],
      ["current_plan_step", "1. answer the user's question"],
      ["stop", "Completed"],
      ["send_to", "User"],
      ["message", t.content],
    ];
    const reply = `{"response": {${fields.map(([k, v]) => `${pyJson(k)}: ${pyJson(v)}`).join(", ")}}}`;
    const content = t.role === "user" ? `From: User\nMessage: ${t.content}\n` : reply;
    return `{'role': ${pyRepr(t.role)}, 'content': ${pyRepr(content)}}`;
  });
  return `[${posts.join(", ")}]`;
}

export const BLIND12_AGENTS: Template[] = [
  {
    client: "Mistral Vibe",
    task: "compaction",
    source: at("mistralai/mistral-vibe", { path: "vibe/core/prompts/compact.md", commit: T.COMMITS.VIBE }),
    note:
      "AgentLoop.compact(): the session's messages, then compact.md as a user message, sent with _chat (no stream)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(vibeSystem()), ...toMessages(c.turns), usr(T.VIBE_COMPACT)],
    }),
  },
  {
    client: "Mistral Vibe",
    task: "summary",
    source: at("mistralai/mistral-vibe", {
      path: "vibe/cli/turn_summary/tracker.py",
      commit: T.COMMITS.VIBE,
    }),
    note: "TurnSummaryTracker: turn_summary.md as system, the turn's request and response as sections",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(T.VIBE_TURN_SUMMARY),
        usr(`## User Request\n${lastOf(c, "user")}\n\n## Assistant Response\n${lastOf(c, "assistant")}`),
      ],
      temperature: 0,
      max_tokens: 512,
    }),
  },
  {
    client: "Kode",
    task: "compaction",
    source: at("shareAI-lab/Kode", { path: "src/utils/autoCompactCore.ts", commit: T.COMMITS.KODE }),
    paraphrased: true,
    note: "executeAutoCompact: COMPRESSION_PROMPT after the messages; the two system blocks are joined here",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${T.KODE_CLI_PREFIX}\n\n${KODE_SUMMARISER}`),
        ...toMessages(c.turns),
        usr(T.KODE_COMPRESSION),
      ],
    }),
  },
  {
    client: "avante.nvim",
    task: "compaction",
    source: at("yetone/avante.nvim", { path: "lua/avante/llm.lua", commit: T.COMMITS.AVANTE }),
    note:
      "summarize_memory(): the history as `role: text` lines in one user message; the OpenAI provider streams",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(T.AVANTE_SYSTEM),
        usr(
          `Here is the conversation so far:\n${
            toLines(c.turns, { user: "user", assistant: "assistant" })
          }${T.AVANTE_ASK}`,
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Koog",
    task: "compaction",
    source: at("JetBrains/koog", {
      path: "agents/agents-core/src/commonMain/kotlin/ai/koog/agents/core/prompt/Prompts.kt",
      commit: KOOG,
    }),
    paraphrased: true,
    note:
      "compressPromptIntoTLDR: the TL;DR request appended to the history (markdown builder output rebuilt)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(KOOG_TLDR)] }),
  },
  {
    client: "Koog",
    task: "memory",
    source: at("JetBrains/koog", {
      path:
        "agents/agents-features/agents-features-memory/src/commonMain/kotlin/ai/koog/agents/memory/prompts/MemoryPrompts.kt",
      commit: KOOG,
    }),
    note: "retrieveFactsFromHistory: the fact question appended to the history, requestLLMWithoutTools",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(KOOG_FACTS)] }),
  },
  {
    client: "Ride",
    task: "compaction",
    source: at("Aristman/ride", {
      path: "src/main/kotlin/ru/marslab/ide/ride/agent/impl/SummarizerAgent.kt",
      commit: "e166b7cabf2dd87596654a4c2f17421e58877f29",
    }),
    note:
      "SummarizerAgent.ask via the OpenAI-compatible HuggingFace provider: temperature 0.3, maxTokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(RIDE_SUMMARY_SYSTEM), usr(rideHistory(c))],
      stream: false,
      temperature: 0.3,
      max_tokens: 1000,
    }),
  },
  {
    client: "TaskWeaver",
    task: "summary",
    source: at("microsoft/TaskWeaver", {
      path: "taskweaver/planner/compression_prompt.yaml",
      commit: T.COMMITS.TASKWEAVER,
    }),
    paraphrased: true,
    note: "RoundCompressor._summarize: prompt as system, str() of the planner's chat messages as user",
    build: (c) => ({ model: MODEL, messages: [sys(T.TASKWEAVER_COMPRESSION), usr(taskweaverRounds(c))] }),
  },
  {
    client: "CAMEL",
    task: "summary",
    source: at("camel-ai/camel", { path: "camel/agents/_utils.py", commit: T.COMMITS.CAMEL }),
    note:
      "summarize(): a summariser ChatAgent; the context as `role: content` lines (the agent has no system message by default)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant that summarizes conversations"),
        usr(
          fill(T.CAMEL_SUMMARY, { CONVERSATION: toLines(c.turns, { user: "user", assistant: "assistant" }) }),
        ),
      ],
    }),
  },
];
