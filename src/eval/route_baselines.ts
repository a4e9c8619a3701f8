/**
 * Baselines a router has to beat on the same labelled set: "always local" (every request stays on the box)
 * and "by length" (long prompts to the cloud, the rest local, at the threshold that suits the set best, so
 * the baseline is as strong as a length rule can be). Published router benchmarks find many learned routers
 * fail to beat such rules; the score compared is where a request is answered (local or cloud), since that is
 * what a routing decision changes in cost and quality.
 */
import type { Config } from "../config/config_schema.ts";
import { choosePlan } from "../routing/choose_plan.ts";
import { estimateTokens, type RoutingMessage } from "../routing/render_prompt.ts";

/** How one policy placed the set: share of cases placed where their expected label's plan places them. */
export interface RouteScore {
  name: "classifier" | "always local" | "by length";
  agreement: number;
  /** Share of cases the policy sends to (or enriches from) a cloud backend. */
  cloudShare: number;
  /** For "by length": the prompt size, in estimated tokens, above which it goes to the cloud. */
  thresholdTokens?: number;
}

/** Where a label's plan answers: `cloud` when its answer or its context comes from a cloud backend. */
function toPlacer(config: Config): (label: string) => "local" | "cloud" {
  const isCloud = (name: string | undefined) =>
    name !== undefined && config.backends[name]?.location === "cloud";
  return (label) => {
    const plan = choosePlan(label, { config, isAvailable: () => undefined });
    return isCloud(plan.backend) || isCloud(plan.enrichBackend) ? "cloud" : "local";
  };
}

const share = (part: number, total: number) => total === 0 ? 0 : part / total;

/** Scores the classifier's labels and the two baselines on `cases` (expected labels) for `config`. */
export function scoreRouteBaselines(
  config: Config,
  { cases, predicted }: {
    cases: ReadonlyArray<{ messages: RoutingMessage[]; label: string }>;
    predicted: readonly string[];
  },
): RouteScore[] {
  const place = toPlacer(config);
  const expected = cases.map((item) => place(item.label));
  const classifier = predicted.map(place);
  const agree = (placed: readonly string[]) =>
    share(placed.filter((p, i) => p === expected[i]).length, cases.length);
  const clouds = (placed: readonly string[]) =>
    share(placed.filter((p) => p === "cloud").length, cases.length);
  const sizes = cases.map((item) => estimateTokens(item.messages));
  let best = { threshold: Infinity, placed: sizes.map(() => "local") };
  for (const threshold of new Set(sizes)) {
    const placed = sizes.map((size) => size > threshold ? "cloud" : "local");
    if (agree(placed) > agree(best.placed)) best = { threshold, placed };
  }
  const local = sizes.map(() => "local");
  return [
    { name: "classifier", agreement: agree(classifier), cloudShare: clouds(classifier) },
    { name: "always local", agreement: agree(local), cloudShare: 0 },
    {
      name: "by length",
      agreement: agree(best.placed),
      cloudShare: clouds(best.placed),
      ...(Number.isFinite(best.threshold) ? { thresholdTokens: best.threshold } : {}),
    },
  ];
}

/** One line per policy, e.g. `by length     61.0%  cloud 20.0%  (above 412 tokens, best on this set)`. */
export function formatRouteScores(scores: readonly RouteScore[]): string[] {
  return scores.map((score) =>
    `${score.name.padEnd(13)}${(score.agreement * 100).toFixed(1).padStart(6)}%  cloud ${
      (score.cloudShare * 100).toFixed(1)
    }%${
      score.thresholdTokens === undefined ? "" : `  (above ${score.thresholdTokens} tokens, best on this set)`
    }`
  );
}
