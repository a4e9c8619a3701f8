import { Hono } from "hono";
import { createClassifier } from "../classifier/create_classifier.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import { toApiError } from "../api_error.ts";
import type { ChatContext } from "../chat/chat_context.ts";
import { chatRequestSchema, parseRequest } from "../chat/chat_request.ts";
import { decideRoute } from "../chat/decide_route.ts";
import { prepareVision } from "../chat/inline_images.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { requireBackend } from "../chat/require_backend.ts";
import { runPlan } from "../chat/run_plan.ts";
import { startSessionRecorder } from "./start_session_recorder.ts";

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
