import { Hono } from "hono";
import { completionRequestSchema } from "./completion_request.ts";
import { requireBackend } from "./chat_completions.ts";
import { parseRequest } from "./chat_request.ts";
import { forwardToBackend } from "./forward_to_backend.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `POST /v1/completions`: legacy completions (Continue autocomplete) straight to the completions backend. */
export function createCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/completions", async (c) => {
    const state = deps.state.current();
    const request = parseRequest(
      completionRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    const { routing } = state.config;
    const { backend } = requireBackend(
      state,
      request.model,
      routing.completionsBackend ?? routing.defaultBackend,
    );
    return await forwardToBackend({
      backend,
      path: "/completions",
      body: { ...request, model: backend.config.model },
      stream: request.stream === true,
      requestId: c.get("requestId"),
      signal: c.req.raw.signal,
      headers: { "x-ai-router-backend": backend.name },
      readiness: { supervision: deps.supervision, keepAliveMs: state.config.supervisor.keepAliveMs },
    });
  });
}
