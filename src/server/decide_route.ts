import type { Classifier } from "../classifier/create_classifier.ts";
import { applyRules } from "../routing/apply_rules.ts";
import { estimateTokens } from "../routing/render_prompt.ts";
import { applyConfidencePolicy, choosePlan, type Plan } from "../routing/choose_plan.ts";
import type { ModelTarget } from "../routing/resolve_model.ts";
import { type ChatContext, toAvailability } from "./chat_context.ts";
import { type Attempt, startAttempt } from "./start_attempt.ts";

/** The route of a request and, for streams, the local answer already started while classifying. */
export interface RouteDecision {
  plan: Plan;
  /** 1 for rule decisions, the classifier's confidence otherwise (null when it gave none). */
  confidence: number | null;
  speculation?: Attempt;
}

function recordFallback(ctx: ChatContext, plan: Plan): void {
  if (!plan.fellBack) return;
  const { from, reason } = plan.fellBack;
  ctx.deps.metrics.fallbacks.inc({ from, to: plan.backend, reason });
  ctx.notes.push(`Answered by ${plan.backend} because ${from} is ${reason}`);
  if (!ctx.user.cloudAllowed && ctx.state.backends.get(from)?.config.location === "cloud") {
    ctx.recorder.entry.rule = "user-policy";
    ctx.deps.metrics.ruleDecisions.inc({ rule: "user-policy" });
  }
}

/**
 * Decides the route: the rule stage first (`visionBackend` is set when the request holds images); otherwise the classifier (while, for streams whose likely
 * plan is local, that local answer already starts), the low-confidence policy and the label's plan.
 */
export async function decideRoute(
  ctx: ChatContext,
  classifier: Classifier,
  target: ModelTarget,
  taskHeader: string | null,
  visionBackend?: string,
): Promise<RouteDecision> {
  const { state, request, recorder, deps } = ctx;
  const { config } = state;
  const isAvailable = toAvailability(state, ctx.user);
  let tokens: number | undefined;
  const promptTokens = () => tokens ??= estimateTokens(request.messages);
  const rule = applyRules(
    { messages: request.messages, model: request.model, target, taskHeader, visionBackend, promptTokens },
    config,
  );
  if (rule) {
    deps.metrics.ruleDecisions.inc({ rule: rule.rule });
    if (rule.marker) deps.metrics.metaDetections.inc({ rule: rule.marker });
    recorder.entry.rule = rule.marker ? `meta:${rule.marker}` : rule.rule;
    recorder.entry.route = rule.route;
    const reason = isAvailable(rule.backend);
    const plan: Plan = { route: rule.route, kind: "single", backend: rule.backend };
    if (reason !== undefined) {
      plan.backend = config.routing.defaultBackend;
      plan.fellBack = { from: rule.backend, reason };
    }
    recordFallback(ctx, plan);
    return { plan, confidence: 1 };
  }
  const likely = choosePlan(config.routing.classifier.defaultLabel, config, isAvailable, promptTokens);
  const speculate = request.stream === true && config.routing.speculative && likely.kind === "single" &&
    state.backends.get(likely.backend)?.config.location === "local";
  const speculation = speculate
    ? startAttempt(ctx, likely.backend, { route: likely.route, step: "answer", hop: "spec" })
    : undefined;
  const result = await classifier.classify(state, request.messages, {
    signal: ctx.signal,
    requestId: `${ctx.requestId}-cls`,
  });
  const choice = applyConfidencePolicy(result.label, result.confidence, config);
  const plan = choosePlan(choice.label, config, isAvailable, promptTokens);
  Object.assign(recorder.entry, {
    route: plan.route,
    "classification_raw": result.raw ?? (result.error ? `(${result.error})` : null),
    confidence: result.confidence,
    "classification_ms": Math.round(result.ms * 10) / 10,
    "cache_hit": result.cacheHit,
  });
  recordFallback(ctx, plan);
  return { plan, confidence: result.confidence, ...(speculation ? { speculation } : {}) };
}
