import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { RouteDecision } from "./decide_route.ts";
import type { Hop, PlanEnd } from "./run_plan.ts";

/** What the stages of one chat request returned, for {@linkcode recordChatSession}. */
export interface ChatSessionFacts {
  metrics: Metrics;
  /** The client's request signal: a client that left ends the entry as cancelled (499). */
  signal: AbortSignal;
  /** The route decision; absent when the request failed before one. */
  decision?: RouteDecision;
  /** The images inlined for the vision backend. */
  images?: { count: number; bytes: number; formats: string[] };
  /** How the plan ended; absent when the request failed before it ran. */
  end?: PlanEnd;
  /** What was thrown before the plan ran. */
  error?: unknown;
}

function recordDecision(entry: SessionLogEntry, decision: RouteDecision, metrics: Metrics): void {
  const { plan, rule, classification } = decision;
  entry.route = plan.route;
  if (rule) {
    metrics.ruleDecisions.inc({ rule: rule.name });
    if (rule.marker) metrics.metaDetections.inc({ rule: rule.marker });
    entry.rule = rule.marker ? `meta:${rule.marker}` : rule.name;
    if (rule.signals) entry.meta_signals = rule.signals;
  } else if (plan.route === "META") {
    // A housekeeping request the rules missed and the classifier caught: some client needs a rule.
    metrics.metaByClassifier.inc();
  }
  if (classification) {
    Object.assign(entry, {
      "classification_raw": classification.raw ?? (classification.error ? `(${classification.error})` : null),
      confidence: classification.confidence,
      "classification_ms": Math.round(classification.ms * 10) / 10,
      "cache_hit": classification.cacheHit,
    });
  }
  if (plan.fellBack) {
    const { from, reason } = plan.fellBack;
    metrics.fallbacks.inc({ from, to: plan.backend, reason });
  }
  if (decision.metaTrace) entry.meta_trace = decision.metaTrace;
  if (decision.affinity) {
    entry.affinity = decision.affinity;
    if (decision.affinity.switched) {
      metrics.conversationSwitches.inc({ from: decision.affinity.from ?? "", to: plan.backend });
    }
  }
  if (decision.userPolicy) {
    entry.rule = "user-policy";
    metrics.ruleDecisions.inc({ rule: "user-policy" });
  }
}

function countHops(hops: readonly Hop[], metrics: Metrics): void {
  hops.forEach((hop, index) => {
    if (hop.step === "speculation") {
      metrics.speculativeStarts.inc({ outcome: hop.kept ? "kept" : "cancelled" });
    } else if (hop.step === "enrich" && hop.failed) {
      metrics.fallbacks.inc({ from: hop.backend, to: "none", reason: "enrichment failed" });
    } else if (hop.failed) {
      const next = hops[index + 1];
      if (next?.step === "answer") {
        metrics.fallbacks.inc({ from: hop.backend, to: next.backend, reason: "failed" });
      }
    }
  });
}

/**
 * The one place a chat request's session entry is completed and its routing counted (rules, META markers,
 * fallbacks, speculative starts, images), from what `decideRoute` and `runPlan` returned. Finishing the entry
 * hands it to the sinks, which count requests, latency and tokens from it (`create_metrics_sink.ts`).
 */
export function recordChatSession(recorder: SessionRecorder, facts: ChatSessionFacts): void {
  const { entry } = recorder;
  const { metrics, decision, images, end } = facts;
  if (decision) {
    recordDecision(entry, decision, metrics);
    if (images) {
      entry.images = images;
      const backend = decision.plan.backend;
      for (const format of images.formats) metrics.visionImages.inc({ backend, format });
      metrics.visionImageBytes.inc({ backend }, images.bytes);
    }
  }
  countHops(end?.hops ?? [], metrics);
  if (end?.answer) return recorder.finish(end.answer.error);
  const error = end ? end.error : facts.error;
  if (!entry.route) entry.route = "UNKNOWN";
  recorder.fail(error, facts.signal.aborted);
}
