import { Hono } from "hono";
import { toStatus } from "../api_error.ts";
import { requireBackend } from "../chat/require_backend.ts";
import { parseRequest } from "./parse_request.ts";
import { completionRequestSchema } from "./completion_request.ts";
import { awaitBackendReady } from "../supervisor/await_backend_ready.ts";
import {
  type AnswerResult,
  relayJson,
  relayStream,
  toJsonResponse,
  toSseResponse,
} from "../relay/relay_answer.ts";
import { toStepOutcome } from "../logs/to_step_outcome.ts";
import { mapSseEvents } from "../relay/map_sse_events.ts";
import { dropUsageEvent } from "../relay/drop_usage_event.ts";
import { readJsonBody } from "./read_json_body.ts";
import { toUpstreamStreamOptions, wantsStreamUsage } from "../relay/ask_stream_usage.ts";
import { applyFimTemplate } from "./apply_fim_template.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/**
 * `POST /v1/completions`: legacy completions (Continue autocomplete) straight to the completions
 * backend, unclassified (route `COMPLETIONS`), with a session log like every routed request.
 */
export function createCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/completions", async (c) => {
    const state = deps.state.current();
    const request = parseRequest(
      completionRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(request.model);
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
          if (!stream) {
            return toJsonResponse((await relayJson(upstream, { backend, signal, onFinish })).bytes, headers);
          }
          const rewrites = wantsStreamUsage(request) ? [] : [mapSseEvents(dropUsageEvent)];
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
  });
}
