import type { Classifier, ClassifierResult } from "../classifier/create_classifier.ts";
import { applyRules } from "../routing/apply_rules.ts";
import type { MetaTrace } from "../routing/detect_meta.ts";
import { estimateTokens } from "../routing/render_prompt.ts";
import { applyConfidencePolicy, choosePlan, type Plan } from "../routing/choose_plan.ts";
import type { ModelTarget } from "../routing/resolve_model.ts";
import { type ConversationState, isContinuation } from "../routing/conversation_affinity.ts";
import { type RecheckReason, turnMayNeedMore } from "../routing/turn_may_need_more.ts";
import { type ChatContext, getConversationKey, toAvailability } from "./chat_context.ts";
import { type Attempt, startAttempt } from "./start_attempt.ts";

/** Options for {@linkcode decideRoute}. */
export interface DecideRouteOptions {
  classifier: Classifier;
  /** What the request's `model` names (resolved by `requireBackend`). */
  target: ModelTarget;
  /** The task header's value (`routing.meta.taskHeader`), or null. */
  taskHeader: string | null;
  /** Set when the request holds images: the vision backend. */
  visionBackend?: string | undefined;
  /** A label decided by the endpoint (a Responses `web_search` tool means ENRICH): no classifier call. */
  label?: string | undefined;
}

/** The route of a request, with everything the session entry and the metrics need to say about it. */
export interface RouteDecision {
  plan: Plan;
  /** 1 for rule decisions, the classifier's confidence otherwise (null when it gave none). */
  confidence: number | null;
  /**
   * The rule that decided and, for META, the marker that matched and the signals that fired; null when the
   * classifier decided.
   */
  rule: { name: string; marker?: string | undefined; signals?: string[] | undefined } | null;
  /** What the classifier said; null when a rule decided. */
  classification: ClassifierResult | null;
  /** True when the plan left a cloud backend because the member may not use the cloud (`user-policy`). */
  userPolicy: boolean;
  /** Visible notes for the answer (a fallback taken before any call). */
  notes: string[];
  /** For streams: the local answer already started while classifying. */
  speculation?: Attempt;
  /** The conversation this turn belongs to and whether it left the backend of the conversation's last turn. */
  affinity?: AffinityFacts;
  /** The META features' score and signals when they were weighed and fell short of META. */
  metaTrace?: MetaTrace;
}

/** What the session entry and metrics say about a conversation's turn. */
export interface AffinityFacts {
  conversation: string;
  /** 1 for the first turn the router sees. */
  turn: number;
  /** The backend of the conversation's previous turn, when known. */
  from?: string;
  switched: boolean;
  /** Why a turn of a local conversation was put to the classifier (absent when it stayed without one). */
  recheck?: RecheckReason;
}

function toAffinityFacts(
  decision: RouteDecision,
  { key, known, recheck }: {
    key: string | undefined;
    known: ConversationState | undefined;
    recheck: RecheckReason | undefined;
  },
): RouteDecision {
  if (key === undefined) return decision;
  const affinity: AffinityFacts = {
    conversation: key,
    turn: (known?.turns ?? 0) + 1,
    switched: known !== undefined && known.backend !== decision.plan.backend,
    ...(known ? { from: known.backend } : {}),
    ...(recheck ? { recheck } : {}),
  };
  return { ...decision, affinity };
}

function toFallbackFacts(ctx: ChatContext, plan: Plan): Pick<RouteDecision, "userPolicy" | "notes"> {
  if (!plan.fellBack) return { userPolicy: false, notes: [] };
  const { from, reason } = plan.fellBack;
  return {
    userPolicy: !ctx.user.cloudAllowed && ctx.state.backends.get(from)?.config.location === "cloud",
    notes: [`Answered by ${plan.backend} because ${from} is ${reason}`],
  };
}

/**
 * Decides the route: the rule stage first; otherwise the classifier (while, for streams whose likely plan is
 * local, that local answer already starts), the low-confidence policy and the label's plan; a label fixed by
 * the endpoint skips the classifier. Returns the
 * decision; it writes no session entry and counts no metric (`record_chat_session.ts` does, from it).
 */
export async function decideRoute(ctx: ChatContext, options: DecideRouteOptions): Promise<RouteDecision> {
  const key = ctx.deps.affinity ? getConversationKey(ctx) : undefined;
  const known = key !== undefined && isContinuation(ctx.request.messages)
    ? ctx.deps.affinity?.get(key)
    : undefined;
  const trace: DecisionTrace = {};
  const decided = await decideOnce(ctx, { ...options, known, trace });
  const facts = { key, known, recheck: trace.recheck };
  return toAffinityFacts(trace.meta ? { ...decided, metaTrace: trace.meta } : decided, facts);
}

