import type { JudgedReview } from "../review/run_judge.ts";
import { toSection } from "./format_review.ts";

/** The header line of a judged report: who judged, how much, and what it cost. */
export function formatJudgeNote(review: JudgedReview): string {
  const stopped = review.stoppedBy ? `, stopped at --${review.stoppedBy}` : "";
  return `Judge model: ${review.judge} (${review.location}) graded ${review.graded} of ${review.candidates} ` +
    `sessions${stopped}; ${review.tokens.prompt + review.tokens.completion} tokens, ` +
    `cost ${review.costUsd.toFixed(4)} USD.`;
}

/** The judge's sections of the markdown report; requests appear only as 80-character previews. */
export function formatJudgement(review: JudgedReview): string {
  const lines = [
    ...toSection("Judged misroutes", {
      head: ["time", "routed as", "judge's label", "why", "query", "flagged by", "id"],
      rows: review.misroutes.map((
        m,
      ) => [m.timestamp, m.route, m.label, m.reason, m.query, m.suspicion ?? "sample", m.id]),
    }),
    ...toSection("Judged by route", {
      head: ["route", "graded", "misroutes", "poor answers", "unhelpful enrichment"],
      rows: review.byRoute.map((r) => [r.route, r.graded, r.misroutes, r.poorAnswers, r.enrichUnhelpful]),
    }),
    ...toSection("Answers the judge found poor", {
      head: ["route", "why", "query", "id"],
      rows: review.poorAnswers.map((p) => [p.route, p.reason, p.query, p.id]),
    }),
    ...toSection("Judge failures", {
      head: ["id", "error"],
      rows: review.failures.map((f) => [f.id, f.error]),
    }),
  ];
  return lines.join("\n") + "\n";
}
