import type { UpstreamResponse } from "../backends/backend.ts";
import { toStatus } from "../api_error.ts";
import { toWaitingStream } from "../supervisor/await_backend_ready.ts";
import type { ChatContext } from "./chat_context.ts";
import type { RouteDecision } from "./decide_route.ts";
import { type AnswerResult, relayJson, relayStream } from "../relay/relay_answer.ts";
import { toStepOutcome } from "../logs/to_step_outcome.ts";
import {
  composeSseRewrites,
  mapSseEvents,
  prependChunk,
  type SseEventRewrite,
} from "../relay/map_sse_events.ts";
import { createThinkStripper } from "../relay/strip_think_stream.ts";
import { dropUsageEvent } from "../relay/drop_usage_event.ts";
import { capCompletion, createVisibleTokenCap } from "../relay/cap_visible_tokens.ts";
import { type ChatAnswer, type ChatCompletion, type RouterHeaders, toStreamAnswer } from "./chat_answer.ts";
import { gatherContext } from "./gather_context.ts";
import { readUpstreamJson, type UpstreamJson } from "../relay/read_upstream_json.ts";
import { addNoteToCompletion, cleanMetaCompletion, toNoteChunk } from "../relay/shape_answer.ts";
import { wantsStreamUsage } from "../relay/ask_stream_usage.ts";
import { type Attempt, cancelAttempt, startAttempt } from "./start_attempt.ts";

type Json = Record<string, unknown>;

/**
 * What happened on one hop of a plan, in order: the answer started while classifying (kept or cancelled),
 * the ENRICH hop (`failed` when its backend failed), and each answer call (`failed` when it failed before
 * its first byte; a following answer hop is the plan's fallback).
 */
export type Hop =
  | { step: "speculation"; backend: string; kept: boolean }
  | { step: "enrich" | "answer"; backend: string; failed: boolean };

/** How a plan ended: its hops, and the relayed answer or what was thrown instead. */
export interface PlanEnd {
  hops: Hop[];
  /** The answer as relayed (a stream may still carry an error); absent when the plan threw. */
  answer?: AnswerResult;
  /** Set when no answer was relayed: no backend answered, or the wait for a stopped container failed. */
  error?: unknown;
}

/** A running plan: the client's response, and what happened once the request has ended. */
export interface PlanRun {
  /** The typed answer; rejects when the plan fails before it has one. */
  answer: Promise<ChatAnswer>;
  /** Settles (never rejects) once the answer is complete, failed or cancelled. */
  ended: Promise<PlanEnd>;
}

interface Run {
  ctx: ChatContext;
  decision: RouteDecision;
  hops: Hop[];
  /** Visible notes for the answer: the decision's, then this run's. */
  notes: string[];
  end: (end: Omit<PlanEnd, "hops">) => void;
}

interface SentAnswer {
  attempt: Attempt;
  upstream: UpstreamResponse;
  /** A non-streaming answer's body, read before anything reaches the client so a failure can fall back. */
  body?: UpstreamJson;
}

/** Waits for an attempt's answer and, when not streaming, its whole body (a break or non-JSON is a 502). */
async function awaitAnswer(ctx: ChatContext, attempt: Attempt): Promise<SentAnswer> {
  const upstream = await attempt.pending;
  if (ctx.request.stream === true) return { attempt, upstream };
  const { name, config } = attempt.backend;
  try {
    const options = { backendName: name, idleMs: config.timeouts.idleMs, signal: ctx.signal };
    return { attempt, upstream, body: await readUpstreamJson(upstream, options) };
  } catch (error) {
    upstream.release(ctx.signal.aborted ? undefined : (error as Error).message);
    throw error;
  }
}

/** Keeps the speculative local start when the plan answers with that backend, else cancels it at once. */
function takeSpeculation(run: Run): Attempt | undefined {
  const { plan, speculation } = run.decision;
  if (!speculation) return undefined;
  const kept = plan.kind === "single" && speculation.backend.name === plan.backend;
  run.hops.push({ step: "speculation", backend: speculation.backend.name, kept });
  if (kept) return speculation;
  cancelAttempt(speculation);
  return undefined;
}

