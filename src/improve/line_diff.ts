/** Lines of context around each change, as `diff -u` shows by default. */
const CONTEXT = 3;

type Op = { kind: " " | "-" | "+"; line: string; oldNo: number; newNo: number };

/** The shortest edit between two line lists by longest common subsequence (prompt files are small). */
function toEditScript(before: string[], after: string[]): Op[] {
  const lengths = Array.from(
    { length: before.length + 1 },
    () => new Array<number>(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = before[i] === after[j]
        ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
        : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0, j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      ops.push({ kind: " ", line: before[i] as string, oldNo: i++, newNo: j++ });
    } else if (
      i < before.length && (j >= after.length || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))
    ) {
      // Deletions before insertions, as diff -u prints a changed line.
      ops.push({ kind: "-", line: before[i] as string, oldNo: i++, newNo: j });
    } else {
      ops.push({ kind: "+", line: after[j] as string, oldNo: i, newNo: j++ });
    }
  }
  return ops;
}

/**
 * A unified diff of two texts (`--- a/NAME`, `+++ b/NAME`, `@@` hunks), so a person reads a proposed prompt
 * change as they would a patch; empty when the texts are equal.
 */
export function toUnifiedDiff(before: string, after: string, { name }: { name: string }): string {
  const ops = toEditScript(before.split("\n"), after.split("\n"));
  const changed = ops.flatMap((op, index) => op.kind === " " ? [] : [index]);
  if (changed.length === 0) return "";
  const lines = [`--- a/${name}`, `+++ b/${name}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (
      end + 1 < changed.length && (changed[end + 1] as number) - (changed[end] as number) <= 2 * CONTEXT
    ) end++;
    const from = Math.max(0, (changed[start] as number) - CONTEXT);
    const to = Math.min(ops.length, (changed[end] as number) + CONTEXT + 1);
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    const first = hunk[0] as Op;
    lines.push(
      `@@ -${first.oldNo + (oldCount ? 1 : 0)},${oldCount} +${
        first.newNo + (newCount ? 1 : 0)
      },${newCount} @@`,
    );
    lines.push(...hunk.map((op) => op.kind + op.line));
    start = end + 1;
  }
  return lines.join("\n") + "\n";
}
