/**
 * Blind round 60: the small fillers the templates share (placeholders replaced literally, the transcript forms the
 * clients build, the values a client takes from its own state).
 */
import type { Conversation } from "./_conversations.ts";
import type { Source, WireMessage } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

/** Replaces each placeholder as written in the source; a function replacement keeps `$` in values literal. */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [mark, value]) => text.replaceAll(mark, () => value), template);
}

export const userTurns = (c: Conversation): string[] =>
  c.turns.filter((turn) => turn.role === "user").map((turn) => turn.content);

export const lastAnswer = (c: Conversation): string =>
  c.turns.filter((turn) => turn.role === "assistant").at(-1)?.content ?? "";

/** serverless-chatgpt appends "?" to the last phrase when it does not end with one (create-conversation-openai.ts). */
export const asQuestion = (text: string): string => /\?$/.test(text) ? text : `${text}?`;

/** Python's `json.dumps(messages, ensure_ascii=False)`: ", " and ": " separators, non-ASCII kept. */
export function pyJsonMessages(messages: WireMessage[]): string {
  const items = messages.map((m) =>
    `{"role": ${JSON.stringify(m.role)}, "content": ${JSON.stringify(m.content)}}`
  );
  return `[${items.join(", ")}]`;
}

/** Fay labels the owner "主人" and itself "Fay" in the day's transcript (`perform_user_portrait_analysis`). */
export const fayTranscript = (c: Conversation): string =>
  c.turns.map((turn) => `${turn.role === "user" ? "主人" : "Fay"}: ${turn.content}`).join("\n");

/** whyiyhw/chatgpt-wechat `doSummary`: "Q: " and "A: " lines, each ending in a newline. */
export const qaLines = (c: Conversation): string =>
  c.turns.map((turn) => `${turn.role === "assistant" ? "A" : "Q"}: ${turn.content}\n`).join("");

/** predict-by-symptoms `get_health_data` for a registered user (the profile values are ours). */
export const HEALTH_DATA =
  "User health data:\n    Gender: female;\n    Age: 34;\n    Weight: 61 kilograms;\n    Height: 168 centimeters;\n    Health condition notes: none";

/**
 * What gpt-rag's ConversationSummary function hands on to Triage: written here as bullet points of the user's turns,
 * the form the summary prompt asks for (the real value is the model's answer).
 */
export const bulletSummary = (c: Conversation): string => userTurns(c).map((text) => `- ${text}`).join("\n");
