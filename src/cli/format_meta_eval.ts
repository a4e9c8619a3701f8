import { type MetaEvalReport, type MetaTally, sumTallies } from "../eval/run_meta_eval.ts";

const ratio = (part: number, whole: number) => whole === 0 ? 0 : part / whole;
const fixed = (value: number) => value.toFixed(3);
const percent = (part: number, whole: number) => `${(ratio(part, whole) * 100).toFixed(1)}%`;

/** Left-aligned first column, right-aligned numbers. */
function toTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length))
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)
    )
      .join("  ");
  return [line(header), ...rows.map(line)];
}

function toRecallRows(rows: Record<string, MetaTally>): string[][] {
  return Object.entries(rows).map(([name, row]) => [
    name,
    String(row.total),
    String(row.detected),
    fixed(ratio(row.detected, row.total)),
    fixed(ratio(row.heldOut, row.total)),
  ]);
}

/**
 * The report `ai-router eval --meta` prints. Precision is over the whole corpus: the hard negatives belong
 * to no client, so every client shares them.
 */
export function formatMetaEvalReport(report: MetaEvalReport): string {
  const meta = sumTallies(report.byClient);
  const negatives = sumTallies(report.negatives);
  const precision = (found: number, falseMeta: number) => fixed(ratio(found, found + falseMeta));
  const recallHeader = ["", "cases", "detected", "recall", "held-out recall"];
  return [
    `META corpus: ${meta.total} housekeeping requests from ${
      Object.keys(report.byClient).length
    } clients, ${negatives.total} hard negatives`,
    `Rules: precision ${precision(meta.detected, negatives.detected)}, recall ${
      fixed(ratio(meta.detected, meta.total))
    } (${meta.detected}/${meta.total}), false META ${
      percent(negatives.detected, negatives.total)
    } (${negatives.detected}/${negatives.total})`,
    `Leave-one-client-out: precision ${precision(meta.heldOut, report.heldOutFalseMeta)}, recall ${
      fixed(ratio(meta.heldOut, meta.total))
    } (${meta.heldOut}/${meta.total}), false META at most ${
      percent(report.heldOutFalseMeta, negatives.total)
    } (${report.heldOutFalseMeta}/${negatives.total})`,
    "",
    "Per client (held-out: that client's known phrases switched off):",
    ...toTable(["client", ...recallHeader.slice(1)], toRecallRows(report.byClient)),
    "",
    "Per task:",
    ...toTable(["task", ...recallHeader.slice(1)], toRecallRows(report.byTask)),
    "",
    "Hard negatives (false META):",
    ...toTable(
      ["category", "cases", "false META", "rate"],
      Object.entries(report.negatives).map(([name, row]) => [
        name,
        String(row.total),
        String(row.detected),
        percent(row.detected, row.total),
      ]),
    ),
    "",
    "What decided (marker: requests):",
    ...Object.entries(report.markers).sort((a, b) => b[1] - a[1]).map(([marker, count]) =>
      `  ${marker}: ${count}`
    ),
  ].join("\n");
}
