import { createClassifier } from "../classifier/create_classifier.ts";
import type { Logger } from "../logger.ts";
import { choosePlan } from "../routing/choose_plan.ts";
import type { RoutingMessage } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import { toPercentile } from "../to_percentile.ts";
import { formatRouteScores, type RouteScore, scoreRouteBaselines } from "./route_baselines.ts";

/** One labelled example: `{"prompt": "...", "label": "SIMPLE"}` or `{"messages": [...], "label": ...}`. */
export interface EvalCase {
  messages: RoutingMessage[];
  label: string;
}

/** What `ai-router eval` measured. */
export interface EvalReport {
  total: number;
  correct: number;
  /** `confusion[expected][predicted]` = count. */
  confusion: Record<string, Record<string, number>>;
  /** Share of predictions whose plan leaves the box (answer or context from a cloud backend). */
  cloudShare: number;
  failures: number;
  /** Why the first failed case got the default label (`timeout`, `error: …`). */
  firstFailure?: string;
  latencyMs: { p50: number; p95: number };
  /** Where the classifier, "always local" and "by length" place the set, against the expected labels. */
  baselines: RouteScore[];
}

/** Parses a JSONL set; a bad line throws naming its line number. */
export function parseEvalSet(text: string, source: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("//")) return;
    const where = `Cannot read eval set "${source}" line ${index + 1}`;
    let value: { prompt?: unknown; messages?: unknown; label?: unknown };
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyntaxError(`${where}: not JSON`);
    }
    if (typeof value.label !== "string") throw new SyntaxError(`${where}: "label" must be a string`);
    const messages = typeof value.prompt === "string"
      ? [{ role: "user", content: value.prompt }]
      : Array.isArray(value.messages)
      ? value.messages as RoutingMessage[]
      : undefined;
    if (!messages) throw new SyntaxError(`${where}: needs "prompt" or "messages"`);
    cases.push({ messages, label: value.label });
  });
  return cases;
}

/** Runs every case through the configured classifier (no cache), one at a time. */
export async function runEval(
  state: RouterState,
  { cases, logger }: { cases: EvalCase[]; logger: Logger },
): Promise<EvalReport> {
  const classifier = createClassifier({ logger, cache: false });
  const labels = state.config.routing.labels;
  const confusion: EvalReport["confusion"] = {};
  for (const expected of new Set([...labels, ...cases.map((c) => c.label)])) {
    confusion[expected] = Object.fromEntries(labels.map((label) => [label, 0]));
  }
  const latencies: number[] = [];
  const predicted: string[] = [];
  let correct = 0, cloud = 0, failures = 0;
  let firstFailure: string | undefined;
  const isLocal = (name: string | undefined) =>
    name === undefined || state.backends.get(name)?.config.location !== "cloud";
  for (const [index, item] of cases.entries()) {
    const result = await classifier.classify(state, item.messages, {
      signal: new AbortController().signal,
      requestId: `eval-${index + 1}`,
    });
    latencies.push(result.ms);
    predicted.push(result.label);
    if (result.error) {
      failures++;
      firstFailure ??= result.error;
    }
    const row = confusion[item.label] as Record<string, number>;
    row[result.label] = (row[result.label] ?? 0) + 1;
    if (result.label === item.label) correct++;
    const plan = choosePlan(result.label, { config: state.config, isAvailable: () => undefined });
    if (!isLocal(plan.backend) || !isLocal(plan.enrichBackend)) cloud++;
  }
  latencies.sort((a, b) => a - b);
  return {
    total: cases.length,
    correct,
    confusion,
    cloudShare: cases.length === 0 ? 0 : cloud / cases.length,
    failures,
    ...(firstFailure === undefined ? {} : { firstFailure }),
    latencyMs: { p50: toPercentile(latencies, 0.5), p95: toPercentile(latencies, 0.95) },
    baselines: scoreRouteBaselines(state.config, { cases, predicted }),
  };
}

/** The report as the text `ai-router eval` prints. */
export function formatEvalReport(report: EvalReport): string {
  const labels = Object.keys(Object.values(report.confusion)[0] ?? {});
  const width = Math.max(9, ...labels.map((label) => label.length + 1));
  const pad = (text: string) => text.padStart(width);
  const accuracy = report.total === 0 ? 0 : report.correct / report.total;
  const lines = [
    `Accuracy: ${(accuracy * 100).toFixed(1)}% (${report.correct}/${report.total})`,
    `Cloud share: ${(report.cloudShare * 100).toFixed(1)}%`,
    `Classifier latency: p50 ${report.latencyMs.p50.toFixed(1)} ms, p95 ${
      report.latencyMs.p95.toFixed(1)
    } ms`,
    `Classifier failures (default label used): ${report.failures}`,
    "",
    "Confusion matrix (rows: expected, columns: predicted):",
    pad("") + labels.map(pad).join(""),
  ];
  for (const [expected, row] of Object.entries(report.confusion)) {
    lines.push(pad(expected) + labels.map((label) => pad(String(row[label] ?? 0))).join(""));
  }
  lines.push("", "Placement (local or cloud) as the expected labels place it, against two baselines:");
  lines.push(...formatRouteScores(report.baselines));
  return lines.join("\n");
}
