/**
 * One pass instead of many: the META patterns are alternations of dozens of words each, and V8's regexp
 * engine pays for every alternative at every position, so a text that matches none of them (a long pasted
 * document) cost one full scan per pattern. A union of the patterns, looser than each (case-insensitive and
 * multiline), finds the first position where any of them could start; before it none can, so each pattern
 * is then tried only from there, and not at all when the union finds nothing. Where the union's patterns have
 * literal keys (`literal_keys.ts`), that first position is found by one WebAssembly pass over the text's bytes
 * for all unions at once (`start_scan.ts`), the union tried only where a key starts. The answers are those of
 * the patterns themselves (docs/decisions.md, "META rule-stage cost").
 */
import { distribute, splitAlternatives, toLetterTrie } from "./group_alternatives.ts";
import { toLiteralKeys } from "./literal_keys.ts";
import { findScannedStart, type ScannedUnion, toScannedPart, toScannedUnion } from "./start_scan.ts";

/** Where the patterns of a union may first match in each window (`Infinity`: nowhere). */
export interface ScanStart {
  /** In the windows joined by newlines (`MetaView.instructionText`). */
  text: number;
  /** In each window, by index. */
  windows: number[];
}

/**
 * The union of `patterns`, loosened to case-insensitive and multiline so it matches wherever any of them does;
 * only for finding where the first match of any could start. Patterns a union cannot loosen are refused at
 * module load: flags other than `g`, `i`, `m`, backreferences (their numbers change) and lookbehinds (in the
 * joined windows they would see the window before).
 */
