/**
 * What the router remembers of its recent answers, per member, to recognise housekeeping by structure:
 * only hashes, never text, in a fixed memory bound (`MEMORY_BOUND_BYTES`):
 * - an answer's sentence fingerprints (`answer_prints.ts`): a request quoting most of a recent answer and
 *   asking little of its own is a client's task about that answer (a title, a summary), in any wrapper;
 * - the hash of the conversation that answer ended (its user and assistant messages, then the answer): a
 *   request whose earlier messages repeat it is that conversation replayed with one more message.
 */
import { forEachPrint } from "./answer_prints.ts";
import { type RoutingMessage, toMessageText } from "./render_prompt.ts";

/** Members remembered (least recently answered forgotten first). */
const MAX_MEMBERS = 64;
/** Answers remembered per member. */
const ANSWERS_PER_MEMBER = 8;
/** Sentence hashes kept per answer (an answer's first sentences identify it). */
const PRINTS_PER_ANSWER = 64;
/** Characters of a request message scanned for quoted sentences (head of the message). */
const SCAN_CHARS = 24_000;
/** A last message shorter than this is a chat turn, never the instruction of a replayed conversation. */
const MIN_INSTRUCTION_CHARS = 100;
/** Characters sampled from a message for its hash (head, tail and a stride through the middle). */
const SAMPLE = 64;

/** The fixed bound of the hashes kept: members × answers × (prints + conversation hash) × 4 bytes. */
export const MEMORY_BOUND_BYTES = MAX_MEMBERS * ANSWERS_PER_MEMBER * (PRINTS_PER_ANSWER + 1) * 4;

interface AnswerPrint {
  conversation: number;
  /** The answer's length: a message much longer than every recent answer cannot be an echo of one. */
  length: number;
  /** Distinct sentence hashes, in a typed array so the bound is the bytes it holds. */
  prints: Uint32Array;
}

/** What a request has in common with the member's recent answers. */
export interface Recall {
  /** The messages before the last repeat a recent conversation and its answer (the compaction shape). */
  repeatsConversation: boolean;
  /** Share (0..1) of the best-matching recent answer's sentences found quoted in the request. */
  echo: number;
  /** Characters of the last message that are not quoted from that answer: the request's own words. */
  ownChars: number;
}

const NO_RECALL: Recall = { repeatsConversation: false, echo: 0, ownChars: 0 };

/** A message's hash from its role, length and a bounded sample of its characters (constant cost). */
function hashMessage(hash: number, { role, text }: { role: string; text: string }): number {
  let h = Math.imul(hash ^ role.length ^ (role.charCodeAt(0) << 8), 0x01000193);
  h = Math.imul(h ^ text.length, 0x01000193);
  const stride = Math.max(1, Math.floor(text.length / SAMPLE));
  for (let i = 0; i < text.length; i += stride) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const isConversationTurn = (message: RoutingMessage) =>
  message.role === "user" || message.role === "assistant";

/** The hash of the user and assistant messages of `messages` (system prompts may change between calls). */
function hashConversation(messages: readonly RoutingMessage[], answer?: string): number {
  let hash = 0x811c9dc5;
  for (const message of messages) {
    if (!isConversationTurn(message)) continue;
    hash = hashMessage(hash, { role: message.role, text: toMessageText(message.content) });
  }
  return answer === undefined ? hash : hashMessage(hash, { role: "assistant", text: answer });
}

function printsOf(answer: string): Uint32Array {
  const prints = new Set<number>();
  forEachPrint(answer, (hash) => {
    if (prints.size < PRINTS_PER_ANSWER) prints.add(hash);
  });
  return Uint32Array.from(prints);
}

/** The per-member memory of recent answers. */
export class RecentAnswers {
  #members = new Map<string, AnswerPrint[]>();

  /** Remembers an answer the router gave `member` to `messages` (after it was sent). */
  remember(member: string, turn: { messages: readonly RoutingMessage[]; answer: string }): void {
    if (turn.answer.trim() === "") return;
    const answers = this.#members.get(member) ?? [];
    this.#members.delete(member);
    answers.push({
      conversation: hashConversation(turn.messages, turn.answer),
      length: turn.answer.length,
      prints: printsOf(turn.answer),
    });
    if (answers.length > ANSWERS_PER_MEMBER) answers.shift();
    this.#members.set(member, answers);
    if (this.#members.size > MAX_MEMBERS) this.#members.delete(this.#members.keys().next().value as string);
  }

  /** What is held now: members, answers and the bytes of their hashes (at most `MEMORY_BOUND_BYTES`). */
  footprint(): { members: number; answers: number; hashBytes: number } {
    let answers = 0;
    let hashBytes = 0;
    for (const remembered of this.#members.values()) {
      answers += remembered.length;
      for (const answer of remembered) hashBytes += answer.prints.byteLength + 4;
    }
    return { members: this.#members.size, answers, hashBytes };
  }

  /**
   * What `messages` share with `member`'s recent answers; cheap when the member has none. The last message is
   * scanned only when it could be an echo: its own characters (length less the longest recent answer) within
   * `maxOwnChars`, so a pasted document costs nothing.
   */
  recall(member: string, messages: readonly RoutingMessage[], maxOwnChars = 400): Recall {
    const answers = this.#members.get(member);
    const last = messages.at(-1);
    if (!answers || !last) return NO_RECALL;
    let earlier: number | undefined;
    const text = toMessageText(last.content);
    // Only an instruction can make a replay housekeeping (`meta_features.ts`); a short chat turn skips the hash.
    const repeatsConversation = messages.length > 2 && text.length >= MIN_INSTRUCTION_CHARS &&
      answers.some((answer) => answer.conversation === (earlier ??= hashConversation(messages.slice(0, -1))));
    const longest = answers.reduce((max, answer) => Math.max(max, answer.length), 0);
    if (text.length - longest > maxOwnChars) return { repeatsConversation, echo: 0, ownChars: text.length };
    const found = new Map<number, number>();
    forEachPrint(text, (hash, length) => found.set(hash, length), { end: SCAN_CHARS });
    let echo = 0;
    let quoted = 0;
    for (const answer of answers) {
      if (answer.prints.length === 0) continue;
      let hits = 0;
      let chars = 0;
      for (const print of answer.prints) {
        const length = found.get(print);
        if (length === undefined) continue;
        hits++;
        chars += length;
      }
      if (hits / answer.prints.length > echo) {
        echo = hits / answer.prints.length;
        quoted = chars;
      }
    }
    return { repeatsConversation, echo, ownChars: Math.max(0, Math.min(text.length, SCAN_CHARS) - quoted) };
  }
}
