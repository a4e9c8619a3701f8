/** The form of one training-round-12 hard negative before it becomes a corpus line. */
import type { Source, WireMessage } from "./_types.ts";

/** What a real client sent for a real user turn, and where its template was read. */
export interface Item12 {
  /** coding-agent, agent-framework, chat-app, rag, web-search, own-text, in-chat, everyday. */
  kind: string;
  /** The user's language (ISO 639-1). */
  lang: string;
  /** Where the client's template was read; absent for a plain user turn with no template. */
  source?: Source;
  /** How the template was cut or filled, where the source's own comment does not say it. */
  note?: string;
  messages: WireMessage[];
  /** Whether the client streams this turn (most chat clients and agents do). */
  stream?: boolean;
}
