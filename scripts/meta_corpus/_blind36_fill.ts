/**
 * Blind round 36: where each client's text was read, and the transcript forms the clients build before filling it.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const SRC = {
  seamless: at("RemoteCTO/seamless-claude", {
    path: "scripts/compactor.mjs",
    commit: "2a2b6d9410ba2f2115796b6e8b2c2ad64117cf89",
  }),
  adventAi: at("ttoshaka/AdventAi", {
    path: "composeApp/src/jvmMain/kotlin/ru/toshaka/advent/ui/MainViewModel.kt",
    commit: "ae07245f8884e2964b5384aad2a1c0e70e11293f",
  }),
  ripperdoc: at("quantmew/ripperdoc", {
    path: "ripperdoc/utils/messaging/conversation_compaction.py",
    commit: "2eac1aa740677b30a794566d840727470e07d95d",
  }),
  wolo: at("lzjever/wolo", {
    path: "wolo/compaction/config.py",
    commit: "8a646b766cde6aefd13647a0ea4dac7ed5ec3eb1",
  }),
  woloAgents: at("lzjever/wolo", {
    path: "wolo/agents.py",
    commit: "579d4cb4f006073bb5e4ad9de0bef3ccd1128965",
  }),
  ccTitle: at("olimorris/codecompanion.nvim", {
    path: "lua/codecompanion/interactions/background/builtin/chat_make_title.lua",
    commit: "38125d29a4c96f32371719cc20598493cb36f1e8",
  }),
  ccCompact: at("olimorris/codecompanion.nvim", {
    path: "lua/codecompanion/interactions/chat/context_management/compaction.lua",
    commit: "61faceb661e406b0abd6554854ce9be46a6c7322",
  }),
  ccChat: at("olimorris/codecompanion.nvim", {
    path: "lua/codecompanion/interactions/chat/init.lua",
    commit: "61faceb661e406b0abd6554854ce9be46a6c7322",
  }),
  twinny: at("twinnydotdev/twinny", {
    path: "src/extension/conversation-history.ts",
    commit: "aca148a11307d6de98dbc1d8a7220c5d380d34bb",
  }),
  twinnyTemplates: at("twinnydotdev/twinny", {
    path: "src/extension/templates.ts",
    commit: "8b8181cd1e61d84e35e27d9fdb64466e8a1b4546",
  }),
  evgSummary: at("evgenyrsk/AiAdventChallenge", {
    path: "app/src/main/java/com/example/aiadventchallenge/domain/usecase/CreateSummaryUseCase.kt",
    commit: "e04293117e92fa71c1fefbcdda6daf180f2d1f9a",
  }),
  evgFacts: at("evgenyrsk/AiAdventChallenge", {
    path: "app/src/main/java/com/example/aiadventchallenge/domain/context/FactExtractor.kt",
    commit: "1dd2e8b6af741139f867327b67200f767b946d60",
  }),
  evgPrompts: at("evgenyrsk/AiAdventChallenge", {
    path: "app/src/main/java/com/example/aiadventchallenge/data/config/Prompts.kt",
    commit: "08ccdb806d91b930106a20d3ad40ff2112d41b53",
  }),
  grin: at("GrinRus/ai_advent_challenge", {
    path: "backend/src/main/java/com/aiadvent/backend/chat/memory/ChatMemorySummarizerService.java",
    commit: "462377b63182892bbba3a3bc7f45bf8b1a327950",
  }),
  jivzik: at("jivzik/AI_Advent_Challenge", {
    path:
      "backend/perplexity-service/src/main/java/de/jivz/ai_challenge/service/DialogCompressionService.java",
    commit: "27a50b66fa8e016fda64ce81ad7acb6c36982cf8",
  }),
  spyker: at("Spyker3D/AI-Advent-Challenge-8", {
    path: "core/domain/src/main/java/com/aiassistant/core/domain/memory/LlmTaskMemoryUpdater.kt",
    commit: "2604288331925b5e0b984f99e45884397d64f827",
  }),
  spykerClient: at("Spyker3D/AI-Advent-Challenge-8", {
    path: "core/data/src/main/java/com/aiassistant/core/data/client/LlmClientImpl.kt",
    commit: "5d19d2d706aebacf59cd20234eb6e9158a381e3f",
  }),
};

/** The last user turn (extractors that read one user message). */
export const lastUser = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";

/** codecompanion's chat_make_title format_messages: `## role\ncontent` joined by newlines, roles "user"/"llm". */
export const ccTitleMessages = (turns: Turn[]): string =>
  turns.map((t) => `## ${t.role === "user" ? "user" : "llm"}\n${t.content}`).join("\n");

/** codecompanion's compaction messages_to_summarize: `<message role="…">…</message>` concatenated. */
export const ccCompactMessages = (turns: Turn[]): string =>
  turns.map((t) => `<message role="${t.role === "user" ? "user" : "llm"}">${t.content}</message>`).join("");

/** RecentHistoryFormatter.format: whitespace collapsed, 500 chars per message, 3,000 in all, `Role: text` lines. */
export function spykerHistory(turns: Turn[]): string {
  const compact = (s: string, max: number) => {
    const c = s.replace(/\s+/g, " ").trim();
    return c.length <= max ? c : c.slice(0, max) + "...";
  };
  const text = turns.slice(-8).map((t) =>
    `${t.role === "user" ? "User" : "Assistant"}: ${compact(t.content, 500)}`
  )
    .join("\n");
  return compact(text, 3000);
}

/** TaskMemoryPromptFormatter.format for a task with nothing saved yet. */
export const SPYKER_EMPTY_MEMORY =
  "Title:\nN/A\n\nDescription:\nN/A\n\nGoals:\n- N/A\n\nConstraints:\n- N/A\n\nDecisions:\n- N/A\n\nCurrent State:\nN/A";
