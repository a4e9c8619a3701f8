/**
 * Blind round 29: 9 housekeeping templates of 5 chat bots and apps not read before, measured without changing the
 * rules: a Telegram group-chat summariser's retell, theme list and command-parameter extraction, a Chinese chat
 * hub's two title prompts (Qwen, one over the first messages, one over the whole history), a Telegram chat
 * categoriser, an AI-coach app's memory extraction and memory merge, and a Japanese knowledge app's history-aware
 * search rewrite; with hard negatives from the same clients. The verbatim texts are in `_prompts_blind29.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind29.ts";

export { buildBlind29Negatives } from "./_negatives_blind29.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const TGSUM = "23612260d8ff1b39c9aa65dd3f634dc7a7cb5c2a";
const AIHUB = "9e63c70d4042986c96224573351c7f89fe0c7875";
const PYTG = "85d7d4171ae99d36b8b48d9706233caa907d81d4";
const LUMI = "06bced72a6b67507ad1c050a0570b8a3978827c1";
const SIKI = "25e0593da20a1fea069c68e120937080089a02b3";

const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const lastUser = (c: Conversation) => users(c).at(-1) ?? "";
/** Everything before the last user turn: the history a rewrite sees next to the new message. */
const history = (c: Conversation) => c.turns.slice(0, c.turns.findLastIndex((t) => t.role === "user"));

/** The two group members the round's conversations are read as (user turns, assistant turns). */
const PEOPLE = [
  { first_name: "Marta", id: 48213377, last_name: null, username: "marta_k" },
  { first_name: "Ilya", id: 51990412, last_name: "Orlov", username: null },
];

/** Python `json.dumps(value, sort_keys=True, ensure_ascii=False)`: ", " and ": " separators, sorted keys. */
function pyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}

/** The Firestore rows `firebase.py save_message` stores, as `open_ai.py ai_summarize_basic` dumps them. */
const telegramRows = (c: Conversation) =>
  pyJson(c.turns.map((t, i) => ({
    message_id: 3100 + i,
    date: `2026-12-05 18:${String(10 + i * 3).padStart(2, "0")}:00+00:00`,
    from: PEOPLE[t.role === "user" ? 0 : 1],
    reply_to_message: "",
    text: t.content,
  })));

/** `@bot` mentions in the conversation's language, the text `bot_mention` hands to `ai_identify_parameters`. */
const MENTIONS: Record<string, string> = {
  English: "@chat_summariser_bot retell the last 30 messages in English, keep it informal",
  Spanish: "@chat_summariser_bot resume los últimos 50 mensajes en español, tono sarcástico",
  Chinese: "@chat_summariser_bot 用中文复述最近20条消息，正式一点",
  Polish: "@chat_summariser_bot streść ostatnie 40 wiadomości po polsku",
};

const tgsum: Template[] = [
  {
    client: "telegram-chat-summariser",
    task: "summary",
    source: at("dmytrovskyi/telegram-chat-summariser", { path: "prompts.py", commit: TGSUM }),
    note:
      "retell_template formatted with language/tone as system message, the stored rows as json.dumps user message (open_ai.py ai_retell, gpt-4o-mini, temperature 0.9)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TGSUM_RETELL.replace("{language}", c.language.toUpperCase()).replace("{tone}", "NEUTRAL")),
        usr(telegramRows(c)),
      ],
      temperature: 0.9,
    }),
  },
  {
    client: "telegram-chat-summariser",
    task: "summary",
    source: at("dmytrovskyi/telegram-chat-summariser", { path: "prompts.py", commit: TGSUM }),
    note:
      "summarize_template (main themes, non-supergroup chat) with DEFAULT_LANGUAGE as system message, the stored rows as json.dumps user message (open_ai.py ai_summarize, temperature 0.9)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TGSUM_THEMES.replace("{language}", "ENGLISH")), usr(telegramRows(c))],
      temperature: 0.9,
    }),
  },
  {
    client: "telegram-chat-summariser",
    task: "classification",
    source: at("dmytrovskyi/telegram-chat-summariser", { path: "prompts.py", commit: TGSUM }),
    note:
      "identify_params_template as system message, the @mention text as user message (open_ai.py ai_identify_parameters, temperature 0)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TGSUM_PARAMS), usr(MENTIONS[c.language] ?? MENTIONS.English ?? "")],
      temperature: 0,
    }),
  },
];

/** `buildTitlePrompt`: the first 10 messages, each cut at 200 characters, as `用户:`/`助手:` lines. */
const aihubTitle = (c: Conversation) =>
  P.AIHUB_TITLE_HEAD +
  c.turns.slice(0, 10).map((t) =>
    `${t.role === "user" ? P.AIHUB_USER : P.AIHUB_ASSISTANT}: ${
      t.content.length > 200 ? t.content.slice(0, 200) + "..." : t.content
    }\n`
  ).join("") + P.AIHUB_TITLE_TAIL;
/** `buildSummaryTitlePrompt`: every message, those over 300 characters kept as head 150 + "..." + tail 100. */
const aihubSummary = (c: Conversation) =>
  P.AIHUB_SUMMARY_HEAD + P.AIHUB_SUMMARY_NOTE +
  c.turns.map((t) =>
    `${t.role === "user" ? P.AIHUB_USER : P.AIHUB_ASSISTANT}: ${
      t.content.length > 300 ? t.content.slice(0, 150) + "..." + t.content.slice(-100) : t.content
    }\n`
  ).join("") + P.AIHUB_SUMMARY_TAIL;
