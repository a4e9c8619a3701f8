/**
 * Blind round 35: where each template was read, and the transcript shapes the clients build from a conversation
 * before filling their prompts (Slack lines, a Joplin note's XML, agentset's history and sources).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";
import * as P from "./_prompts_blind35.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const SRC = {
  gorkie: at("imdevarsh/gorkie-slack", {
    path: "server/lib/ai/tools/summarise-thread.ts",
    commit: P.GORKIE_COMMIT,
  }),
  gorkieTasks: at("imdevarsh/gorkie-slack", {
    path: "server/lib/ai/prompts/chat/tasks.ts",
    commit: P.GORKIE_COMMIT,
  }),
  gorkieHead: at("imdevarsh/gorkie-slack", {
    path: "apps/bot/src/lib/ai/tools/summarize-thread.ts",
    commit: P.GORKIE_HEAD_COMMIT,
  }),
  chorusTitle: at("whatsthisaithing/chorus-engine", {
    path: "chorus_engine/services/title_generation.py",
    commit: P.CHORUS_COMMIT,
  }),
  chorusMemory: at("whatsthisaithing/chorus-engine", {
    path: "chorus_engine/services/background_memory_extractor.py",
    commit: P.CHORUS_COMMIT,
  }),
  soulSummary: at("aappaappoo/SoulmateBot", {
    path: "src/conversation/summary_service.py",
    commit: P.SOUL_COMMIT,
  }),
  soulMemory: at("aappaappoo/SoulmateBot", {
    path: "src/services/conversation_memory_service.py",
    commit: P.SOUL_COMMIT,
  }),
  soulChat: at("aappaappoo/SoulmateBot", { path: "src/ai/conversation.py", commit: P.SOUL_COMMIT }),
  joplin: at("olokojoh/joplin-ai-tools", { path: "src/index.ts", commit: P.JOPLIN_COMMIT }),
  agentsetPrompts: at("yooeonwoo/agentset", {
    path: "apps/web/src/lib/agentic/prompts.ts",
    commit: P.AGENTSET_COMMIT,
  }),
  agentsetUtils: at("yooeonwoo/agentset", {
    path: "apps/web/src/lib/agentic/utils.ts",
    commit: P.AGENTSET_COMMIT,
  }),
  legiSuggestions: at("lbrun25/legi-ai-front", {
    path: "app/api/suggestions/route.ts",
    commit: P.LEGI_COMMIT,
  }),
  legiPrompt: at("lbrun25/legi-ai-front", { path: "lib/ai/langgraph/prompt.ts", commit: P.LEGI_COMMIT }),
  aivle: at("AIVLE-5th-TeamProject/MP7_AIVLE-RAG-Chatbot", {
    path: "chatbot/constants.py",
    commit: P.AIVLE_COMMIT,
  }),
  palsMemory: at("TheLonelyDevil9/discord-pals", { path: "memory.py", commit: P.PALS_COMMIT }),
  palsSystem: at("TheLonelyDevil9/discord-pals", { path: "prompts/system.md", commit: P.PALS_COMMIT }),
  red: at("vladlen32230/redcamptale", { path: "backend/src/llm/interaction.py", commit: P.RED_COMMIT }),
};

/** `label: text` lines joined by `separator`, each text cut to `limit` characters where the client cuts it. */
export function lines(
  turns: Turn[],
  { user, assistant, separator = "\n", limit }: {
    user: string;
    assistant: string;
    separator?: string;
    limit?: number;
  },
): string {
  return turns.map((t) => `${t.role === "user" ? user : assistant}: ${t.content.slice(0, limit)}`).join(
    separator,
  );
}

/** The last answer of the conversation (clients that act on the reply just shown). */
export const lastAnswer = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";

/** joplin-ai-tools `wrapInCdata`, `buildSystemMessage` (default prompts, tag limit 3, empty tag pool), `buildUserPrompt`. */
const cdata = (text: string) =>
  text ? `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>` : "<![CDATA[]]>";
export const JOPLIN_SYSTEM = [
  "<systemInstructions>",
  "  <meta>",
  "    <role>ai-tools</role>",
  "    <purpose>generate-note-title-and-tags</purpose>",
  "    <language>zh-CN</language>",
  "    <version>1.0</version>",
  "  </meta>",
  `  <titleGuidance>${cdata(P.JOPLIN_TITLE)}</titleGuidance>`,
  `  <tagGuidance>${cdata(P.JOPLIN_TAG)}</tagGuidance>`,
  "  <reusePolicy>",
  "    <item>优先从标签池中选择语义匹配的标签；仅在确无合适选项时创建新标签。</item>",
  "  </reusePolicy>",
  "  <output>",
  '    <format>{"title":"...","tags":["..."]}</format>',
  "    <tagLimit>3</tagLimit>",
  "    <constraints>",
  "      <item>Do not return anything outside the JSON object.</item>",
  "      <item>Ensure tags are relevant, deduplicated, and trimmed.</item>",
  "    </constraints>",
  "  </output>",
  "</systemInstructions>",
].join("\n");
export const joplinNote = (body: string): string =>
  ["<note>", "  <originalTitle>（无标题）</originalTitle>", `  <body>${cdata(body)}</body>`, "</note>"].join(
    "\n",
  );

/** agentset `formatChatHistory`: `role: content` lines of the chat so far, the new question last. */
export const agentsetHistory = (c: Conversation): string =>
  [...c.turns.map((t) => `${t.role}: ${t.content}`), `user: ${c.followUp}`].join("\n");
/** agentset `formatSources`, the retrieved chunks numbered; here the assistant's answers stand in for them. */
export const agentsetSources = (c: Conversation): string =>
  c.turns.filter((t) => t.role === "assistant")
    .map((t, i) => `<source_${i + 1}>\n${t.content}\n</source_${i + 1}>`)
    .join("\n\n");
