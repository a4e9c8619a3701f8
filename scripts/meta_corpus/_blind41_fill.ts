/** Blind round 41: the shared filling of the round's templates (group members per locale, transcript lines). */
import type { Conversation } from "./_conversations.ts";
import { MODEL, toLines, usr } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
/** Two group members per locale: the user turns and the answering member (or the bot, where it says so). */
const MEMBERS: Record<string, [string, string]> = {
  "en-GB": ["Hannah", "Malik"],
  "fr-CA": ["Geneviève", "Olivier"],
  "zh-CN": ["王磊", "陈静"],
  "pl-PL": ["Kasia", "Tomek"],
};
export const names = (c: Conversation) => MEMBERS[c.locale] ?? ["Alex", "Sam"];
export const speaker = (c: Conversation, role: string) => names(c)[role === "user" ? 0 : 1];
export const chat = (c: Conversation) => toLines(c.turns, { user: names(c)[0], assistant: names(c)[1] });
export const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
/** Ollama's generate and Gemini's generate_content reach a chat endpoint as one user message. */
export const one = (content: string, extra: Record<string, unknown> = {}) => ({
  model: MODEL,
  messages: [usr(content)],
  ...extra,
});
