/**
 * A learned signal for housekeeping (META) requests: a logistic model over hashed words and word pairs of the
 * instruction windows (`toMetaView`), plus a few request shapes. The rules find the tasks whose words they
 * know; the model weighs every word the corpus' housekeeping requests and their hard negatives share, in
 * the scripts they were written in, so an unseen client's wording counts too (docs/decisions.md, "META by a
 * learned signal"). Trained by `deno task meta-model` into `meta_model_weights.ts`.
 *
 * The cost is one pass over the windows' characters (bounded, like the view), hashing as it reads: no
 * substring, no allocation per word.
 */
import type { MetaView } from "./meta_view.ts";

/** log2 of the number of hash buckets: 131,072, a one-byte weight each in the router. */
export const META_MODEL_BITS = 17;
const MASK = (1 << META_MODEL_BITS) - 1;

/** The model as the router holds it: bias and one 8-bit weight per bucket, in steps of `scale`. */
export interface MetaModel {
  bias: number;
  /** 128 KiB: a weight per bucket as a multiple of `scale` (as committed, so nothing is lost). */
  weights: Int8Array;
  scale: number;
  /** Logit at or above which the model alone decides META for a bare request (a lone user message). */
  threshold: number;
  /** The same for a request an app framed (`isFramedRequest` in `detect_meta.ts`). */
  framedThreshold: number;
}

/** The model as training leaves it, before it is quantised for the router (`meta_model_codec.ts`). */
export interface TrainedMetaModel {
  bias: number;
  weights: Float32Array;
  threshold: number;
  framedThreshold: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Lower case for the scripts the corpus holds (ASCII, Latin-1, Cyrillic); others are kept as they are. */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  return code;
}

/** Letters and digits of alphabetic scripts: a run of them is one word. */
function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x6ff) || (code >= 0x900 && code <= 0xe7f) ||
    (code >= 0xac00 && code <= 0xd7af);
}

/** Below this code a table answers both questions at once: the folded letter, or 0 for no word character. */
const TABLE_END = 0x700;
const FOLDED = Uint16Array.from({ length: TABLE_END }, (_, code) => isWordChar(code) ? fold(code) : 0);

/** The folded letter of a word character, or 0. */
const toWordChar = (code: number) => code < TABLE_END ? FOLDED[code] as number : isWordChar(code) ? code : 0;

/** Spaces end a word and are not words themselves. */
const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || code === 0x3000;

/** Letters of a word's prefix features: a long and a short stem ("zusammen…", "résum…", "summ…"). */
const PREFIX = 6;
const SHORT_PREFIX = 4;

/**
 * Characters read from the start and the end of a long window: a template states its task at one end, and
 * the middle of a window is mostly the conversation or document it is about (the same figures with whole
 * windows, at a third more cost for a pasted document).
 */
const HEAD = 600;
const TAIL = 800;

/**
 * Characters read a second time, as features of their own, at two places that say what a request is for: the
 * end of the last message (where a template leaves its output slot: "Title:", "JSON only", "标题：") and the
 * start of the last user message (a person's own first words, or a template's first line). The same word there
 * and elsewhere weighs differently: "summary" closing the last message asks for one, "summary" inside a system
 * prompt describes an app. On blind rounds 4–39, each scored by a model trained without it, the model found
 * 1,735 of 1,972 with the rules frozen before each round against 1,648 without these, at the same false META
 * (52 of 365); docs/decisions.md, "The last message read on its own".
 */
const LAST_TAIL = 150;
const LAST_USER_HEAD = 150;
/** Salts that put those features in buckets of their own. */
const LAST_TAIL_SALT = 0x3c6ef372;
const LAST_USER_SALT = 0x1b873593;

/** Mixes a pair of word hashes into one (order matters: "title only" is not "only title"). */
const pair = (first: number, second: number) => Math.imul(first ^ 0x9e3779b9, FNV_PRIME) ^ second;

/**
 * Feature buckets of the view being read, reused from call to call (the reading is synchronous). A character
 * adds at most four (a word, its two prefixes, its pair), so the buffer is sized before each reading and the
 * loop writes without checks.
 */
let buffer = new Int32Array(16_384);
let filled = 0;

function reserve(characters: number): void {
  const needed = filled + 4 * characters + 4;
  if (needed > buffer.length) {
    const larger = new Int32Array(Math.max(needed, buffer.length * 2));
    larger.set(buffer.subarray(0, filled));
    buffer = larger;
  }
}

/**
 * Pushes the bucket of every word, long word's prefixes and adjacent word pair in `text[from, to)` (repeats
 * included). Every call passes all three fields: with defaults filled in for some callers and not others, the
 * rule stage measured 4–5 µs slower at p50 on a 32K-token pasted document (`scripts/_bench_meta_rules.ts`).
 */
