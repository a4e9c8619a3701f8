import { Hono } from "hono";
import { createClassifier } from "../classifier/create_classifier.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import { resolveModel } from "../routing/resolve_model.ts";
import type { RouterState } from "../router_state.ts";
import { notFound, toApiError } from "./api_error.ts";
import { clipForEcho } from "./clip_for_echo.ts";
import type { ChatContext } from "./chat_context.ts";
import { chatRequestSchema, parseRequest } from "./chat_request.ts";
import { decideRoute } from "./decide_route.ts";
import { prepareVision } from "./inline_images.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { runPlan } from "./run_plan.ts";
import { startSessionRecorder } from "./start_session_recorder.ts";

/** Finds the backend for a model id or throws the 404 the `openai` client maps to `NotFoundError`. */
export function requireBackend(state: RouterState, model: string | undefined, fallback: string) {
  const target = resolveModel(model, state.config, fallback);
  const backend = target.kind === "unknown" ? undefined : state.backends.get(target.backend);
  if (!backend) {
    throw notFound(
      `The model "${clipForEcho(model ?? "")}" does not exist or you do not have access to it`,
      "model_not_found",
      "model",
    );
  }
  return { target, backend };
}

/** `POST /v1/chat/completions`: parse → rules or classifier → plan → answer, with a session log. */
export function createChatCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const classifier = createClassifier({ metrics: deps.metrics, logger: deps.logger });
  return new Hono<AppEnv>().post("/chat/completions", async (c) => {
    const startedAt = performance.now();
    const state = deps.state.current();
    const { routing } = state.config;
    const parsed = parseRequest(
      chatRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(parsed.model);
    // Images are validated and inlined up front; the rule stage then sends them to the vision backend.
    const vision = await prepareVision(parsed, state, c.req.raw.signal);
    const request = vision ? { ...parsed, messages: vision.messages as typeof parsed.messages } : parsed;
    const isTaskModel = request.model !== undefined && routing.meta.taskModels.includes(request.model);
    const { target } = requireBackend(state, isTaskModel ? undefined : request.model, routing.defaultBackend);
    const user = c.get("user");
    const recorder = startSessionRecorder(c, deps, state, {
      messages: request.messages,
      userQuery: toLastUserText(request.messages),
    });
    const ctx: ChatContext = {
      deps,
      state,
      request,
      user,
      requestId: c.get("requestId"),
      signal: c.req.raw.signal,
      recorder,
      startedAt,
      notes: [],
    };
    try {
      const decision = await decideRoute(
        ctx,
        classifier,
        target,
        c.req.header(routing.meta.taskHeader) ?? null,
        vision?.backend.name,
      );
      if (vision) {
        const { imageCount: count, imageBytes: bytes, formats } = vision;
        recorder.entry.images = { count, bytes, formats };
        const backend = decision.plan.backend;
        for (const format of formats) deps.metrics.visionImages.inc({ backend, format });
        deps.metrics.visionImageBytes.inc({ backend }, bytes);
      }
      return await runPlan(ctx, decision);
    } catch (error) {
      // The metrics sink counts the request from this entry, like every finished one.
      if (!recorder.entry.route) recorder.entry.route = "UNKNOWN";
      if (ctx.signal.aborted) recorder.finish("cancelled by the client", 499);
      else recorder.finish(toApiError(error).message, toApiError(error).status);
      throw error;
    }
  });
}
