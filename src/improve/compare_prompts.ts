import { createClassifier } from "../classifier/create_classifier.ts";
import type { EvalCase } from "../eval/run_eval.ts";
import type { Logger } from "../logger.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import { toQueryPreview } from "../review/find_misroutes.ts";
import { type RouteScore, scoreRouteBaselines } from "../eval/route_baselines.ts";

/** A misrouted request as an eval case: the judge's label is the expected one. */
export interface MisrouteCase extends EvalCase {
  id: string;
}

/** One case's label under the current and the proposed prompts. */
export interface CaseOutcome {
  query: string;
  label: string;
  before: string;
  after: string;
}

/** What `improve` measured and decided (written as `verdict.json`). */
export interface Verdict {
  passed: boolean;
  /** Why it passed or not, one line each. */
  reasons: string[];
  labelled: { total: number; before: number; after: number };
  perLabel: Array<{ label: string; total: number; before: number; after: number }>;
  misroutes: Array<CaseOutcome & { id: string; fixed: boolean }>;
  /** Labelled cases right before and wrong after. */
  broken: CaseOutcome[];
  /** Classifier calls that failed (default label used); any failure makes the comparison unreliable. */
  failures: number;
  /** Placement on the labelled set: the proposed prompt's classifier, "always local" and "by length". */
  baselines: RouteScore[];
}

async function classifyAll(state: RouterState, cases: readonly EvalCase[], { logger }: { logger: Logger }) {
  const classifier = createClassifier({ logger, cache: false });
  const labels: string[] = [];
  let failures = 0;
  for (const [index, item] of cases.entries()) {
    const result = await classifier.classify(state, item.messages, {
      signal: new AbortController().signal,
      requestId: `improve-eval-${index + 1}`,
    });
    if (result.error) failures++;
    labels.push(result.label);
  }
  return { labels, failures };
}

function toOutcome(item: EvalCase, { before, after }: { before: string; after: string }): CaseOutcome {
  return { query: toQueryPreview(toLastUserText(item.messages)), label: item.label, before, after };
}

/**
 * Runs the labelled set and the misrouted requests through the real classifier with the current and the
 * proposed prompts. Passes when labelled accuracy does not drop, at least one misroute is fixed and no
 * classifier call failed.
 */
export async function comparePrompts(
  states: { current: RouterState; proposed: RouterState },
  cases: { labelled: readonly EvalCase[]; misroutes: readonly MisrouteCase[] },
  { logger }: { logger: Logger },
): Promise<Verdict> {
  const all = [...cases.labelled, ...cases.misroutes];
  const before = await classifyAll(states.current, all, { logger });
  const after = await classifyAll(states.proposed, all, { logger });
  const outcomes = all.map((item, index) =>
    toOutcome(item, { before: before.labels[index] ?? "", after: after.labels[index] ?? "" })
  );
  const labelled = outcomes.slice(0, cases.labelled.length);
  const perLabel = [...new Set(labelled.map((o) => o.label))].map((label) => {
    const rows = labelled.filter((o) => o.label === label);
    const count = (key: "before" | "after") => rows.filter((o) => o[key] === label).length;
    return { label, total: rows.length, before: count("before"), after: count("after") };
  });
  const correct = (key: "before" | "after") => labelled.filter((o) => o[key] === o.label).length;
  const misroutes = outcomes.slice(cases.labelled.length).map((o, index) => ({
    ...o,
    id: cases.misroutes[index]?.id ?? "",
    fixed: o.before !== o.label && o.after === o.label,
  }));
  const verdict: Verdict = {
    passed: false,
    reasons: [],
    labelled: { total: labelled.length, before: correct("before"), after: correct("after") },
    perLabel,
    misroutes,
    broken: labelled.filter((o) => o.before === o.label && o.after !== o.label),
    failures: before.failures + after.failures,
    baselines: scoreRouteBaselines(states.proposed.config, {
      cases: cases.labelled,
      predicted: after.labels.slice(0, cases.labelled.length),
    }),
  };
  const { labelled: acc } = verdict;
  const fixed = misroutes.filter((m) => m.fixed).length;
  if (acc.after < acc.before) {
    verdict.reasons.push(`labelled accuracy drops from ${acc.before} to ${acc.after}`);
  }
  if (fixed === 0) verdict.reasons.push("no misroute is fixed");
  if (verdict.failures > 0) verdict.reasons.push(`${verdict.failures} classifier calls failed`);
  verdict.passed = verdict.reasons.length === 0;
  if (verdict.passed) {
    verdict.reasons.push(
      `labelled accuracy ${acc.before} → ${acc.after} of ${acc.total}; ${fixed} misroutes fixed`,
    );
  }
  return verdict;
}
