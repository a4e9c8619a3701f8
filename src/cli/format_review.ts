import type { ReviewReport } from "../review/analyze_sessions.ts";

/** Where the report came from, shown in its header. */
export interface ReviewSource {
  dir: string;
  since: string;
  until: string;
  /** Files of the period that could not be read. */
  unreadable: number;
  /** Replaces {@linkcode JUDGE_NOTE} when a judge graded the period. */
  judgeNote?: string;
}

/** A report without the judge model (docs/routing.md) says so rather than implying a grade. */
export const JUDGE_NOTE = "Judge model: not run (no --judge BACKEND); this report is rule-based only.";

/** Keeps a cell one table cell: pipes split cells, and tags such as `<chat_history>` would vanish as HTML. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function toTable(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.map((cell) => escapeCell(String(cell))).join(" | ")} |`),
  ];
}

/** A `## title` section with a table, or "None." */
export function toSection(
  title: string,
  { head, rows }: { head: readonly string[]; rows: ReadonlyArray<ReadonlyArray<string | number>> },
): string[] {
  return ["", `## ${title}`, "", ...(rows.length === 0 ? ["None."] : toTable(head, rows))];
}

function toPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Renders a review as markdown for a person; prompt text appears only as 80-character query previews. */
export function formatReview(report: ReviewReport, source: ReviewSource): string {
  const lines = [
    "# ai-router review",
    "",
    `Period: ${source.since} to ${source.until}. Logs: ${source.dir}.`,
    `Requests: ${report.requests}. Unreadable files: ${source.unreadable}.`,
    source.judgeNote ?? JUDGE_NOTE,
    ...toSection("Route mix", {
      head: ["route", "requests", "share"],
      rows: report.routeMix.map((r) => [r.route, r.count, toPercent(r.share)]),
    }),
    ...toSection("Suspected misroutes", {
      head: ["time", "route", "why", "query", "id"],
      rows: report.misroutes.map((m) => [m.timestamp, m.route, m.reason, m.query, m.id]),
    }),
    ...toSection("Empty or failed enrichments", {
      head: ["time", "problem", "id"],
      rows: report.enrichments.map((e) => [e.timestamp, e.problem, e.id]),
    }),
    ...toSection("Latency by route", {
      head: ["route", "requests", "p50 ms", "p95 ms"],
      rows: report.latency.byRoute.map((r) => [r.route, r.count, r.p50Ms, r.p95Ms]),
    }),
    ...toSection("Latency outliers", {
      head: ["total ms", "route", "query", "id"],
      rows: report.latency.outliers.map((o) => [o.totalMs, o.route, o.query, o.id]),
    }),
    ...toSection("Errors", {
      head: ["count", "message", "last id"],
      rows: report.errors.map((e) => [e.count, e.message, e.lastId]),
    }),
    ...toSection("META requests that reached the classifier", {
      head: ["time", "routed as", "marker", "id"],
      rows: report.metaSlips.map((m) => [m.timestamp, m.route, m.marker, m.id]),
    }),
    ...toSection("Low-confidence decisions", {
      head: ["time", "route", "confidence", "id"],
      rows: report.lowConfidence.map((l) => [l.timestamp, l.route, l.confidence.toFixed(2), l.id]),
    }),
    ...toSection("Conversations that switched model", {
      head: ["conversation", "user", "turns", "switches", "backends", "last id"],
      rows: (report.switchedConversations ?? []).map((
        c,
      ) => [c.conversation, c.user, c.turns, c.switches, c.path, c.lastId]),
    }),
    ...toSection("Spend per user", {
      head: ["user", "requests", "tokens", "cloud USD"],
      rows: report.spend.map((s) => [s.user, s.requests, s.tokens, s.cloudUsd.toFixed(4)]),
    }),
    ...toSection("Kept private (personal data kept local or redacted before the cloud)", {
      head: ["time", "user", "action", "found", "why", "id"],
      rows: report.privacy.map((p) => [p.timestamp, p.user, p.action, p.found, p.reason, p.id]),
    }),
  ];
  return lines.join("\n") + "\n";
}