/** Sends the answer request, moving to the plan's fallback when the first backend fails before anything was sent. */
async function sendAnswer(
  run: Run,
  options: { extraSystem: string | undefined; kept: Attempt | undefined },
): Promise<SentAnswer> {
  const { ctx, hops } = run;
  const { plan } = run.decision;
  // Each call has its own upstream request id: `-ans` for the plan's backend, `-fb` for the fallback.
  const call = async (backendName: string, hop: string, kept?: Attempt) => {
    const attempt = kept ??
      startAttempt(ctx, {
        backendName,
        route: plan.route,
        step: "answer",
        extraSystem: options.extraSystem,
        hop,
      });
    try {
      const sent = await awaitAnswer(ctx, attempt);
      hops.push({ step: "answer", backend: backendName, failed: false });
      return sent;
    } catch (error) {
      attempt.finishStep({ status: toStatus(error, 502) });
      hops.push({ step: "answer", backend: backendName, failed: true });
      throw error;
    }
  };
  try {
    return await call(plan.backend, "ans", options.kept);
  } catch (error) {
    if (ctx.signal.aborted || plan.fallback === undefined) throw error;
    ctx.deps.logger.warn("Backend failed, using the fallback", {
      requestId: ctx.requestId,
      backend: plan.backend,
      fallback: plan.fallback,
      status: toStatus(error, 502),
    });
    run.notes.push(`Answered by ${plan.fallback} because ${plan.backend} did not answer`);
    return await call(plan.fallback, "fb");
  }
}

/** `x-ai-router-rule`: the rule that decided (`meta`, `alias`, `vision`, `long-context`) or `classifier`. */
function toRuleHeader(decision: RouteDecision): string {
  return decision.rule?.name ?? "classifier";
}

function toNote(run: Run, backend: string): string | undefined {
  const { plan, confidence } = run.decision;
  if (plan.route === "META") return undefined;
  const parts = [...run.notes];
  if (run.ctx.state.config.routing.note) {
    const sure = confidence === null ? "" : ` (confidence ${confidence.toFixed(2)})`;
    parts.unshift(`Routed ${plan.route} to ${backend}${sure}`);
  }
  return parts.length === 0 ? undefined : `_${parts.join("; ")}._`;
}

/** The client's length cap (`max_tokens` or `max_completion_tokens`), if it sent one. */
function toClientCap(request: ChatContext["request"]): number | undefined {
  const cap = request.max_tokens ?? request.max_completion_tokens;
  return typeof cap === "number" ? cap : undefined;
}

