/**
 * Rewrites of a regular expression's source that keep what it matches while V8's engine tries fewer branches
 * per position (used by `meta_scan.ts` for the META patterns' unions and twins).
 */

/** The top-level alternatives of a pattern's source (split at `|` outside groups and classes). */
export function splitAlternatives(source: string): string[] {
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

/** Index of the `)` closing the group that opens at `open` (-1 when it is not closed). */
export function closeOf(source: string, open: number): number {
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
export function distribute(alternative: string): string[] {
  const boundary = alternative.startsWith("\\b") ? "\\b" : "";
  const body = alternative.slice(boundary.length);
  if (!body.startsWith("(?:")) return [alternative];
  const close = closeOf(body, 0);
  const rest = body.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(rest)) return [alternative];
  return splitAlternatives(body.slice(3, close)).flatMap((inner) => distribute(`${boundary}${inner}${rest}`));
}

/**
 * A first character outside ASCII: without the `u` flag such a character matches no ASCII one, whatever the case
 * (ECMAScript's `Canonicalize` keeps a character whose upper case would be ASCII), so one lookahead rules out
 * all of them at an ASCII position of a two-byte text.
 */
const NON_ASCII = /^[^\0-\x7f]/;

/** A literal first character (an escaped one too, `\\[`), not quantified, after an optional `\\b`. */
const HEAD = /^(\\b)?([^\\^$.|?*+()[\]{}]|\\[[\]{}()|*+?.^$\\/])(?![?*+{])/;

/**
 * Alternatives grouped by their first character (`\\bonly …|\\boutput …` as `\\b(?:o(?:nly …|utput …))`, ASCII
 * letters regardless of case), with one word-boundary check for all that start with one, so the engine tries a
 * branch per character at a position instead of every word: the union costs about half. The alternatives that
 * start otherwise are grouped by that start too: every `\\b` one under the one word-boundary check, every `^`
 * one under one line-start check, every `\\d` one behind one digit lookahead (`^(?:a|b)` matches where `^a|^b`
 * does). For case-insensitive unions only, and for whether (or where first) they match: grouping changes which
 * alternative wins at a position, never whether one matches there.
 *
 * `loose` (for a union that only says where a match may start): the alternatives that start outside ASCII, and
 * those that start with an ASCII letter and no `\\b`, become one class of their first characters followed by any
 * of their rests (`[рд…](?:азговор|иалог|…)`), which matches wherever they do (and where one's first character
 * meets another's rest) at the same start; the lookahead at every position of a two-byte text cost about twice as
 * much, a branch per letter about a tenth of the union (docs/decisions.md, "META rule-stage cost").
 */
export function toLetterTrie(
  alternatives: readonly string[],
  { loose = false }: { loose?: boolean } = {},
): string {
  const bounded = new Map<string, string[]>();
  const free = new Map<string, string[]>();
  const boundedOthers: string[] = [];
  const lineStarts: string[] = [];
  const digits: string[] = [];
  const others: string[] = [];
  for (const alternative of alternatives.flatMap(distribute)) {
    const head = HEAD.exec(alternative);
    if (head) {
      const char = head[2] as string;
      const key = /^[a-z]$/i.test(char) ? char.toLowerCase() : char;
      const groups = head[1] ? bounded : free;
      groups.set(key, [...(groups.get(key) ?? []), alternative.slice(head[0].length)]);
    } else if (alternative.startsWith("\\b")) boundedOthers.push(alternative.slice(2));
    else if (/^\^(?![?*+{])/.test(alternative)) lineStarts.push(alternative.slice(1));
    else if (alternative.startsWith("\\d")) digits.push(alternative);
    else others.push(alternative);
  }
  const toBranches = (groups: Map<string, string[]>) =>
    [...groups].map(([key, tails]) => `${key}(?:${tails.join("|")})`);
  const boundedBranches = [...toBranches(bounded), ...boundedOthers];
  const freeBranches = toBranches(free);
  const wide = freeBranches.filter((branch) => NON_ASCII.test(branch));
  const letters = loose ? freeBranches.filter((branch) => /^[a-z]\(/.test(branch)) : [];
  return [
    ...(boundedBranches.length > 0 ? [`\\b(?:${boundedBranches.join("|")})`] : []),
    ...(letters.length <= 1 ? [] : [toKeyedGroup(letters)]),
    ...freeBranches.filter((branch) =>
      !NON_ASCII.test(branch) && (letters.length <= 1 || !letters.includes(branch))
    ),
    ...(wide.length <= 1 ? wide : [loose ? toKeyedGroup(wide) : `(?=[^\\0-\\x7f])(?:${wide.join("|")})`]),
    ...(lineStarts.length > 0 ? [`^(?:${lineStarts.join("|")})`] : []),
    ...(digits.length > 1 ? [`(?=\\d)(?:${digits.join("|")})`] : digits),
    ...others,
  ].join("|");
}

/**
 * Branches of one first character each (`р(?:азговор)`, `f(?:olgende Antwort)`) as that character's class and
 * any of their rests: one class check per position instead of one per branch. Each first character is one UTF-16
 * unit (`HEAD` reads one) and none is special in a class; under `i` the class matches what each of them matches.
 * Not `[^\0-\x7f]` for those outside ASCII: in Chinese text a one-character rest (`话`) would then follow almost
 * any character (`说话`), and every such position would be a step of `findMatching`.
 */
function toKeyedGroup(branches: readonly string[]): string {
  const firsts = new Set(branches.map((branch) => branch[0]));
  return `[${[...firsts].join("")}](?:${branches.map((branch) => branch.slice(1)).join("|")})`;
}
