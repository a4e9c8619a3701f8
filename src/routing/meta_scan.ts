/**
 * One pass instead of many: the META patterns are alternations of dozens of words each, and V8's regexp
 * engine pays for every alternative at every position, so a text that matches none of them (a long pasted
 * document) cost one full scan per pattern. A union of the patterns, looser than each (case-insensitive and
 * multiline), finds the first position where any of them could start; before it none can, so each pattern
 * is then tried only from there, and not at all when the union finds nothing. The answers are those of the
 * patterns themselves (docs/decisions.md, "META rule-stage cost").
 */

/** Where the patterns of a union may first match in each window (`Infinity`: nowhere). */
export interface ScanStart {
  /** In the windows joined by newlines (`MetaView.instructionText`). */
  text: number;
  /** In each window, by index. */
  windows: number[];
}

/** The top-level alternatives of a pattern's source (split at `|` outside groups and classes). */
function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Index of the `)` closing the group that opens at `open`. */
function closeOf(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

/** `\b(?:a|b)c` as `\bac` and `\bbc`: the same matches, alternatives that can share a first letter. */
function distribute(alternative: string): string[] {
  const boundary = alternative.startsWith("\\b") ? "\\b" : "";
  const body = alternative.slice(boundary.length);
  if (!body.startsWith("(?:")) return [alternative];
  const close = closeOf(body, 0);
  const rest = body.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(rest)) return [alternative];
  return splitAlternatives(body.slice(3, close)).flatMap((inner) => distribute(`${boundary}${inner}${rest}`));
}

/**
 * Alternatives grouped by their first character (`\\bonly …|\\boutput …` as `\\b(?:o(?:nly …|utput …))`, ASCII
 * letters regardless of case), with one word-boundary check for all that start with one, so the engine tries a
 * branch per character at a position instead of every word: the union costs about half. For case-insensitive
 * unions only, and for whether (or where first) they match: grouping changes which alternative wins at a
 * position, never whether one matches there.
 */
function toLetterTrie(alternatives: readonly string[]): string {
  const bounded = new Map<string, string[]>();
  const free = new Map<string, string[]>();
  const others: string[] = [];
  for (const alternative of alternatives.flatMap(distribute)) {
    const head = /^(\\b)?([^\\^$.|?*+()[\]{}])(?![?*+{])/.exec(alternative);
    if (!head) {
      others.push(alternative);
      continue;
    }
    const char = head[2] as string;
    const key = /^[a-z]$/i.test(char) ? char.toLowerCase() : char;
    const groups = head[1] ? bounded : free;
    groups.set(key, [...(groups.get(key) ?? []), alternative.slice(head[0].length)]);
  }
  const toBranches = (groups: Map<string, string[]>) =>
    [...groups].map(([key, tails]) => `${key}(?:${tails.join("|")})`);
  const boundedBranch = bounded.size > 0 ? [`\\b(?:${toBranches(bounded).join("|")})`] : [];
  return [...boundedBranch, ...toBranches(free), ...others].join("|");
}

/**
 * The union of `patterns`, loosened to case-insensitive and multiline so it matches wherever any of them does;
 * only for finding where the first match of any could start. Patterns a union cannot loosen are refused at
 * module load: flags other than `g`, `i`, `m`, backreferences (their numbers change) and lookbehinds (in the
 * joined windows they would see the window before).
 */
export function toUnion(patterns: readonly RegExp[]): RegExp {
  for (const pattern of patterns) {
    if (/[^gim]/.test(pattern.flags) || /\\[1-9k]|\(\?<[=!]/.test(pattern.source)) {
      throw new TypeError(`Cannot join pattern /${pattern.source}/${pattern.flags} into a union`);
    }
  }
  return new RegExp(toLetterTrie(patterns.flatMap((pattern) => splitAlternatives(pattern.source))), "im");
}

/** `patterns` as one pattern with their own (shared) flags: `test` answers exactly as any of them would. */
export function toExactUnion(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? "";
  if (patterns.some((pattern) => pattern.flags !== flags || /\\[1-9k]/.test(pattern.source))) {
    throw new TypeError("Cannot join patterns of different flags or with backreferences");
  }
  const alternatives = patterns.flatMap((pattern) => splitAlternatives(pattern.source));
  return new RegExp(flags.includes("i") ? toLetterTrie(alternatives) : alternatives.join("|"), flags);
}

/** Where `union` first matches in `text` (Infinity: nowhere). */
export function toStart(union: RegExp, text: string): number {
  const found = text.search(union);
  return found < 0 ? Infinity : found;
}

/** Where `union` first matches in `windows` joined by newlines, and what that means in each window. */
export function toScanStart(union: RegExp, windows: readonly string[], text: string): ScanStart {
  const start = toStart(union, text);
  let offset = 0;
  return {
    text: start,
    windows: windows.map((window) => {
      // A match inside a window is a match of the joined text at the window's offset (the newline
      // around it is a line and word boundary, as the window's own start and end are).
      const local = Math.max(0, start - offset);
      offset += window.length + 1;
      return local;
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
function runFrom(twin: RegExp, text: string, at: number): boolean {
  twin.lastIndex = at;
  const found = twin.test(text);
  twin.lastIndex = 0;
  return found;
}

/** `pattern.test(text)` for matches starting at `from` or later (none start earlier). */
export function testFrom(pattern: RegExp, text: string, from: number): boolean {
  return from <= text.length && runFrom(toTwin(pattern, "g"), text, from);
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
  const search = toTwin(union, "g");
  let position = from;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (position > text.length) return found;
    search.lastIndex = position;
    const hit = search.exec(text)?.index;
    search.lastIndex = 0;
    if (hit === undefined) return found;
    for (const pattern of patterns) {
      if (!found.has(pattern) && runFrom(toTwin(pattern, "y"), text, hit)) found.set(pattern, hit);
    }
    if (found.size === patterns.length) return found;
    position = hit + 1;
  }
  for (const pattern of patterns) {
    if (!found.has(pattern) && testFrom(pattern, text, position)) found.set(pattern, position);
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
