/**
 * Blind round 79 helpers: what the developer tools put into their templates, derived from a sample conversation
 * (the session's change as a git diff, `git status --porcelain`, the earlier step's per-file summary points) and the
 * placeholder syntaxes of the clients (Go templates, Tera, Python `str.format`, `$name`).
 */
import type { Conversation } from "./_conversations.ts";
import type { Source } from "./_types.ts";
import * as P from "./_prompts_blind79.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

/** Replaces every placeholder key by its value, in order. */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [key, value]) => text.split(key).join(value), template);
}

const EXTENSIONS: Record<string, string> = {
  python: "exporter/rates.py",
  sql: "db/migrate/20260301_add_orders_status_index.sql",
  ts: "src/hooks/useSearch.ts",
  dockerfile: "Dockerfile",
};

/** The session's change as `git diff HEAD` prints it: the first code block of an answer as an added hunk. */
export function sessionDiff(c: Conversation): { file: string; diff: string } {
  const block = c.turns.filter((t) => t.role === "assistant").map((t) =>
    t.content.match(/```(\w*)\n([\s\S]*?)```/)
  )
    .find((m) => m !== null);
  const file = block ? EXTENSIONS[block[1] ?? ""] ?? "src/change.txt" : "NOTES.md";
  const body = block ? block[2] ?? "" : (c.turns.at(-1)?.content ?? "");
  const lines = body.replace(/\n$/, "").split("\n");
  const header =
    `diff --git a/${file} b/${file}\nindex 3c9e1a4..b70f2d8 100644\n--- a/${file}\n+++ b/${file}`;
  return { file, diff: `${header}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join("\n")}` };
}

/** `git status --porcelain` for the session's one modified file. */
export const porcelain = (c: Conversation) => ` M ${sessionDiff(c).file}`;

/** The prose of an answer without its code blocks, cut at the first sentence end. */
export function firstSentence(text: string): string {
  const prose = text.replace(/```[\s\S]*?```/g, " ").replace(/\s+/g, " ").trim();
  const end = prose.search(/[.!?。！？](\s|$)/);
  return end < 0 ? prose : prose.slice(0, end + 1);
}

/** What the tools' per-file diff step returned earlier: one `- ` point per answer of the session. */
export function summaryPoints(c: Conversation): string {
  return c.turns.filter((t) => t.role === "assistant").map((t) => `- ${firstSentence(t.content)}`).join("\n");
}

/** The first user turn, the way a PR title and description carry the request. */
export function request(c: Conversation): { title: string; description: string } {
  const description = c.turns.find((t) => t.role === "user")?.content ?? "";
  const title = firstSentence(description);
  return { title: title.length > 72 ? `${title.slice(0, 69)}...` : title, description };
}

/** Python's `repr` of a str, as `str(dict)` prints it (single quotes unless the text holds one). */
function pyStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(
    new RegExp(quote, "g"),
    `\\${quote}`,
  );
  return `${quote}${escaped}${quote}`;
}

/** bmw_code_agent's agent memory dict as `str.format` prints it. */
export function pyMemory(
  { files, changes, message }: { files: string[]; changes: string[]; message: string },
): string {
  const list = (items: string[]) => `[${items.map(pyStr).join(", ")}]`;
  return `{'files_changed': ${list(files)}, 'code_changes': ${list(changes)}, 'commit_message': ${
    pyStr(message)
  }}`;
}

/** coderabbitai/ai-pr-reviewer src/bot.ts: the action's system message with the model's cutoff, date and language. */
export const AIPR_SYSTEM =
  `${P.AIPR_SYSTEM_MESSAGE} \nKnowledge cutoff: 2021-09-01\nCurrent date: 2026-12-07\n\nIMPORTANT: Entire response must be in the language with ISO code: en-US\n`;
/** The file's patch as GitHub returns it (from the hunk header on). */
export const patch = (diff: string) => diff.slice(diff.indexOf("@@"));