export function toUnion(patterns: readonly RegExp[], { scanned: byPass = true } = {}): RegExp {
  for (const pattern of patterns) {
    if (/[^gim]/.test(pattern.flags) || /\\[1-9k]|\(\?<[=!]/.test(pattern.source)) {
      throw new TypeError(`Cannot join pattern /${pattern.source}/${pattern.flags} into a union`);
    }
  }
  const alternatives = patterns.flatMap((pattern) => splitAlternatives(pattern.source));
  const union = new RegExp(toLetterTrie(alternatives, { loose: true }), "im");
  return byPass ? scanned(union, patterns) : union;
}

/** Unions whose first match is looked for by the byte pass of `start_scan.ts`, not by the engine alone. */
const byBytes = new WeakMap<RegExp, ScannedUnion>();

/** Whether the byte pass looks for `union` (for tests: a union it cannot take is searched by the engine). */
export const isByteScanned = (union: RegExp) => byBytes.has(union);

/** `union`, registered with the byte pass by the literal keys of `patterns` (when they have keys that help). */
function scanned(union: RegExp, patterns: readonly RegExp[]): RegExp {
  const byteUnion = toScannedUnion(union, toLiteralKeys(patterns));
  if (byteUnion) byBytes.set(union, byteUnion);
  return union;
}

/**
 * Where `union` first matches at or after `from`, among the positions where one of its patterns may (Infinity:
 * nowhere): no match of the patterns starts before it.
 */
function searchFrom(union: RegExp, { text, from }: { text: string; from: number }): number {
  if (from > text.length) return Infinity;
  const byteUnion = byBytes.get(union);
  if (byteUnion) return findScannedStart(byteUnion, { text, from });
  const search = toTwin(union, "g");
  search.lastIndex = from;
  const found = search.exec(text)?.index;
  search.lastIndex = 0;
  return found ?? Infinity;
}

/**
 * The union of `patterns`, some of the patterns of `whole` (a union from {@linkcode toUnion}): searched among the
 * positions where `whole`'s byte pass found a key, with no pass of its own, so that a pattern `whole` holds can
 * be looked for alone in each window without the engine reading the window from `whole`'s first hit.
 */
export function toPartUnion(whole: RegExp, patterns: readonly RegExp[]): RegExp {
  const part = toUnion(patterns, { scanned: false });
  const wholeScan = byBytes.get(whole);
  const keys = toLiteralKeys(patterns);
  if (wholeScan && keys) byBytes.set(part, toScannedPart(wholeScan, { part, keys }));
  return part;
}

/** `patterns` as one pattern with their own (shared) flags: `test` answers exactly as any of them would. */
export function toExactUnion(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? "";
  if (patterns.some((pattern) => pattern.flags !== flags || /\\[1-9k]/.test(pattern.source))) {
    throw new TypeError("Cannot join patterns of different flags or with backreferences");
  }
  const alternatives = patterns.flatMap((pattern) => splitAlternatives(pattern.source));
  return scanned(
    new RegExp(flags.includes("i") ? toLetterTrie(alternatives) : alternatives.join("|"), flags),
    patterns,
  );
}

/**
 * A gate for patterns of long phrases: where any of them may first start, found by searching each phrase from
 * its first space on (`rephrase| the follow…`). A union of the phrases themselves tries every phrase's first
 * letter at every position of the text; from the space on it tries one character at most positions, and the
 * rest of a phrase only after a space. Looser than the phrases (the words before the space are not read), so
 * it gives a position no match starts before: where it first matches less `back`, the longest such words.
 */
export interface PhraseGate {
  union: RegExp;
  back: number;
  /** The phrases' own union, read by the byte pass where it can (then `union` and `back` are not needed). */
  phrases: RegExp;
}

/** Literal characters (escaped punctuation too) before an unquantified space, after an optional `^` or `\b`. */
const LEADING_WORDS = /^(?:\^|\\b)?((?:[^\\^$.|?*+()[\]{} ]|\\[[\]{}()|*+?.^$\\/-])*)(?= (?![?*+{]))/;

/** The gate of `patterns` (refused as by {@linkcode toUnion}). */
export function toPhraseGate(patterns: readonly RegExp[]): PhraseGate {
  const phrases = toUnion(patterns);
  let back = 0;
  const alternatives = patterns.flatMap((pattern) => splitAlternatives(pattern.source)).flatMap(distribute)
    .map(
      (alternative) => {
        // Words with a quantified or class character (`follow.?up x`) are kept: their length is not fixed.
        const words = LEADING_WORDS.exec(alternative);
        if (!words) return alternative;
        back = Math.max(back, (words[1] as string).replace(/\\(.)/g, "$1").length);
        return alternative.slice(words[0].length);
      },
    );
  return { union: new RegExp(toLetterTrie(alternatives, { loose: true }), "im"), back, phrases };
}

/** A position no match of the gate's patterns starts before (Infinity: none matches in `text`). */
export function toGateStart(gate: PhraseGate, text: string): number {
  if (byBytes.has(gate.phrases)) return searchFrom(gate.phrases, { text, from: 0 });
  const found = text.search(gate.union);
  return found < 0 ? Infinity : Math.max(0, found - gate.back);
}

/** Where `union` first matches in `text` (Infinity: nowhere). */
export function toStart(union: RegExp, text: string): number {
  return searchFrom(union, { text, from: 0 });
}

/**
 * Where `union` first matches in `windows` joined by newlines, and where it first matches in each window (a window
 * where it matches nowhere need not be read by the patterns it holds). One pass: the next match is looked for from
 * a window's start only when the last one found lies before it.
 */
export function toScanStart(
  union: RegExp,
  { windows, text }: { windows: readonly string[]; text: string },
): ScanStart {
  const start = toStart(union, text);
  let hit = start;
  let offset = 0;
  return {
    text: start,
    windows: windows.map((window) => {
      if (hit < offset) hit = searchFrom(union, { text, from: offset });
      // A match inside a window is a match of the joined text at the window's offset (the newline
      // around it is a line and word boundary, as the window's own start and end are).
      const local = hit - offset;
      offset += window.length + 1;
      return local <= window.length ? local : Infinity;
    }),
  };
}

const twins = { g: new WeakMap<RegExp, RegExp>(), y: new WeakMap<RegExp, RegExp>() };

/**
 * The global (or sticky) twin of `pattern` that `testFrom` (or `testAt`) runs: its `lastIndex` sets where a
 * search starts (`\b` and `^` still see the text before it); case-insensitive alternatives are grouped as in a
 * union, which changes no answer of `test`.
 */
function toTwin(pattern: RegExp, kind: "g" | "y"): RegExp {
  let twin = twins[kind].get(pattern);
  if (!twin) {
    const flags = pattern.flags.replace("g", "");
    const grouped = flags.includes("i") && !/\\[1-9k]/.test(pattern.source);
    const source = grouped ? toLetterTrie(splitAlternatives(pattern.source)) : pattern.source;
    twins[kind].set(pattern, twin = new RegExp(source, `${flags}${kind}`));
  }
  return twin;
}

/** Runs `twin.test(text)` from `at`. */
function runFrom(twin: RegExp, { text, at }: { text: string; at: number }): boolean {
  twin.lastIndex = at;
  const found = twin.test(text);
  twin.lastIndex = 0;
  return found;
}

/** `pattern.test(text)` for matches starting at `from` or later (none start earlier). */
export function testFrom(pattern: RegExp, { text, from }: { text: string; from: number }): boolean {
  return from <= text.length && runFrom(toTwin(pattern, "g"), { text, at: from });
}

/** Steps of {@linkcode findMatching} before the patterns left are searched one by one. */
const MAX_STEPS = 16;

/**
 * Which of `patterns` match `text` (and from where to read their matches), all of them held by `union` and
 * none starting before `from`: the union
 * finds the next position where any may match, the patterns still open are tried at that position only, and
 * the search goes on after it; a text that matches one pattern early and none after is then read once, not
 * once per pattern. After `MAX_STEPS` positions (a pattern matching on every line) the rest are searched alone.
 */
export function findMatching(
  union: RegExp,
  { patterns, text, from }: { patterns: readonly RegExp[]; text: string; from: number },
): Map<RegExp, number> {
  // Each pattern found, with a position no match of it comes before (where to start reading its matches).
  const found = new Map<RegExp, number>();
  let position = from;
  for (let step = 0; step < MAX_STEPS; step++) {
    const hit = searchFrom(union, { text, from: position });
    if (hit === Infinity) return found;
    for (const pattern of patterns) {
      if (!found.has(pattern) && runFrom(toTwin(pattern, "y"), { text, at: hit })) found.set(pattern, hit);
    }
    if (found.size === patterns.length) return found;
    position = hit + 1;
  }
  for (const pattern of patterns) {
    if (!found.has(pattern) && testFrom(pattern, { text, from: position })) found.set(pattern, position);
  }
  return found;
}

/** Calls `each` with every match of the global `pattern` in `text` from `from` on, until it returns true. */
export function someMatchFrom(
  pattern: RegExp,
  text: string,
  { from, each }: { from: number; each: (match: RegExpExecArray) => boolean },
): boolean {
  if (from > text.length) return false;
  pattern.lastIndex = from;
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (each(match)) return true;
    }
    return false;
  } finally {
    pattern.lastIndex = 0;
  }
}

