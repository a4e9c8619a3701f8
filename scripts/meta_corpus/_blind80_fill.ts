/**
 * Blind round 80: how the round's clients lay a conversation out before the template gets it (transcript lines,
 * Python `repr` of message lists, Iris' numbered recent messages, an Agent S trajectory). Shared by `_blind80.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** `User: …` / `Assistant: …` lines, the form OmniEmployee's ContextManager and ZeroClaw's consolidation use. */
export const userAssistantLines = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n");

/** The last user turn and the answer after it (ZeroClaw consolidates one turn at a time). */
export function lastTurnPair(c: Conversation): { user: string; assistant: string } {
  const i = c.turns.map((t) => t.role).lastIndexOf("user");
  return { user: c.turns[i]?.content ?? "", assistant: c.turns[i + 1]?.content ?? "" };
}

/** Iris `format_recent_messages`: the last 10 messages, one line each, numbered, cut at 400 characters. */
export function irisRecentMessages(turns: Turn[]): string {
  return turns.slice(-10).map((t, i) => {
    let line = t.content.replace(/\n/g, " ").trim();
    if (line.length > 400) line = line.slice(0, 397).trimEnd() + "...";
    return `${i + 1}. ${line}`;
  }).join("\n");
}

/** Python `repr` of a str: single quotes unless the text holds `'` and no `"`. */
function pyStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** Python `repr` of the first run's items: the user input and the assistant's Responses message item. */
export function agencyRunRepr(c: Conversation): string {
  const user = c.turns.find((t) => t.role === "user")?.content ?? "";
  const answer = c.turns.find((t) => t.role === "assistant")?.content ?? "";
  return `[{'role': 'user', 'content': ${pyStr(user)}}, {'id': 'msg_1', 'content': [{'annotations': [], ` +
    `'text': ${pyStr(answer)}, 'type': 'output_text'}], 'role': 'assistant', 'status': 'completed', ` +
    `'type': 'message'}]`;
}

/** Agent S `task_trajectory`: `Task:` and the instruction, then a Reflection/Plan block per step. */
export function agentSTrajectory(c: Conversation): string {
  const [first, ...rest] = c.turns;
  let trajectory = `Task:\n${first?.content ?? ""}`;
  let reflection = "None";
  for (const t of rest) {
    if (t.role === "user") {
      reflection = t.content;
      continue;
    }
    trajectory += `\n\nReflection:\n${reflection}\n\n----------------------\n\nPlan:\n${t.content}`;
  }
  return trajectory;
}
