/**
 * The literal keys of a set of case-insensitive patterns: for each alternative, where it may start (a word start
 * after `\b`, a line start after `^` in multiline, anywhere otherwise) and the first bytes (UTF-8, at most 8) that
 * every match starting there begins with. `start_scan.ts` looks for these keys in one pass over the text's bytes,
 * and only where one is found are the patterns themselves tried.
 *
 * Sound by construction: a key is cut short wherever the source stops being a literal the reader knows (a class
 * other than a few plain characters, `\w`, `.`, a quantifier that repeats), so every position where an alternative
 * matches holds one of its keys. Bytes are compared with bit 5 set (`| 0x20`), on both sides, which folds ASCII
 * case and can only make more positions candidates; other scripts' cases are spelled out as variants.
 */
import { closeOf, splitAlternatives } from "./group_alternatives.ts";

/** Where an alternative may start. */
export const enum Anchor {
  /** Anywhere. */
  Any = 0,
  /** After `\b`, at an ASCII word character: where the character before is not one. */
  Word = 1,
  /** After `^`: at the text's start or after a line end (multiline; without `m` a match there is one too). */
  Line = 2,
}

/** One key: an anchor and the first bytes of every match (folded with `| 0x20`). */
export interface LiteralKey {
  anchor: Anchor;
  bytes: Uint8Array;
}

/** The keys of a set of patterns. */
export interface LiteralKeys {
  keys: LiteralKey[];
  /**
   * The alternatives that start at a line start with no literal there (`^[ \t]*…`, `^\s*…`): every line start is
   * their candidate, and they are tried there on their own (a cheaper pattern than the whole union).
   */
  atEveryLine: string[];
}

/** Characters of a key read from the source, at most (their UTF-8 bytes are then cut to `MAX_BYTES`). */
const MAX_CHARS = 8;
export const MAX_BYTES = 8;
/** Keys one alternative may expand to (`[íi]`, `(?:a|b)`, optional items) before it is cut short. */
const MAX_KEYS = 64;
/** Alternatives a leading group may be spread into. */
const MAX_SPREAD = 4096;

/** Escapes that stand for one literal character. */
const ESCAPED: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };

/** The index after the `]` of the class opening at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]" && i > open + 1) return i + 1;
  }
  return -1;
}

/** The characters of a class of a few plain characters (`[íi]`, `[sz]`, `[:：]`), or undefined for any other. */
function classChars(body: string): string[] | undefined {
  if (body.startsWith("^") || body.length === 0 || body.length > 12) return undefined;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === "\\") {
      const next = body[i + 1] ?? "";
      if (/\w/.test(next) && !(next in ESCAPED)) return undefined;
      chars.push(ESCAPED[next] ?? next);
      i++;
    } else if (char === "-" && i > 0 && i < body.length - 1) return undefined;
    else chars.push(char);
  }
  return chars;
}

/** A quantifier at `at`: whether the item before it may be left out, may repeat, and the quantifier's length. */
function quantifierAt(source: string, at: number): { optional: boolean; repeats: boolean; length: number } {
  const char = source[at];
  let length = 0;
  let optional = false;
  let repeats = false;
  if (char === "?") [length, optional] = [1, true];
  else if (char === "*") [length, optional, repeats] = [1, true, true];
  else if (char === "+") [length, repeats] = [1, true];
  else if (char === "{") {
    const brace = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at));
    if (brace) [length, optional, repeats] = [brace[0].length, brace[1] === "0", true];
  }
  // A lazy quantifier (`+?`) allows what the greedy one does.
  if (length > 0 && source[at + length] === "?") length++;
  return { optional, repeats, length };
}

/** Where `expandKeys` is in one alternative, what it has read, and what it may still spend. */
interface Reading {
  at: number;
  prefix: string;
  keys: string[];
  budget: { left: number };
}

