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
export function toLetterTrie(alternatives: readonly string[]): string {
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
