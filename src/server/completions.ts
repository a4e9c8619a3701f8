import { type Context, Hono } from "hono";
import { toStatus } from "../api_error.ts";
import { requireBackend } from "../chat/require_backend.ts";
import { parseRequest } from "./parse_request.ts";
import { type CompletionRequest, completionRequestSchema } from "./completion_request.ts";
import { awaitBackendReady } from "../supervisor/await_backend_ready.ts";
import {
  type AnswerResult,
  relayJson,
  relayStream,
  toJsonResponse,
  toSseResponse,
} from "../relay/relay_answer.ts";
import { toStepOutcome } from "../logs/to_step_outcome.ts";
import { composeSseRewrites, mapSseEvents } from "../relay/map_sse_events.ts";
import { toFimChunk, toFimCompletion } from "./to_fim_shape.ts";
import { dropUsageEvent } from "../relay/drop_usage_event.ts";
import { readJsonBody } from "./read_json_body.ts";
import { toUpstreamStreamOptions, wantsStreamUsage } from "../relay/ask_stream_usage.ts";
import { applyFimTemplate } from "./apply_fim_template.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/**
 * `POST /v1/completions`: legacy completions (Continue autocomplete) straight to the completions
 * backend, unclassified (route `COMPLETIONS`), with a session log like every routed request; and
 * `POST /v1/fim/completions` (the fill-in-the-middle API Continue calls for providers with FIM support): the
 * same request, `prompt` and `suffix` through the backend's FIM template, answered in that API's chat shape.
 */
export function createCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const route = (shape: CompletionShape) => async (c: Context<AppEnv>) => {
    const state = deps.state.current();
    const request = parseRequest(
      completionRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(request.model);
    return await answerCompletionRequest(c, { deps, request, shape });
  };
  return new Hono<AppEnv>().post("/completions", route("completion")).post("/fim/completions", route("fim"));
}

/** How the answer is shaped: a legacy completion, or the FIM API's chat completion. */
export type CompletionShape = "completion" | "fim";

/**
 * One validated, permitted legacy completion to the completions backend, with a session entry (also the
 * Ollama API's raw and fill-in-the-middle `/api/generate`).
 */
export async function answerCompletionRequest(
  c: Context<AppEnv>,
  { deps, request, shape = "completion" }: {
    deps: RouteDeps;
    request: CompletionRequest;
    shape?: CompletionShape;
  },
): Promise<Response> {
  const state = deps.state.current();
  const { routing } = state.config;
  const { backend } = requireBackend(state, {
    model: request.model,
    fallback: routing.completionsBackend ?? routing.defaultBackend,
  });
  const prompt = typeof request.prompt === "string" ? request.prompt : JSON.stringify(request.prompt);
  const recorder = c.get("session").start({
    messages: [{ role: "user", content: prompt }],
    userQuery: prompt,
  });
  Object.assign(recorder.entry, { route: "COMPLETIONS", rule: "completions" });
  const streamOptions = toUpstreamStreamOptions(request);
  const fim = applyFimTemplate({ ...request, model: backend.config.model }, backend);
  if (fim.note) recorder.note(fim.note);
  const body: Record<string, unknown> = {
    ...fim.body,
    ...(streamOptions ? { "stream_options": streamOptions } : {}),
  };
  const { prompt: _prompt, ...params } = body;
  const finishStep = recorder.startStep("answer", backend, params);
  try {
    const headers = {
      "x-ai-router-route": "COMPLETIONS",
      "x-ai-router-backend": backend.name,
      // Autocomplete has one rule of its own: straight to the completions backend.
      "x-ai-router-rule": "completions",
    };
    const signal = c.req.raw.signal;
    const stream = request.stream === true;
    const readiness = { supervision: deps.supervision, keepAliveMs: state.config.supervisor.keepAliveMs };
    return await awaitBackendReady(
      { ...readiness, backend: backend.name, stream, signal, headers },
      async () => {
        const upstream = await backend.send({
          path: "/completions",
          body,
          signal,
          requestId: c.get("requestId"),
        });
        const onFinish = (result: AnswerResult) => {
          finishStep(toStepOutcome(upstream, result));
          recorder.finish(result.error);
        };
        const fimShape = shape === "fim";
        if (!stream) {
          const rewrite = fimShape ? toFimCompletion : undefined;
          return toJsonResponse(
            (await relayJson(upstream, { backend, signal, onFinish, rewrite })).bytes,
            headers,
          );
        }
        const eventRewrites = [
          ...fimShape ? [toFimChunk] : [],
          ...wantsStreamUsage(request) ? [] : [dropUsageEvent],
        ];
        const rewrites = eventRewrites.length > 0 ? [mapSseEvents(composeSseRewrites(...eventRewrites))] : [];
        return toSseResponse(
          relayStream(upstream, { backend, closing: deps.closing, rewrites, onFinish }),
          headers,
        );
      },
    );
  } catch (error) {
    const status = toStatus(error);
    finishStep({ status });
    recorder.fail(error, c.req.raw.signal.aborted);
    throw error;
  }
}
