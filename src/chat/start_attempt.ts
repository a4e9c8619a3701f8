import type { Backend, UpstreamResponse } from "../backends/backend.ts";
import type { StepOutcome } from "../logs/session_recorder.ts";
import { buildUpstreamBody } from "./build_upstream_body.ts";
import { type ChatContext, getBackend, getConversationKey } from "./chat_context.ts";
import { dropParams } from "./drop_params.ts";
import { fitHistory } from "./fit_history.ts";

/** One upstream call for the answer, started but maybe not yet answered. */
export interface Attempt {
  backend: Backend;
  pending: Promise<UpstreamResponse>;
  finishStep: (outcome: StepOutcome) => void;
  /** Aborts this call only (a cancelled speculative start). */
  controller: AbortController;
}

/** Options for {@linkcode startAttempt}. */
export interface AttemptOptions {
  /** The backend to call (a plan step's name). */
  backendName: string;
  route: string;
  step: string;
  /**
   * Suffix of this call's upstream request id (`<id>-<hop>`): every hop of one request needs its own id,
   * because vLLM before the random suffix of vllm-project/vllm#27987 refuses an `X-Request-Id` already in
   * flight ("Request id … already running", vllm/v1/engine/output_processor.py), e.g. a speculative start
   * and the classifier on the same server.
   */
  hop: string;
  /** Injected context (ENRICH) added to the system prompt. */
  extraSystem?: string | undefined;
}

/**
 * The conversation id for a cloud's prompt cache: xAI routes requests with the same `x-grok-conv-id` to the
 * same server, where the cached prefix lives (docs.x.ai, developers/advanced-api-usage/prompt-caching,
 * "Maximizing Cache Hits"). The id is the router's conversation hash, never the text.
 */
function toCacheHeaders(ctx: ChatContext, backend: Backend): Record<string, string> {
  if (backend.config.location !== "cloud") return {};
  const key = getConversationKey(ctx);
  return key === undefined ? {} : { "x-grok-conv-id": `ai-router-${key}` };
}

/** Builds the upstream body for `options.backendName` and sends it, timing it as a session log step. */
export function startAttempt(ctx: ChatContext, options: AttemptOptions): Attempt {
  const { state, request, recorder, requestId } = ctx;
  const backend = getBackend(state, options.backendName);
  const body = buildUpstreamBody(request, backend, {
    prompts: state.prompts,
    route: options.route,
    cloudMaxTokensFloor: state.config.routing.cloudMaxTokensFloor,
    thinkingOffBelowTokens: state.config.routing.thinkingOffBelowTokens,
    ...(options.extraSystem === undefined ? {} : { extraSystem: options.extraSystem }),
  });
  const dropped = dropParams(body, backend.config.dropParams);
  if (dropped.length > 0) {
    recorder.note(`${backend.name} was sent the request without ${dropped.join(", ")} (its dropParams)`);
  }
  // Here the backend, and so its context, is known: each hop (speculative start, answer, fallback) fits
  // its own.
  if (ctx.trimHistory) {
    const { contextLength } = backend.config;
    const fitted = fitHistory(body, { contextLength });
    if (fitted.dropped > 0) {
      body.messages = fitted.messages;
      recorder.note(
        `${backend.name} was sent the chat without its ${fitted.dropped} oldest messages, to fit its context of ` +
          `${contextLength} tokens (about ${fitted.tokens} of ${fitted.budget} kept for the prompt)`,
      );
    }
  }
  const finishStep = recorder.startStep(options.step, backend, body);
  // Aborted by the client leaving or by cancelAttempt. A listener on the request's own signal instead of
  // AbortSignal.any, which allocates weak references and a finalization entry for every request.
  const controller = new AbortController();
  const signal = controller.signal;
  if (ctx.signal.aborted) controller.abort(ctx.signal.reason);
  else ctx.signal.addEventListener("abort", () => controller.abort(ctx.signal.reason), { once: true });
  const headers = toCacheHeaders(ctx, backend);
  const send = () =>
    backend.send({
      path: "/chat/completions",
      body,
      signal,
      requestId: `${requestId}-${options.hop}`,
      headers,
    });
  // A supervised backend whose container is stopped (idle, swapped out) is started first.
  const { supervision } = ctx.deps;
  supervision.touch(backend.name);
  const pending = supervision.isReady(backend.name)
    ? send()
    : supervision.ensureReady(backend.name, signal).then(send);
  // A speculative start may be abandoned before anyone awaits it.
  pending.catch(() => {});
  return { backend, pending, finishStep, controller };
}

/** Abandons an attempt: aborts the upstream call (or its body) and frees its slot. */
export function cancelAttempt(attempt: Attempt): void {
  attempt.controller.abort();
  attempt.pending.then((upstream) => {
    upstream.response.body?.cancel().catch(() => {});
    upstream.release();
  }, () => {});
  attempt.finishStep({ status: 499, content: "" });
}
