import { Hono } from "hono";
import { toApiError } from "./api_error.ts";
import { requireBackend } from "./chat_completions.ts";
import { parseRequest } from "./chat_request.ts";
import { completionRequestSchema } from "./completion_request.ts";
import { awaitBackendReady } from "./await_backend_ready.ts";
import { respondFromUpstream, toStepOutcome } from "./respond_from_upstream.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { startSessionRecorder } from "./start_session_recorder.ts";

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
    const { backend } = requireBackend(
      state,
      request.model,
      routing.completionsBackend ?? routing.defaultBackend,
    );
    const prompt = typeof request.prompt === "string" ? request.prompt : JSON.stringify(request.prompt);
    const recorder = startSessionRecorder(c, deps, state, {
      messages: [{ role: "user", content: prompt }],
      userQuery: prompt,
    });
    Object.assign(recorder.entry, { route: "COMPLETIONS", rule: "completions" });
    const body = { ...request, model: backend.config.model };
    const { prompt: _prompt, ...params } = body;
    const finishStep = recorder.startStep("answer", backend, params);
    try {
      const headers = { "x-ai-router-route": "COMPLETIONS", "x-ai-router-backend": backend.name };
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
          return await respondFromUpstream(upstream, {
            backend,
            stream,
            headers,
            signal,
            closing: deps.closing,
            onFinish: (result) => {
              finishStep(toStepOutcome(upstream, result));
              recorder.finish(result.error);
            },
          });
        },
      );
    } catch (error) {
      const apiError = toApiError(error);
      finishStep({ status: apiError.status });
      if (c.req.raw.signal.aborted) recorder.finish("cancelled by the client", 499);
      else recorder.finish(apiError.message, apiError.status);
      throw error;
    }
  });
}
