/**
 * Which backend each recent conversation is on, so its next turns and its tool loops stay there (docs/routing.md,
 * "Conversation affinity"). A conversation is identified without storing its text: a hash of the member and
 * its first system and user messages (sampled, constant cost), which every later request of the conversation
 * repeats, tool loops and Responses turns rebuilt from the store included.
 */
import { type RoutingMessage, toMessageText } from "./render_prompt.ts";

/** Conversations remembered (least recently used forgotten first): a few hundred bytes each. */
const MAX_CONVERSATIONS = 4096;
/** Characters sampled from a message for the hash. */
const SAMPLE = 64;

/** What the router remembers of one conversation. */
export interface ConversationState {
  /** The backend that answered its last turn, and that turn's route. */
  backend: string;
  route: string;
  /** Turns answered so far, and how often the backend changed between turns. */
  turns: number;
  switches: number;
}

function mix(hash: number, text: string): number {
  let h = Math.imul(hash ^ text.length, 0x01000193);
  const stride = Math.max(1, Math.floor(text.length / SAMPLE));
  for (let i = 0; i < text.length; i += stride) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The conversation key of `messages` for `member`: its first system message and first user message. */
export function toConversationKey(member: string, messages: readonly RoutingMessage[]): string | undefined {
  const system = messages.find((message) => message.role === "system" || message.role === "developer");
  const user = messages.find((message) => message.role === "user");
  if (!user) return undefined;
  let hash = mix(0x811c9dc5, member);
  hash = mix(hash, system ? toMessageText(system.content) : "");
  hash = mix(hash, toMessageText(user.content));
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Whether `messages` continue a conversation: an earlier answer is part of them. */
export function isContinuation(messages: readonly RoutingMessage[]): boolean {
  return messages.some((message) => message.role === "assistant" || message.role === "tool");
}

/** The per-process memory of conversations and their backends. */
export class ConversationAffinity {
  #conversations = new Map<string, ConversationState>();

  /** The conversation's state, when the router answered an earlier turn of it. */
  get(key: string): ConversationState | undefined {
    return this.#conversations.get(key);
  }

  /** Records the backend that answered a turn; returns the state after it. */
  record(key: string, answered: { backend: string; route: string }): ConversationState {
    const before = this.#conversations.get(key);
    this.#conversations.delete(key);
    const state: ConversationState = {
      ...answered,
      turns: (before?.turns ?? 0) + 1,
      switches: (before?.switches ?? 0) + (before && before.backend !== answered.backend ? 1 : 0),
    };
    this.#conversations.set(key, state);
    if (this.#conversations.size > MAX_CONVERSATIONS) {
      this.#conversations.delete(this.#conversations.keys().next().value as string);
    }
    return state;
  }
}