/** What the decision noticed on the way, for the session entry. */
interface DecisionTrace {
  meta?: RouteDecision["metaTrace"];
  recheck?: RecheckReason | undefined;
}

/** The affinity decision: the conversation's backend and route, no classifier (see docs/routing.md). */
function stayOn(
  ctx: ChatContext,
  { known, classification }: { known: ConversationState; classification?: ClassifierResult },
): RouteDecision {
  const plan: Plan = { route: known.route, kind: "single", backend: known.backend };
  return {
    plan,
    confidence: classification ? classification.confidence : 1,
    rule: { name: "affinity" },
    classification: classification ?? null,
    ...toFallbackFacts(ctx, plan),
  };
}

async function decideOnce(
  ctx: ChatContext,
  options: DecideRouteOptions & {
    known: ConversationState | undefined;
    trace: DecisionTrace;
  },
): Promise<RouteDecision> {
  const { state, request } = ctx;
  const { config } = state;
  const { classifier, target, taskHeader, visionBackend } = options;
  const isAvailable = toAvailability(state, ctx.user);
  let tokens: number | undefined;
  const promptTokens = () => tokens ??= estimateTokens(request.messages);
  const recall = ctx.deps.recentAnswers?.recall(ctx.user.id, request.messages);
  const metaSignals = {
    ...(recall ? { recall } : {}),
    stream: request.stream,
    maxTokens: request.max_tokens ?? request.max_completion_tokens,
    responseFormat: request.response_format,
  };
  const rule = applyRules(
    {
      messages: request.messages,
      model: request.model,
      target,
      taskHeader,
      visionBackend,
      promptTokens,
      request: metaSignals,
      onMetaNearMiss: (trace) => options.trace.meta = trace,
    },
    config,
  );
  if (rule) {
    const reason = isAvailable(rule.backend);
    const plan: Plan = { route: rule.route, kind: "single", backend: rule.backend };
    if (reason !== undefined) {
      plan.backend = config.routing.defaultBackend;
      plan.fellBack = { from: rule.backend, reason };
    }
    const decided = {
      name: rule.rule,
      ...(rule.marker ? { marker: rule.marker } : {}),
      ...(rule.signals ? { signals: rule.signals } : {}),
    };
    return { plan, confidence: 1, rule: decided, classification: null, ...toFallbackFacts(ctx, plan) };
  }
  const { known } = options;
  const stays = known !== undefined && isAvailable(known.backend) === undefined;
  const onCloud = stays && state.backends.get(known.backend)?.config.location === "cloud";
  // A tool result goes back to the model that called the tool; a cloud conversation stays while the member
  // may use the cloud (budget included). Neither asks the classifier.
  if (stays && (request.messages.at(-1)?.role === "tool" || onCloud)) return stayOn(ctx, { known });
  if (options.label !== undefined) {
    const plan = choosePlan(options.label, { config, isAvailable, promptTokens });
    const rule = { name: "tool:web_search" };
    return { plan, confidence: 1, rule, classification: null, ...toFallbackFacts(ctx, plan) };
  }
  // A local conversation's ordinary follow-up stays too; a turn that may need more is put to the classifier.
  if (stays) {
    options.trace.recheck = turnMayNeedMore(request.messages, {
      aboveTokens: config.routing.affinity.recheckAboveTokens,
    });
    if (options.trace.recheck === undefined) return stayOn(ctx, { known });
  }
  const likely = choosePlan(config.routing.classifier.defaultLabel, { config, isAvailable, promptTokens });
  const speculate = request.stream === true && config.routing.speculative && likely.kind === "single" &&
    state.backends.get(likely.backend)?.config.location === "local";
  const speculation = speculate
    ? startAttempt(ctx, { backendName: likely.backend, route: likely.route, step: "answer", hop: "spec" })
    : undefined;
  const result = await classifier.classify(state, request.messages, {
    signal: ctx.signal,
    requestId: `${ctx.requestId}-cls`,
  });
  const choice = applyConfidencePolicy(result.label, { confidence: result.confidence, config });
  const plan = choosePlan(choice.label, { config, isAvailable, promptTokens });
  // A local conversation stays local unless the turn clearly needs more: a confident COMPLEX escalates, and a
  // turn that needs fresh facts (an enrich plan) gets them.
  const escalates = plan.kind !== "single" ||
    (choice.label === "COMPLEX" && (result.confidence ?? 0) >= config.routing.classifier.minConfidence);
  // The speculative local start is kept by the plan when it is on the conversation's backend, else cancelled.
  if (stays && !escalates) {
    return { ...stayOn(ctx, { known, classification: result }), ...(speculation ? { speculation } : {}) };
  }
  return {
    plan,
    confidence: result.confidence,
    rule: null,
    classification: result,
    ...toFallbackFacts(ctx, plan),
    ...(speculation ? { speculation } : {}),
  };
}
