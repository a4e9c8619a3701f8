import type { Conversation, Turn } from "./_conversations.ts";

/** Where a client's template was read: a public repository, a path in it and the commit read. */
export interface Source {
  repo: string;
  path: string;
  commit: string;
}

/** A chat message as sent on the wire. */
export interface WireMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** The request body as the client sends it to `POST /v1/chat/completions`. */
export interface ChatBody {
  model: string;
  messages: WireMessage[];
  stream?: boolean;
  // deno-lint-ignore camelcase
  max_tokens?: number;
  temperature?: number;
  // deno-lint-ignore camelcase
  response_format?: unknown;
}

/** One housekeeping template of one client, filled per conversation. */
export interface Template {
  client: string;
  task: string;
  source: Source;
  /** True where the client's wording or wrapping had to be reconstructed (e.g. LangChain or i18n layers). */
  paraphrased?: boolean;
  /** What the source says about the transport (stream, token limit), where it is not obvious. */
  note?: string;
  build: (conversation: Conversation) => ChatBody;
}

/** Clients send the user's selected model id; for the router that is its public model. */
export const MODEL = "ai-router";

export const sys = (content: string): WireMessage => ({ role: "system", content });
export const usr = (content: string): WireMessage => ({ role: "user", content });
export const asst = (content: string): WireMessage => ({ role: "assistant", content });

/** Formats turns as `<label>: text` lines, the most common transcript form. */
export function toLines(
  turns: Turn[],
  { user, assistant, separator = "\n" }: { user: string; assistant: string; separator?: string },
): string {
  return turns.map((turn) => `${turn.role === "user" ? user : assistant}: ${turn.content}`).join(separator);
}

/** The turns as real chat messages (clients that append an instruction after the history). */
export function toMessages(turns: Turn[]): WireMessage[] {
  return turns.map((turn) => turn.role === "user" ? usr(turn.content) : asst(turn.content));
}

/** The first user message and the first answer (titles made after the first exchange). */
export function firstExchange(conversation: Conversation): { question: string; answer: string } {
  const question = conversation.turns.find((turn) => turn.role === "user")?.content ?? "";
  const answer = conversation.turns.find((turn) => turn.role === "assistant")?.content ?? "";
  return { question, answer };
}
