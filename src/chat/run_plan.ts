import type { UpstreamResponse } from "../backends/backend.ts";
import { toStatus } from "../api_error.ts";
import { toWaitingStream } from "../supervisor/await_backend_ready.ts";
import type { ChatContext } from "./chat_context.ts";
import type { RouteDecision } from "./decide_route.ts";
import { toClientCap, toRuleHeader } from "./read_plan_facts.ts";
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
import { dropEmptyToolCalls, dropEmptyToolCallsEvent } from "../relay/drop_empty_tool_calls.ts";
import { capCompletion, createVisibleTokenCap } from "../relay/cap_visible_tokens.ts";
import { type ChatAnswer, type ChatCompletion, type RouterHeaders, toStreamAnswer } from "./chat_answer.ts";
import { gatherContext } from "./gather_context.ts";
import { readUpstreamJson, type UpstreamJson } from "../relay/read_upstream_json.ts";
import { addNoteToCompletion, cleanMetaCompletion, toNoteChunk } from "../relay/shape_answer.ts";
import { wantsStreamUsage } from "../relay/ask_stream_usage.ts";
import { type Attempt, cancelAttempt, startAttempt } from "./start_attempt.ts";
import { createSseRestorer, restoreCompletion } from "../relay/restore_placeholders.ts";
import type { PrivacyOutcome } from "./apply_privacy.ts";

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
  /** The member's privacy plan for this request: placeholders for cloud hops, the header. */
  privacy?: PrivacyOutcome | undefined;
}

/** The context a backend's call is built from: a redacted request for the cloud when the plan says so. */
function contextFor(run: Run, backendName: string): ChatContext {
  const cloud = run.privacy?.cloud;
  if (!cloud || run.ctx.state.backends.get(backendName)?.config.location !== "cloud") return run.ctx;
  return { ...run.ctx, request: cloud.request };
}

/** `x-ai-router-privacy` when the privacy plan changed anything (`kept-local`, `redacted:2`). */
function toPrivacyHeaders(run: Run): Record<string, string> {
  return run.privacy?.header ? { "x-ai-router-privacy": run.privacy.header } : {};
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
  const call = async (backendName: string, { hop, kept }: { hop: string; kept?: Attempt | undefined }) => {
    const attempt = kept ??
      startAttempt(contextFor(run, backendName), {
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
    return await call(plan.backend, { hop: "ans", kept: options.kept });
  } catch (error) {
    if (ctx.signal.aborted || plan.fallback === undefined) throw error;
    ctx.deps.logger.warn("Backend failed, using the fallback", {
      requestId: ctx.requestId,
      backend: plan.backend,
      fallback: plan.fallback,
      status: toStatus(error, 502),
    });
    run.notes.push(`Answered by ${plan.fallback} because ${plan.backend} did not answer`);
    return await call(plan.fallback, { hop: "fb" });
  }
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
    ...toPrivacyHeaders(run),
  };
  if (confidence !== null) headers["x-ai-router-confidence"] = confidence.toFixed(2);
  const isMeta = plan.route === "META";
  // The cloud got at least the floor (room to think); the client's own cap is applied here.
  const cap = toClientCap(ctx.request);
  const visibleCap = attempt.backend.config.location === "cloud" && cap !== undefined ? cap : undefined;
  // A redacted request's cloud answer gets the values back before anything else reads it.
  const redaction = attempt.backend.config.location === "cloud" ? run.privacy?.cloud?.redaction : undefined;
  const onFinish = (result: AnswerResult) => {
    attempt.finishStep(toStepOutcome(upstream, result));
    // Idle timeouts count from the end of the last answer, not its start.
    ctx.deps.supervision.touch(backend);
    run.end({ answer: result });
  };
  if (ctx.request.stream === true) {
    // Both event rewrites in one pass over the events: each chunk is decoded and split once.
    const eventRewrites: SseEventRewrite[] = [
      ...redaction ? [createSseRestorer(redaction)] : [],
      ...isMeta ? [createThinkStripper()] : [],
      ...visibleCap !== undefined ? [createVisibleTokenCap(visibleCap)] : [],
      ...wantsStreamUsage(ctx.request) ? [] : [dropUsageEvent],
      dropEmptyToolCallsEvent,
    ];
    const rewrites = [
      mapSseEvents(composeSseRewrites(...eventRewrites)),
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
  const rewrite = isMeta || note || visibleCap !== undefined || redaction
    ? (json: Json) => {
      if (redaction) restoreCompletion(json, redaction);
      if (isMeta) cleanMetaCompletion(json);
      if (visibleCap !== undefined) capCompletion(json, visibleCap);
      if (note) addNoteToCompletion(json, note);
    }
    : undefined;
  const relayOptions = { backend: attempt.backend, signal: ctx.signal, body, rewrite, onFinish };
  const { json, bytes } = dropEmptyToolCalls(await relayJson(upstream, relayOptions));
  return { kind: "json", headers, completion: json as ChatCompletion, bytes };
}

async function respond(run: Run): Promise<ChatAnswer> {
  const { ctx } = run;
  const { plan } = run.decision;
  const kept = takeSpeculation(run);
  let extraSystem: string | undefined;
  if (plan.kind === "enrich" && plan.enrichBackend !== undefined) {
    const gathered = await gatherContext(contextFor(run, plan.enrichBackend), plan.enrichBackend, {
      question: run.privacy?.enrichQuestion,
    });
    run.hops.push({ step: "enrich", backend: plan.enrichBackend, failed: gathered.backendFailed === true });
    // Context about a redacted question names placeholders: a local answer gets the values back.
    const redaction = run.privacy?.cloud?.redaction;
    const local = ctx.state.backends.get(plan.backend)?.config.location !== "cloud";
    extraSystem = redaction && local && gathered.injection
      ? redaction.restore(gathered.injection)
      : gathered.injection;
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
    ...toPrivacyHeaders(run),
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
export function runPlan(
  ctx: ChatContext,
  decision: RouteDecision,
  options: { privacy?: PrivacyOutcome | undefined } = {},
): PlanRun {
  let settle!: (end: PlanEnd) => void;
  const ended = new Promise<PlanEnd>((resolve) => settle = resolve);
  const run: Run = {
    ctx,
    decision,
    hops: [],
    notes: [...decision.notes],
    end: (end) => settle({ ...end, hops: run.hops }),
    privacy: options.privacy,
  };
  const answer = respond(run);
  answer.catch((error) => run.end({ error }));
  return { answer, ended };
}
