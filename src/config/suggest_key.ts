/**
 * The known key closest to a misspelt one, or undefined when none is close enough to be a typo: at most one
 * edit for short keys, one per four letters for longer ones, letter case ignored (`cloudalowed` →
 * `cloudAllowed`, `enable` → `enabled`, `memebers` → `members`).
 */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(unknown.length / 4));
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = measureEdits(unknown.toLowerCase(), key.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** Insertions, deletions, substitutions and swaps of two neighbours (optimal string alignment distance). */
function measureEdits(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