/** One item's characters (a literal, an escape, a small class), where it ends; undefined: not a literal item. */
function readItem(source: string, at: number): { options: string[]; end: number } | "skip" | undefined {
  const char = source[at] as string;
  if (char === "\\") {
    const next = source[at + 1] ?? "";
    if (next === "b" || next === "B") return "skip";
    if (next === "d") return { options: [..."0123456789"], end: at + 2 };
    if (next in ESCAPED) return { options: [ESCAPED[next] as string], end: at + 2 };
    return /\w/.test(next) ? undefined : { options: [next], end: at + 2 };
  }
  if (char === "[") {
    const end = classEnd(source, at);
    const chars = end < 0 ? undefined : classChars(source.slice(at + 1, end - 1));
    return chars && { options: chars, end };
  }
  return "^$.|)*+?{".includes(char) ? undefined : { options: [char], end: at + 1 };
}

/**
 * Pushes to `keys` the strings (at most `MAX_CHARS`) that every match of `source` from `at` begins with after
 * `prefix`. A group is read branch by branch; a repeated item or group ends the key after its first pass.
 */
function expandKeys(source: string, reading: Reading): void {
  const { at, prefix, keys, budget } = reading;
  if (prefix.length >= MAX_CHARS || at >= source.length) return void keys.push(prefix);
  if (source[at] === "(") return expandGroup(source, reading);
  const item = readItem(source, at);
  if (item === "skip") return expandKeys(source, { ...reading, at: at + 2 });
  if (!item) return void keys.push(prefix);
  const quantifier = quantifierAt(source, item.end);
  const next = item.end + quantifier.length;
  const spend = item.options.length + (quantifier.optional ? 1 : 0);
  if (budget.left < spend) return void keys.push(prefix);
  budget.left -= spend;
  if (quantifier.optional) expandKeys(source, { ...reading, at: next });
  for (const option of item.options) {
    if (quantifier.repeats) keys.push(prefix + option);
    else expandKeys(source, { ...reading, at: next, prefix: prefix + option });
  }
}