/** Characters of the scripts that a pattern's CJK, Hangul and Cyrillic words start with. */
const OTHER_SCRIPT = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const startsInOtherScript = (alternative: string) => OTHER_SCRIPT.test(alternative.charAt(0));

/**
 * A search for the first match of case-insensitive `pattern`: by the byte pass where it takes the pattern, else in
 * two parts: its alternatives that start with a character of another script (CJK, Hangul, Cyrillic) are tried
 * only when the text holds such a character, since one of them can match only where its first character is. The
 * rest are grouped as in a union. The same first match as `text.search(pattern)`; on text with a typographic
 * apostrophe (a two-byte string, where every script's words are live) in half the time.
 */
export function toScriptSplitSearch(pattern: RegExp): (text: string) => number {
  if (pattern.flags.replace(/[gy]/g, "") !== "i") {
    throw new TypeError("toScriptSplitSearch() needs the i flag alone");
  }
  const exact = toExactUnion([pattern]);
  if (byBytes.has(exact)) {
    return (text) => {
      const found = searchFrom(exact, { text, from: 0 });
      return found === Infinity ? -1 : found;
    };
  }
  const alternatives = splitAlternatives(pattern.source);
  const [latin, other] = [
    alternatives.filter((alternative) => !startsInOtherScript(alternative)),
    alternatives.filter(startsInOtherScript),
  ].map((group) => group.length === 0 ? undefined : new RegExp(toLetterTrie(group), "i"));
  return (text) => {
    const found = latin ? text.search(latin) : -1;
    if (!other || !OTHER_SCRIPT.test(text)) return found;
    const foundOther = text.search(other);
    return found < 0 ? foundOther : foundOther < 0 ? found : Math.min(found, foundOther);
  };
}