const aihubBody = (content: string) => ({
  model: MODEL,
  messages: [usr(content)],
  max_tokens: 100,
  temperature: 0.7,
});

const aihub: Template[] = [
  {
    client: "AIHub",
    task: "title",
    source: at("Olinea/AIHub", {
      path: "src/main/java/su/sue/aiproject/service/ai/QwenTitleGeneratorService.java",
      commit: AIHUB,
    }),
    note:
      "buildTitlePrompt (Chinese) as the only user message; buildRequestBody: max_tokens 100, temperature 0.7",
    build: (c) => aihubBody(aihubTitle(c)),
  },
  {
    client: "AIHub",
    task: "title",
    source: at("Olinea/AIHub", {
      path: "src/main/java/su/sue/aiproject/service/ai/QwenTitleGeneratorService.java",
      commit: AIHUB,
    }),
    note: "buildSummaryTitlePrompt (Chinese, whole-history 'summary title') as the only user message",
    build: (c) => aihubBody(aihubSummary(c)),
  },
];

/** `format_messages_for_llm` lines and `get_metadata` for the conversation read as a two-person Telegram chat. */
function pytgPrompt(c: Conversation): string {
  const stamp = (i: number) => `05.12.2026 18:${String(10 + i * 3).padStart(2, "0")}`;
  const lines = c.turns.map((t, i) =>
    `[${stamp(i)}] ${t.role === "user" ? "Marta K" : "Ilya Orlov"}: ${t.content}`
  );
  const end = `2026-12-05T18:${String(10 + (c.turns.length - 1) * 3).padStart(2, "0")}:00+00:00`;
  const metadata = JSON.stringify(
    {
      total_messages: c.turns.length,
      date_range: { start: "2026-12-05T18:10:00+00:00", end },
      unique_senders: 2,
      has_media: false,
      total_reactions: 0,
    },
    null,
    2,
  );
  return `${P.PYTG_CATEGORIZER}\n\n## Chat Metadata\n${metadata}\n\n## Chat Name\n${c.locale}-friends\n\n## Messages\n${
    lines.join("\n")
  }\n\nProvide your analysis in JSON format as specified above.`;
}

const pytg: Template[] = [
  {
    client: "pythorust_tg chat analyzer",
    task: "classification",
    source: at("stden/pythorust_tg", { path: "chat_analysis/llm_analyzer.py", commit: PYTG }),
    note:
      "prompts/chat_categorizer.md + metadata, chat name and formatted messages as one user message after a fixed system message (LLMAnalyzer._call_llm, openai provider)",
    build: (c) => ({ model: MODEL, messages: [sys(P.PYTG_ANALYZER_SYSTEM), usr(pytgPrompt(c))] }),
  },
];

/** `extractMemoriesWithAI`: same-role runs merged, `ROLE: text` lines, optional task context. */
const lumiConversation = (c: Conversation) =>
  `Task context: "${users(c)[0]?.slice(0, 60) ?? ""}"\n\nConversation:\n${
    c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n")
  }`;
/** Memories as the extractor would store them, one per user turn, merged by `mergeMemoriesWithAI`. */
const lumiMerge = (c: Conversation) =>
  `Merge these memories:\n${
    users(c).map((text, i) => `${i + 1}. "User mentioned: ${text.length > 120 ? text.slice(0, 120) : text}"`)
      .join(
        "\n",
      )
  }`;

const lumi: Template[] = [
  {
    client: "Lumi AI coach",
    task: "memory",
    source: at("sylmmhy/Lumi", { path: "supabase/functions/memory-extractor/index.ts", commit: LUMI }),
    note:
      "EXTRACTION_PROMPT as system message, task context + conversation lines as user message; max_completion_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LUMI_EXTRACTION), usr(lumiConversation(c))],
    }),
  },
  {
    client: "Lumi AI coach",
    task: "memory",
    source: at("sylmmhy/Lumi", { path: "supabase/functions/memory-extractor/index.ts", commit: LUMI }),
    note:
      "MERGE_PROMPT as system message, numbered similar memories as user message; max_completion_tokens 500",
    build: (c) => ({ model: MODEL, messages: [sys(P.LUMI_MERGE), usr(lumiMerge(c))] }),
  },
];

/** LangChain `createHistoryAwareRetriever` with the app's rephrase prompt: system, the history, then the question. */
const sikiRewrite = (c: Conversation): WireMessage[] => [
  sys(P.SIKI_SEARCH_SYSTEM),
  ...toMessages(history(c)),
  usr(P.SIKI_SEARCH_USER.replace("{input}", lastUser(c))),
];

const siki: Template[] = [
  {
    client: "Siki",
    task: "query-rewrite",
    source: at("DarthReidar-jp/Siki", { path: "backend/src/llm/promptUtils.ts", commit: SIKI }),
    note:
      "historyAwarePrompt (Japanese) as rephrasePrompt of createHistoryAwareRetriever (retrieverChatHistory.ts): system, chat_history messages, user question",
    build: (c) => ({ model: MODEL, messages: sikiRewrite(c) }),
  },
];

export const BLIND_ROUND_29: Template[] = [...tgsum, ...aihub, ...pytg, ...lumi, ...siki];