function pushTextFeatures(
  text: string,
  { from, to, salt }: { from: number; to: number; salt: number },
): void {
  reserve(to - from);
  const out = buffer;
  let at = filled;
  let previous = 0;
  let word = FNV_OFFSET;
  let length = 0;
  let prefix = 0;
  let shortPrefix = 0;
  for (let index = from; index <= to; index++) {
    const code = index < to ? text.charCodeAt(index) : 32;
    const letter = toWordChar(code);
    if (letter !== 0) {
      word = Math.imul(word ^ letter, FNV_PRIME);
      if (++length === PREFIX) prefix = word;
      if (length === SHORT_PREFIX) shortPrefix = word;
      continue;
    }
    let hash: number;
    if (length > 0) {
      // A long word's first letters too: "summarise", "summary" and "Summarization" share them.
      if (length > PREFIX) out[at++] = (prefix ^ 0x27d4eb2d ^ salt) & MASK;
      if (length > SHORT_PREFIX) out[at++] = (shortPrefix ^ 0x165667b1 ^ salt) & MASK;
      hash = word;
      length = 0;
      word = FNV_OFFSET;
      out[at++] = (hash ^ salt) & MASK;
      if (previous !== 0) out[at++] = (pair(previous, hash) ^ salt) & MASK;
      previous = hash | 1;
    }
    if (isSpace(code)) continue;
    // A character outside the alphabetic scripts is a word of its own: CJK and kana are written without
    // spaces, so a character and its pair with the next carry the meaning (`标题`); so do marks (`Title:`, `{"`).
    hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME) ^ 0x5bd1e995;
    out[at++] = (hash ^ salt) & MASK;
    if (previous !== 0) out[at++] = (pair(previous, hash) ^ salt) & MASK;
    previous = hash | 1;
  }
  filled = at;
}

/** The bucket of a request shape's name (`messages:2`, `stream`…); hashed once, at load. */
const shapeBucket = (name: string) => {
  let hash = FNV_OFFSET ^ 0x2545f491;
  for (let index = 0; index < name.length; index++) {
    hash = Math.imul(hash ^ name.charCodeAt(index), FNV_PRIME);
  }
  return hash & MASK;
};

/** `messages:<n>` for every number of instruction windows a view can have (at most five). */
const MESSAGES = Array.from({ length: 8 }, (_, count) => shapeBucket(`messages:${count}`));
const SHAPES = {
  trailingInstruction: shapeBucket("trailing-instruction"),
  askAfterHistory: shapeBucket("ask-after-history"),
  system: shapeBucket("system"),
  stream: shapeBucket("stream"),
  shortMaxTokens: shapeBucket("max-tokens:short"),
  longMaxTokens: shapeBucket("max-tokens:long"),
  schema: shapeBucket("schema"),
  history: shapeBucket("history"),
};

/** Pushes the request shapes the model weighs besides the words. */
function pushShapes(view: MetaView): void {
  reserve(8);
  buffer[filled++] = MESSAGES[Math.min(view.windows.length, MESSAGES.length - 1)] as number;
  if (view.trailingInstruction) buffer[filled++] = SHAPES.trailingInstruction;
  if (view.askAfterHistory) buffer[filled++] = SHAPES.askAfterHistory;
  if (view.systemWindows.length > 0) buffer[filled++] = SHAPES.system;
  if (view.stream) buffer[filled++] = SHAPES.stream;
  if (view.maxTokens !== undefined) {
    buffer[filled++] = view.maxTokens <= 300 ? SHAPES.shortMaxTokens : SHAPES.longMaxTokens;
  }
  if (view.schemaText !== undefined) buffer[filled++] = SHAPES.schema;
  if (view.priorAssistantLengths.length > 0) buffer[filled++] = SHAPES.history;
}

/**
 * Every feature bucket of a view, repeats included: its shapes, then the words of its windows and schema.
 * The array is shared and valid until the next call.
 */
export function collectFeatures(view: MetaView): { buckets: Int32Array; length: number } {
  filled = 0;
  pushShapes(view);
  for (const text of view.windows) {
    if (text.length <= HEAD + TAIL) {
      pushTextFeatures(text, { from: 0, to: text.length, salt: 0 });
    } else {
      pushTextFeatures(text, { from: 0, to: HEAD, salt: 0 });
      pushTextFeatures(text, { from: text.length - TAIL, to: text.length, salt: 0 });
    }
  }
  if (view.schemaText !== undefined) {
    pushTextFeatures(view.schemaText, { from: 0, to: view.schemaText.length, salt: 0 });
  }
  const last = view.lastWindow;
  pushTextFeatures(last, {
    from: Math.max(0, last.length - LAST_TAIL),
    to: last.length,
    salt: LAST_TAIL_SALT,
  });
  const user = view.lastUserWindow;
  pushTextFeatures(user, { from: 0, to: Math.min(user.length, LAST_USER_HEAD), salt: LAST_USER_SALT });
  return { buckets: buffer, length: filled };
}

/** Marks of the buckets already counted for the current view: a feature counts once, however often seen. */
const seen = new Uint8Array(1 << META_MODEL_BITS);
let generation = 0;

/** The model's logit for a view: bias plus the weights of its distinct features over the root of their number. */
export function scoreMetaModel(view: MetaView, model: MetaModel): number {
  if (++generation === 256) {
    seen.fill(0);
    generation = 1;
  }
  const mark = generation;
  const { buckets, length } = collectFeatures(view);
  let sum = 0;
  let count = 0;
  for (let index = 0; index < length; index++) {
    const bucket = buckets[index] as number;
    if (seen[bucket] === mark) continue;
    seen[bucket] = mark;
    sum += model.weights[bucket] as number;
    count++;
  }
  // Without the root a long template would outweigh a short one by its length alone.
  return model.bias + (count === 0 ? 0 : sum * model.scale / Math.sqrt(count));
}
