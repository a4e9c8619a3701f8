import type { UpstreamResponse } from "../backends/backend.ts";
import { awaitBackendReady } from "./await_backend_ready.ts";
import type { ChatContext } from "./chat_context.ts";
import type { RouteDecision } from "./decide_route.ts";
import { type AnswerResult, respondFromUpstream, toStepOutcome } from "./respond_from_upstream.ts";
import { gatherContext } from "./gather_context.ts";
import { readUpstreamJson, type UpstreamJson } from "./read_upstream_json.ts";
import { addNoteToCompletion, cleanMetaCompletion, toNoteChunk } from "./shape_answer.ts";
import { type Attempt, cancelAttempt, startAttempt } from "./start_attempt.ts";

type Json = Record<string, unknown>;

/** Keeps the speculative local start when the plan answers with that backend, else cancels it at once. */
function takeSpeculation(ctx: ChatContext, decision: RouteDecision): Attempt | undefined {
  const { plan, speculation } = decision;
  if (!speculation) return undefined;
  if (plan.kind === "single" && speculation.backend.name === plan.backend) {
    ctx.deps.metrics.speculativeStarts.inc({ outcome: "kept" });
    return speculation;
  }
  ctx.deps.metrics.speculativeStarts.inc({ outcome: "cancelled" });
  cancelAttempt(speculation);
  return undefined;
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
    return { attempt, upstream, body: await readUpstreamJson(upstream.response, options) };
  } catch (error) {
    upstream.release(ctx.signal.aborted ? undefined : (error as Error).message);
    throw error;
  }
}

/** Sends the answer request, moving to the plan's fallback when the first backend fails before anything was sent. */
async function sendAnswer(
  ctx: ChatContext,
  plan: RouteDecision["plan"],
  extraSystem: string | undefined,
  kept: Attempt | undefined,
): Promise<SentAnswer> {
  const options = { route: plan.route, step: "answer", extraSystem };
  const attempt = kept ?? startAttempt(ctx, plan.backend, options);
  try {
    return await awaitAnswer(ctx, attempt);
  } catch (error) {
    const status = (error as { status?: number }).status ?? 502;
    attempt.finishStep({ status });
    if (ctx.signal.aborted || plan.fallback === undefined) throw error;
    ctx.deps.metrics.fallbacks.inc({ from: plan.backend, to: plan.fallback, reason: "failed" });
    ctx.deps.logger.warn("Backend failed, using the fallback", {
      requestId: ctx.requestId,
      backend: plan.backend,
      fallback: plan.fallback,
      status,
    });
    ctx.notes.push(`Answered by ${plan.fallback} because ${plan.backend} did not answer`);
    const fallback = startAttempt(ctx, plan.fallback, options);
    try {
      return await awaitAnswer(ctx, fallback);
    } catch (fallbackError) {
      fallback.finishStep({ status: (fallbackError as { status?: number }).status ?? 502 });
      throw fallbackError;
    }
  }
}

function toNote(ctx: ChatContext, decision: RouteDecision, backend: string): string | undefined {
  const { plan, confidence } = decision;
  if (plan.route === "META") return undefined;
  const parts = [...ctx.notes];
  if (ctx.state.config.routing.note) {
    const sure = confidence === null ? "" : ` (confidence ${confidence.toFixed(2)})`;
    parts.unshift(`Routed ${plan.route} to ${backend}${sure}`);
  }
  return parts.length === 0 ? undefined : `_${parts.join("; ")}._`;
}

/** Ends the request's log entry once the answer is complete, failed or cancelled. */
function finishAnswer(
  ctx: ChatContext,
  attempt: Attempt,
  upstream: UpstreamResponse,
  result: AnswerResult,
) {
  attempt.finishStep(toStepOutcome(upstream, result));
  // Requests, latency, time to first token and tokens are counted from the entry by the metrics sink.
  // Idle timeouts count from the end of the last answer, not its start.
  ctx.deps.supervision.touch(attempt.backend.name);
  ctx.recorder.finish(result.error);
}

/**
 * Carries out a plan: the ENRICH first hop if any, then the answer (speculative start kept or
 * cancelled, fallback on failure), with the routing decision in headers and notes in the answer.
 */
export async function runPlan(ctx: ChatContext, decision: RouteDecision): Promise<Response> {
  const { plan } = decision;
  const kept = takeSpeculation(ctx, decision);
  let extraSystem: string | undefined;
  if (plan.kind === "enrich" && plan.enrichBackend !== undefined) {
    const gathered = await gatherContext(ctx, plan.enrichBackend);
    extraSystem = gathered.injection;
    if (gathered.failure) ctx.notes.push(`Answered without current information: ${gathered.failure}`);
  }
  const answer = async () => {
    const { attempt, upstream, body } = await sendAnswer(ctx, plan, extraSystem, kept);
    const backend = attempt.backend.name;
    const note = toNote(ctx, decision, backend);
    const headers: Record<string, string> = {
      "x-ai-router-route": plan.route,
      "x-ai-router-backend": backend,
    };
    if (decision.confidence !== null) headers["x-ai-router-confidence"] = decision.confidence.toFixed(2);
    const isMeta = plan.route === "META";
    return await respondFromUpstream(upstream, {
      backend: attempt.backend,
      stream: ctx.request.stream === true,
      headers,
      signal: ctx.signal,
      closing: ctx.deps.closing,
      ...(body ? { body } : {}),
      ...(note ? { prefix: toNoteChunk(note, ctx.state.config.publicModel) } : {}),
      ...(isMeta ? { stripThink: true } : {}),
      ...(isMeta || note
        ? {
          rewriteJson: (json: Json) => {
            if (isMeta) cleanMetaCompletion(json);
            if (note) addNoteToCompletion(json, note);
          },
        }
        : {}),
      onFinish: (result) => finishAnswer(ctx, attempt, upstream, result),
    });
  };
  // A stream waiting for a stopped container gets SSE keep-alive comments meanwhile.
  const { supervision } = ctx.deps;
  if (ctx.request.stream === true && !supervision.isReady(plan.backend)) {
    return await awaitBackendReady({
      supervision,
      backend: plan.backend,
      stream: true,
      signal: ctx.signal,
      keepAliveMs: ctx.state.config.supervisor.keepAliveMs,
      headers: { "x-ai-router-route": plan.route, "x-ai-router-backend": plan.backend },
    }, answer);
  }
  return await answer();
}
