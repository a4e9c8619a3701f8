import { Hono } from "hono";
import { resolveModel } from "../routing/resolve_model.ts";
import type { RouterState } from "../router_state.ts";
import { notFound } from "./api_error.ts";
import { chatRequestSchema, parseRequest } from "./chat_request.ts";
import { forwardToBackend } from "./forward_to_backend.ts";
import { prepareVision } from "./inline_images.ts";
import { readJsonBody } from "./read_json_body.ts";
import { recordFailedSession, recordSession } from "./record_session_stub.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** Finds the backend for a model id or throws the 404 the `openai` client maps to `NotFoundError`. */
export function requireBackend(state: RouterState, model: string | undefined, fallback: string) {
  const target = resolveModel(model, state.config, fallback);
  const backend = target.kind === "unknown" ? undefined : state.backends.get(target.backend);
  if (!backend) {
    throw notFound(
      `The model "${model}" does not exist or you do not have access to it`,
      "model_not_found",
      "model",
    );
  }
  return { target, backend };
}

/** `POST /v1/chat/completions`. */
export function createChatCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/chat/completions", async (c) => {
    const started = performance.now();
    const state = deps.state.current();
    const request = parseRequest(
      chatRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    // The vision rule: image parts anywhere in the history decide the backend (AUDIO_VISION.md §6.3).
    const vision = await prepareVision(request, state, c.req.raw.signal);
    if (vision) deps.metrics.ruleDecisions.inc({ rule: "vision" });
    let { backend } = vision ?? requireBackend(state, request.model, state.config.routing.defaultBackend);
    // TODO(#3): stand-in until routing lands: no cloud for a member without permission or budget.
    const user = c.get("user");
    if (backend.config.location === "cloud" && !user.cloudAllowed) {
      backend = state.backends.get(state.config.routing.defaultBackend) ?? backend;
    }
    const session = {
      sinks: deps.sessionSinks,
      requestId: c.get("requestId"),
      user: user.id,
      route: vision ? "VISION" : "direct",
      backend,
      started,
    };
    try {
      return await recordSession(
        session,
        await forwardToBackend({
          backend,
          path: "/chat/completions",
          body: { ...request, ...(vision ? { messages: vision.messages } : {}), model: backend.config.model },
          stream: request.stream === true,
          requestId: c.get("requestId"),
          signal: c.req.raw.signal,
          headers: {
            "x-ai-router-backend": backend.name,
            ...(vision ? { "x-ai-router-route": "VISION" } : {}),
          },
          readiness: { supervision: deps.supervision, keepAliveMs: state.config.supervisor.keepAliveMs },
        }),
      );
    } catch (error) {
      recordFailedSession(session, error);
      throw error;
    }
  });
}