function expandGroup(source: string, reading: Reading): void {
  const { at, prefix, keys, budget } = reading;
  const close = closeOf(source, at);
  if (close < 0 || /^\(\?<[=!]/.test(source.slice(at))) return void keys.push(prefix);
  // A lookahead consumes nothing: leaving it out only allows more.
  if (/^\(\?[=!]/.test(source.slice(at))) return expandKeys(source, { ...reading, at: close + 1 });
  const open = source.startsWith("(?:", at)
    ? at + 3
    : source.startsWith("(?<", at)
    ? source.indexOf(">", at) + 1
    : at + 1;
  const quantifier = quantifierAt(source, close + 1);
  const rest = source.slice(close + 1 + quantifier.length);
  const branches = splitAlternatives(source.slice(open, close)).map((branch) =>
    quantifier.repeats ? branch : `${branch}${rest}`
  );
  if (quantifier.optional) branches.push(rest);
  if (budget.left < branches.length) return void keys.push(prefix);
  budget.left -= branches.length;
  for (const branch of branches) expandKeys(branch, { ...reading, at: 0 });
}

/**
 * An alternative with its leading groups spread out (`\b(?:a|b)c` as `\bac` and `\bbc`, `(?:\b|_)x` as `\bx` and
 * `_x`), so that each branch's anchor and first words are read as its own.
 */
function spreadLeadingGroups(alternative: string): string[] {
  const anchor = /^(?:\\b|\^(?![?*+{]))?/.exec(alternative)?.[0] ?? "";
  const body = alternative.slice(anchor.length);
  if (!body.startsWith("(?:")) return [alternative];
  const close = closeOf(body, 0);
  if (close < 0 || /^[?*+{]/.test(body.slice(close + 1))) return [alternative];
  const rest = body.slice(close + 1);
  const spread = splitAlternatives(body.slice(3, close)).flatMap((branch) =>
    spreadLeadingGroups(`${anchor}${branch}${rest}`)
  );
  return spread.length > MAX_SPREAD ? [alternative] : spread;
}

/** The code unit the engine compares under `i` without `u` (ECMAScript's `Canonicalize`) for one outside ASCII. */
function canonicalOf(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length !== 1 || upper.charCodeAt(0) < 128 ? code : upper.charCodeAt(0);
}

/**
 * The blocks of UTF-16 code units outside ASCII that have case: no code unit elsewhere changes under `toUpperCase`
 * or is another's upper case (`literal_keys_test.ts` checks all 65,536), so the groups are built from these alone.
 */
const CASED_BLOCKS = [[0x80, 0x3000], [0xa640, 0xac00], [0xfb00, 0x10000]] as const;

let caseGroups: Map<number, number[]> | undefined;

/**
 * The code units outside ASCII that the engine takes for one another under `i`, by their canonical unit: more than
 * a letter's two cases at times (`σ`, `ς`, `Σ`; `в`, `В` and the old rounded `ᲀ`). Built once, at the first key.
 */
function toCaseGroups(): Map<number, number[]> {
  if (caseGroups) return caseGroups;
  caseGroups = new Map();
  // Only the units that change: a unit no other one folds to stands for itself alone (most of the blocks).
  for (const [start, end] of CASED_BLOCKS) {
    for (let code = start; code < end; code++) {
      const canonical = canonicalOf(code);
      if (canonical === code) continue;
      const group = caseGroups.get(canonical);
      if (group) group.push(code);
      else caseGroups.set(canonical, [canonical, code]);
    }
  }
  return caseGroups;
}

/**
 * The characters the engine takes for `char` under `i` without `u`: those of the same canonical unit. A character
 * outside the BMP is two units without case, itself alone.
 */
function caseVariants(char: string): string[] {
  if (char.length !== 1) return [char];
  const group = toCaseGroups().get(canonicalOf(char.charCodeAt(0)));
  return group ? group.map((code) => String.fromCharCode(code)) : [char];
}

const encoder = new TextEncoder();

/** The characters of `key` that begin within its first `MAX_BYTES` bytes of UTF-8. */
function toByteBoundedPrefix(key: string): string {
  let bytes = 0;
  let prefix = "";
  for (const char of key) {
    if (bytes >= MAX_BYTES) break;
    prefix += char;
    bytes += encoder.encode(char).length;
  }
  return prefix;
}

/** A key's UTF-8 bytes for every case of its characters outside ASCII (ASCII case is folded by `| 0x20`). */
function toKeyBytes(key: string): Uint8Array[] {
  let spellings = [""];
  for (const char of toByteBoundedPrefix(key)) {
    const variants = char.charCodeAt(0) < 128 ? [char] : caseVariants(char);
    if (spellings.length * variants.length > MAX_KEYS) break;
    spellings = spellings.flatMap((spelling) => variants.map((variant) => spelling + variant));
  }
  return spellings.map((spelling) => encoder.encode(spelling).slice(0, MAX_BYTES).map((byte) => byte | 0x20));
}

const isWordByte = (byte: number) =>
  (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte === 95;

/** The keys of `patterns`, or undefined when an alternative may start anywhere with no literal byte. */
export function toLiteralKeys(patterns: readonly RegExp[]): LiteralKeys | undefined {
  const keys: LiteralKey[] = [];
  const atEveryLine: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of splitAlternatives(pattern.source).flatMap(spreadLeadingGroups)) {
      const anchor = alternative.startsWith("\\b")
        ? Anchor.Word
        : /^\^(?![?*+{])/.test(alternative)
        ? Anchor.Line
        : Anchor.Any;
      const texts: string[] = [];
      const body = alternative.slice(anchor === Anchor.Word ? 2 : anchor === Anchor.Line ? 1 : 0);
      expandKeys(body, { at: 0, prefix: "", keys: texts, budget: { left: MAX_KEYS } });
      // A line start followed by blanks or nothing known (`^[ \t]*…`) is every line start.
      if (anchor === Anchor.Line && texts.some((text) => text.trim() === "")) {
        atEveryLine.push(alternative);
        continue;
      }
      for (const text of texts) {
        // `\b` before a character that is not a word character needs a word character before it: not a word start.
        const keyAnchor = anchor === Anchor.Word && (text === "" || !isWordByte(text.charCodeAt(0)))
          ? Anchor.Any
          : anchor;
        if (text === "" && keyAnchor === Anchor.Any) return undefined;
        for (const bytes of toKeyBytes(text)) keys.push({ anchor: keyAnchor, bytes });
      }
    }
  }
  return { keys, atEveryLine };
}
