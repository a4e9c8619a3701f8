/** Text and template helpers shared by the rules, the classifier and the plans. */

/** A chat message as routing reads it: only the role and the content matter. */
export interface RoutingMessage {
  role: string;
  content?: unknown;
}

/** The text of a message's content: a string, or the text parts of a parts array joined by newlines. */
export function toMessageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (part as { type?: string; text?: unknown }).type === "text" ? part.text : undefined)
    .filter((text): text is string => typeof text === "string")
    .join("\n");
}

/** Replaces `{{name}}` placeholders with values; unknown placeholders are left as they are. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The last user message's text (what the request is really asking). */
export function toLastUserText(messages: readonly RoutingMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index] as RoutingMessage;
    if (message.role === "user") return toMessageText(message.content);
  }
  return "";
}

/** Roughly counts tokens as characters / 4 (English); good enough for thresholds. */
export function estimateTokens(messages: readonly RoutingMessage[]): number {
  let chars = 0;
  for (const message of messages) chars += toMessageText(message.content).length;
  return Math.ceil(chars / 4);
}

/** What {@linkcode renderConversation} produced. */
export interface RenderedConversation {
  text: string;
  truncated: boolean;
}

/**
 * Writes the conversation as `ROLE: text` lines for the classifier, keeping the end (the last user
 * message decides) within `maxChars`; when something was cut, `truncationNote` follows the text.
 */
export function renderConversation(
  messages: readonly RoutingMessage[],
  { maxChars, truncationNote }: { maxChars: number; truncationNote: string },
): RenderedConversation {
  const lines = messages
    .filter((message) => message.role !== "system" && message.role !== "developer")
    .map((message) => `${message.role.toUpperCase()}: ${toMessageText(message.content).trim()}`);
  const text = lines.join("\n\n");
  if (text.length <= maxChars) return { text, truncated: false };
  const budget = Math.max(0, maxChars - truncationNote.length - 2);
  return { text: `${text.slice(text.length - budget)}\n\n${truncationNote}`, truncated: true };
}

/** The cache key of a conversation: roles and whitespace-normalised, lower-cased text. */
export function toConversationKey(messages: readonly RoutingMessage[]): string {
  return messages
    .map((message) => `${message.role}:${toMessageText(message.content).replace(/\s+/g, " ").trim()}`)
    .join("\u0000")
    .toLowerCase();
}
