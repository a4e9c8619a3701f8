/**
 * Blind round 87: how the round's clients fill their templates (Python `str.format`, LangChain transcripts, the
 * Elastic chatbot's Jinja history) and the stand-in passage a retrieval step would return for each conversation.
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** Python `str.format` / LangChain f-string templates: `{name}` filled, `{{` and `}}` unescaped. */
export function pyFormat(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (match, name?: string) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const value = name === undefined ? undefined : vars[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return value;
  });
}

/** LangChain's `_get_chat_history` for message objects: each turn as `\nHuman: …` or `\nAssistant: …`. */
export const langchainHistory = (turns: Turn[]): string =>
  turns.map((turn) => `\n${turn.role === "user" ? "Human" : "Assistant"}: ${turn.content}`).join("");

/** The Next.js template's `formatVercelMessages`: `Human:` / `Assistant:` lines joined by newlines. */
export const vercelHistory = (turns: Turn[]): string =>
  turns.map((turn) => `${turn.role === "user" ? "Human" : "Assistant"}: ${turn.content}`).join("\n");

/** ChatToFind's `_format_conversations`: `User: …` / `Ai: …` lines, each ending in a newline. */
export const chatToFindHistory = (turns: Turn[]): string =>
  turns.map((turn) => `${turn.role === "user" ? "User" : "Ai"}: ${turn.content}\n`).join("");

/** The Elastic chatbot's Jinja loop: `Question: …` / `Response: …`, one line per turn. */
export const elasticHistory = (turns: Turn[]): string =>
  turns.map((turn) => `${turn.role === "user" ? "Question" : "Response"}: ${turn.content}\n`).join("");

/** The last assistant answer. */
export const lastAnswer = (c: Conversation): string =>
  [...c.turns].reverse().find((turn) => turn.role === "assistant")?.content ?? "";

/** A retrieved passage stand-in: the handbook clause the conversation's answers quote. */
export const passage = (c: Conversation): string => lastAnswer(c);