/** The answer: sent (or fallen back), then relayed or rewritten with the decision in headers and notes. */
async function answer(
  run: Run,
  options: { extraSystem: string | undefined; kept: Attempt | undefined },
): Promise<ChatAnswer> {
  const { ctx } = run;
  const { plan, confidence } = run.decision;
  const { attempt, upstream, body } = await sendAnswer(run, options);
  const backend = attempt.backend.name;
  const note = toNote(run, backend);
  const headers: Record<string, string> = {
    "x-ai-router-route": plan.route,
    "x-ai-router-backend": backend,
    "x-ai-router-rule": toRuleHeader(run.decision),
  };
  if (confidence !== null) headers["x-ai-router-confidence"] = confidence.toFixed(2);
  const isMeta = plan.route === "META";
  // The cloud got at least the floor (room to think); the client's own cap is applied here.
  const cap = toClientCap(ctx.request);
  const visibleCap = attempt.backend.config.location === "cloud" && cap !== undefined ? cap : undefined;
  const onFinish = (result: AnswerResult) => {
    attempt.finishStep(toStepOutcome(upstream, result));
    // Idle timeouts count from the end of the last answer, not its start.
    ctx.deps.supervision.touch(backend);
    run.end({ answer: result });
  };
  if (ctx.request.stream === true) {
    // Both event rewrites in one pass over the events: each chunk is decoded and split once.
    const eventRewrites: SseEventRewrite[] = [
      ...isMeta ? [createThinkStripper()] : [],
      ...visibleCap !== undefined ? [createVisibleTokenCap(visibleCap)] : [],
      ...wantsStreamUsage(ctx.request) ? [] : [dropUsageEvent],
    ];
    const rewrites = [
      ...eventRewrites.length > 0 ? [mapSseEvents(composeSseRewrites(...eventRewrites))] : [],
      ...note ? [prependChunk(toNoteChunk(note, ctx.state.config.publicModel))] : [],
    ];
    const body = relayStream(upstream, {
      backend: attempt.backend,
      closing: ctx.deps.closing,
      rewrites,
      onFinish,
    });
    return toStreamAnswer(body, headers);
  }
  const rewrite = isMeta || note || visibleCap !== undefined
    ? (json: Json) => {
      if (isMeta) cleanMetaCompletion(json);
      if (visibleCap !== undefined) capCompletion(json, visibleCap);
      if (note) addNoteToCompletion(json, note);
    }
    : undefined;
  const { json, bytes } = await relayJson(upstream, {
    backend: attempt.backend,
    signal: ctx.signal,
    body,
    rewrite,
    onFinish,
  });
  return { kind: "json", headers, completion: json as ChatCompletion, bytes };
}

async function respond(run: Run): Promise<ChatAnswer> {
  const { ctx } = run;
  const { plan } = run.decision;
  const kept = takeSpeculation(run);
  let extraSystem: string | undefined;
  if (plan.kind === "enrich" && plan.enrichBackend !== undefined) {
    const gathered = await gatherContext(ctx, plan.enrichBackend);
    run.hops.push({ step: "enrich", backend: plan.enrichBackend, failed: gathered.backendFailed === true });
    extraSystem = gathered.injection;
    if (gathered.failure) run.notes.push(`Answered without current information: ${gathered.failure}`);
  }
  const { supervision } = ctx.deps;
  // A backend on a lost box or in backoff fails at once: its plan's fallback answers, with no SSE wait in front.
  if (
    ctx.request.stream !== true || supervision.isReady(plan.backend) ||
    supervision.isUnreachable?.(plan.backend) === true || supervision.isFailing?.(plan.backend) === true
  ) {
    return await answer(run, { extraSystem, kept });
  }
  // A stream waiting for a stopped container gets SSE keep-alive comments meanwhile.
  const headers: RouterHeaders = {
    "x-ai-router-route": plan.route,
    "x-ai-router-backend": plan.backend,
    "x-ai-router-rule": toRuleHeader(run.decision),
  };
  const body = toWaitingStream({
    supervision,
    backend: plan.backend,
    signal: ctx.signal,
    keepAliveMs: ctx.state.config.supervisor.keepAliveMs,
    onError: (error) => run.end({ error }),
  }, async () => {
    const answered = await answer(run, { extraSystem, kept });
    return answered.kind === "stream" ? answered.body() : ReadableStream.from([answered.bytes]);
  });
  return toStreamAnswer(body, headers);
}

/**
 * Carries out a plan: the ENRICH first hop if any, then the answer (speculative start kept or cancelled,
 * fallback on failure), with the routing decision in headers and notes in the answer. Returns the typed
 * answer and, once the request has ended, what happened on each hop; it writes no session entry and counts no metric.
 */
export function runPlan(ctx: ChatContext, decision: RouteDecision): PlanRun {
  let settle!: (end: PlanEnd) => void;
  const ended = new Promise<PlanEnd>((resolve) => settle = resolve);
  const run: Run = {
    ctx,
    decision,
    hops: [],
    notes: [...decision.notes],
    end: (end) => settle({ ...end, hops: run.hops }),
  };
  const answer = respond(run);
  answer.catch((error) => run.end({ error }));
  return { answer, ended };
}
