import { toSection } from "./format_review.ts";
import type { Verdict } from "../improve/compare_prompts.ts";
import { formatRouteScores } from "../eval/route_baselines.ts";

function toPercent(part: number, total: number): string {
  return total === 0 ? "n/a" : `${(part / total * 100).toFixed(1)}%`;
}

/** The verdict as markdown for a person: the numbers, the fixed misroutes, the broken cases, the diff. */
export function formatVerdict(
  verdict: Verdict,
  details: { diff: string; rationale: string; report: string; cost: { tokens: number; usd: number } },
): string {
  const { labelled } = verdict;
  const lines = [
    "# ai-router improve: verdict",
    "",
    `Verdict: ${verdict.passed ? "PASS" : "FAIL"} (${verdict.reasons.join("; ")}).`,
    `Findings: ${details.report}.`,
    `Labelled set accuracy: ${
      toPercent(labelled.before, labelled.total)
    } (${labelled.before}/${labelled.total}) ` +
    `before, ${toPercent(labelled.after, labelled.total)} (${labelled.after}/${labelled.total}) after.`,
    `Classifier failures: ${verdict.failures}. Proposal: ${details.cost.tokens} tokens, ` +
    `cost ${details.cost.usd.toFixed(4)} USD.`,
    "",
    "Placement on the labelled set (local or cloud, as the labels place it), with the proposed prompt and two",
    "baselines a router has to beat:",
    "",
    "```",
    ...formatRouteScores(verdict.baselines ?? []),
    "```",
    ...toSection("Accuracy per label", {
      head: ["label", "cases", "before", "after"],
      rows: verdict.perLabel.map((
        p,
      ) => [p.label, p.total, toPercent(p.before, p.total), toPercent(p.after, p.total)]),
    }),
    ...toSection("Misrouted requests", {
      head: ["judge's label", "before", "after", "fixed", "query", "id"],
      rows: verdict.misroutes.map((m) => [m.label, m.before, m.after, m.fixed ? "yes" : "no", m.query, m.id]),
    }),
    ...toSection("Labelled cases the proposal breaks", {
      head: ["label", "before", "after", "query"],
      rows: verdict.broken.map((b) => [b.label, b.before, b.after, b.query]),
    }),
    "",
    "## Proposed change",
    "",
    "```diff",
    details.diff.trimEnd(),
    "```",
    "",
    "## The judge's rationale",
    "",
    details.rationale || "(none given)",
  ];
  return lines.join("\n") + "\n";
}
