/**
 * Blind round 23: how each client lays a conversation into its housekeeping prompt, reconstructed from the client's
 * own formatting code (the source of each form is named on its function).
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** Complete question/answer pairs, the unit DocsGPT stores a conversation in. */
export function exchanges(turns: Turn[]): Array<{ prompt: string; response: string }> {
  const pairs: Array<{ prompt: string; response: string }> = [];
  turns.forEach((turn, i) => {
    const next = turns[i + 1];
    if (turn.role === "user" && next?.role === "assistant") {
      pairs.push({ prompt: turn.content, response: next.content });
    }
  });
  return pairs;
}

/** The last user turn that has an answer, and that answer (suggesters run after the latest reply). */
export function lastExchange(c: Conversation): { question: string; answer: string } {
  const pairs = exchanges(c.turns);
  const last = pairs[pairs.length - 1] ?? { prompt: "", response: "" };
  return { question: last.prompt, answer: last.response };
}

/** Python's `repr` of a str (what `str(list_of_dicts)` prints), as the Python clients send it. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** Python's `str()` of a list of flat str-valued dicts. */
export function pyList(items: Array<Record<string, string>>): string {
  const dict = (item: Record<string, string>) =>
    `{${Object.entries(item).map(([key, value]) => `${pyRepr(key)}: ${pyRepr(value)}`).join(", ")}}`;
  return `[${items.map(dict).join(", ")}]`;
}

/** DocsGPT `CompressionPromptBuilder._format_conversation` (no tool calls, thoughts or sources). */
export function docsgptTranscript(turns: Turn[]): string {
  return exchanges(turns).flatMap((pair, i) => [
    `--- Message ${i + 1} ---`,
    `User: ${pair.prompt}`,
    `\nAssistant: ${pair.response}`,
    "",
  ]).join("\n");
}

/** GPTDiscord's history items: `\n<name>: <text> <|endofstatement|>\n` and `\nGPTie: <text><|endofstatement|>\n`. */
export function gptDiscordHistory(turns: Turn[], { user }: { user: string }): string {
  return turns.map((turn) =>
    turn.role === "user"
      ? `\n${user}: ${turn.content} <|endofstatement|>\n`
      : `\nGPTie: ${turn.content}<|endofstatement|>\n`
  ).join("");
}

/** WeChatBot_WXAUTO_SE memory log lines: `<date weekday time> | [<name>] <text>`. */
export function wechatLog(turns: Turn[], { user, bot }: { user: string; bot: string }): string {
  return turns.map((turn, i) => {
    const time = `2026-12-07 Monday 10:${String(10 + i).padStart(2, "0")}:05`;
    return `${time} | [${turn.role === "user" ? user : bot}] ${turn.content}`;
  }).join("\n");
}
