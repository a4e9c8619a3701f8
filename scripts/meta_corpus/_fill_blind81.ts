/**
 * Blind round 81: how the round's clients fill their prompt texts (Python `str.format` and f-strings, JavaScript
 * template literals kept with their `${...}` placeholders) and the transcript shapes they build.
 */
import type { Conversation } from "./_conversations.ts";

/** Python's `str.format` for named fields: `{name}` is replaced, `{{` and `}}` become single braces. */
export function pyFormat(template: string, fields: Record<string, string>): string {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (match, name?: string) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return fields[name ?? ""] ?? match;
  });
}

/** A Python f-string kept as parts: each `{ expr }` part takes the value given for its source expression. */
export function fString(parts: (string | { expr: string })[], values: Record<string, string>): string {
  return parts.map((part) => typeof part === "string" ? part : values[part.expr] ?? "").join("");
}

/** A JavaScript template literal kept as text: each `${expr}` takes the value given for its expression. */
export function jsTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([^}]+)\}/g, (match, expr: string) => values[expr] ?? match);
}

/** Python's `json.dumps(value, indent=2)` (ensure_ascii: non-ASCII as `\uXXXX`). */
export function pyJsonIndent(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `<label>: text` lines with the client's labels. */
export function lines(c: Conversation, { user, assistant }: { user: string; assistant: string }): string[] {
  return c.turns.map((t) => `${t.role === "user" ? user : assistant}: ${t.content}`);
}

export const lastUser = (c: Conversation) => c.turns.filter((t) => t.role === "user").at(-1)?.content ?? "";
export const lastAssistant = (c: Conversation) =>
  c.turns.filter((t) => t.role === "assistant").at(-1)?.content ?? "";
export const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
