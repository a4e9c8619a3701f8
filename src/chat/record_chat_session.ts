import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { RouteDecision } from "./decide_route.ts";
import type { Hop, PlanEnd } from "./run_plan.ts";
import { concealDeep, type Redaction } from "../privacy/redaction.ts";
import type { ProfileRefusal } from "../routing/check_profile.ts";
import type { PrivacyFacts } from "./apply_privacy.ts";

/** What the stages of one chat request returned, for {@linkcode recordChatSession}. */
export interface ChatSessionFacts {
  metrics: Metrics;
  /** The client's request signal: a client that left ends the entry as cancelled (499). */
  signal: AbortSignal;
  /** The route decision; absent when the request failed before one. */
  decision?: RouteDecision;
  /** The images inlined for the vision backend. */
  images?: { count: number; bytes: number; formats: string[]; omitted?: number };
  /** How the plan ended; absent when the request failed before it ran. */
  end?: PlanEnd;
  /** What was thrown before the plan ran. */
  error?: unknown;
  /** The member's privacy plan: what was found and done, and the values to keep out of the entry. */
  privacy?: { facts?: PrivacyFacts | undefined; redaction: Redaction } | undefined;
  /** The member's profile refused the request locally. */
  refusal?: ProfileRefusal;
}

/**
 * Writes the privacy facts and replaces every value found with its placeholder, in the client's messages, the
 * query and every step (a local model may repeat a value in its answer): the entry reaches the log files,
 * `/stats`, the status page and the review's judge, and none of them may hold the values.
 */
function recordPrivacy(
  entry: SessionLogEntry,
  { privacy, metrics }: { privacy: NonNullable<ChatSessionFacts["privacy"]>; metrics: Metrics },
): void {
  const { facts, redaction } = privacy;
  if (facts) {
    entry.privacy = facts as NonNullable<SessionLogEntry["privacy"]>;
    if (facts.action !== "none") metrics.privacyDecisions.inc({ action: facts.action });
    for (const [kind, count] of Object.entries(facts.found)) metrics.privacyFindings.inc({ kind }, count);
  }
  if (redaction.size === 0) return;
  entry.user_query = redaction.conceal(entry.user_query);
  entry.client_messages = concealDeep(entry.client_messages, redaction) as unknown[];
  for (const step of entry.steps) {
    step.messages_sent = concealDeep(step.messages_sent, redaction) as unknown[];
    step.response_content = redaction.conceal(step.response_content);
  }
}

function recordDecision(
  entry: SessionLogEntry,
  { decision, metrics }: { decision: RouteDecision; metrics: Metrics },
): void {
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
    recordDecision(entry, { decision, metrics });
    if (images) {
      entry.images = images;
      const backend = decision.plan.backend;
      for (const format of images.formats) metrics.visionImages.inc({ backend, format });
      metrics.visionImageBytes.inc({ backend }, images.bytes);
    }
  }
  if (facts.privacy) recordPrivacy(entry, { privacy: facts.privacy, metrics });
  if (facts.refusal) {
    entry.route = "REFUSED";
    entry.rule = `profile:${facts.refusal.rule}`;
    metrics.profileRefusals.inc({ rule: facts.refusal.rule });
    return recorder.finish();
  }
  countHops(end?.hops ?? [], metrics);
  if (end?.answer) return recorder.finish(end.answer.error);
  const error = end ? end.error : facts.error;
  if (!entry.route) entry.route = "UNKNOWN";
  recorder.fail(error, facts.signal.aborted);
}
