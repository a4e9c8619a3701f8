/**
 * Blind round 47: the commits read and the transcript shapes each client builds from its session before it fills a
 * template (numbered lines, `### You` headings, `[role]` blocks, a unified diff of the session's edit).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const OCTOFRIEND = "3b171999bb190f3f13881c2f68bd437bd06084d5";
export const AIDER_DESK = "194a0e1005e64464fd9e78ccb004a3463b113e1e";
/** The last commit holding code_puppy's own summarizer before it moved to pydantic-ai-harness. */
export const CODE_PUPPY_COMPACTION = "6af3772960d7791c212b27880fa391dd93057381";
export const CODE_PUPPY = "ed590e82fdee13c04863bb1c44dcc591e5d46b3f";
export const NANOCODER = "0649028a4af6be8594649958d78c06564ba2efed";
export const BLADE = "b852126c42b7e02b9d6321a6a5503e0b235c6d7b";
export const CHATERM = "5b5ae94e0130502d2ad25a51e3e37b9063b77fa5";
export const VTCODE = "a62a8b2d20e2a1ff7756006a17c488b35b5a247d";
export const JARVIS = "e0d32c8d6d9252e1b2def6787359357d007e4a0c";
export const ZDX = "add69e9e5788c543a2314d0e92f825dc2dedc968";
export const MUX = "f2160b194cc458a220103e288ea89f5d137b5367";
export const CRYSTAL = "1e18e0bc981225f75b5226f82a300fa741970c6f";

export const firstUser = (c: Conversation): string => c.turns.find((t) => t.role === "user")?.content ?? "";
export const lastAnswer = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
const label = (t: Turn, { user, assistant }: { user: string; assistant: string }) =>
  t.role === "user" ? user : assistant;

/** blade-code `buildCompactionPrompt`: `[n] role: text` blocks, each cut at 5,000 characters. */
export const bladeHistory = (c: Conversation): string =>
  c.turns.map((t, i) =>
    `[${i + 1}] ${t.role}: ${t.content.length > 5_000 ? `${t.content.slice(0, 5_000)}...` : t.content}`
  )
    .join("\n\n");

/** VTCode `build_summary_prompt`: a timestamp line, the instructions, then `\n[role]\ntext\n` per message. */
export const vtcodePrompt = (c: Conversation, instructions: string): string =>
  `Summary requested at 2026-05-09T19:04:12.482913+00:00.\n${instructions}\n` +
  c.turns.map((t) => `\n[${t.role}]\n${t.content.trim()}\n`).join("");

/** nanocoder `serialiseTranscript` over the part older than the two kept messages (at least one message). */
export const nanocoderSegment = (c: Conversation): string =>
  c.turns.slice(0, Math.max(1, c.turns.length - 2)).map((t) => `## ${t.role}\n${t.content}`).join("\n\n");
export const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max)}... [truncated ${text.length - max} chars]`;

/** Chaterm `serializeConversationHistory`: `Conversation history:` then `n. role`, the text and a blank line. */
export const chatermHistory = (c: Conversation): string =>
  ["Conversation history:", ...c.turns.flatMap((t, i) => [`${i + 1}. ${t.role}`, t.content, ""])].join("\n")
    .trim();

/**
 * Chaterm `serializeMessagesForSummary` over the range its truncation drops: the first task message stays in
 * context, so the range here is everything after it.
 */
export const chatermDropped = (c: Conversation): string =>
  (c.turns.length > 2 ? c.turns.slice(1) : c.turns)
    .map((t) => `${label(t, { user: "User", assistant: "Assistant" })}: ${t.content}`).join("\n\n");

/** zdx `format_transcript`: a schema heading, then `### You` / `### Assistant` blocks. */
export const zdxTranscript = (c: Conversation): string =>
  "### Thread (schema v1)\n\n" +
  c.turns.map((t) => `### ${label(t, { user: "You", assistant: "Assistant" })}\n${t.content}\n\n`).join("");

/** mux `formatMessageForTranscript` lines joined by blank lines. */
export const muxTranscript = (c: Conversation): string =>
  c.turns.map((t) => `${label(t, { user: "User", assistant: "Assistant" })}: ${t.content}`).join("\n\n");

const EXTENSIONS: Record<string, string> = { python: "py", ts: "ts", go: "go", js: "js", rust: "rs" };

/**
 * The uncommitted change of the session as `git diff` prints it: the first fenced code block of an answer added to
 * a file named after its language, or the last answer added to NOTES.md when the session shows no code.
 */
export function sessionDiff(c: Conversation): { file: string; diff: string } {
  const block = c.turns.filter((t) => t.role === "assistant").map((t) =>
    t.content.match(/```(\w*)\n([\s\S]*?)```/)
  )
    .find((m) => m !== null);
  const file = block ? `src/change.${EXTENSIONS[block[1] ?? ""] ?? "txt"}` : "NOTES.md";
  const lines = (block ? block[2] ?? "" : lastAnswer(c)).replace(/\n$/, "").split("\n");
  const header =
    `diff --git a/${file} b/${file}\nindex 4e1b2c7..9a0d3f5 100644\n--- a/${file}\n+++ b/${file}`;
  return { file, diff: `${header}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join("\n")}` };
}
