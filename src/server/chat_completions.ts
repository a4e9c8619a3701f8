import { Hono } from "hono";
import { createClassifier } from "../classifier/create_classifier.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import type { ChatContext } from "../chat/chat_context.ts";
import { chatRequestSchema, parseRequest } from "../chat/chat_request.ts";
import { decideRoute, type RouteDecision } from "../chat/decide_route.ts";
import { prepareVision } from "../chat/inline_images.ts";
import { type ChatSessionFacts, recordChatSession } from "../chat/record_chat_session.ts";
import { requireBackend } from "../chat/require_backend.ts";
import { runPlan } from "../chat/run_plan.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

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
    const vision = await prepareVision(parsed, { state, signal: c.req.raw.signal });
    const request = vision ? { ...parsed, messages: vision.messages as typeof parsed.messages } : parsed;
    const isTaskModel = request.model !== undefined && routing.meta.taskModels.includes(request.model);
    const { target } = requireBackend(state, {
      model: isTaskModel ? undefined : request.model,
      fallback: routing.defaultBackend,
    });
    const recorder = c.get("session").start({
      messages: request.messages,
      userQuery: toLastUserText(request.messages),
    });
    const ctx: ChatContext = {
      deps,
      state,
      request,
      user: c.get("user"),
      requestId: c.get("requestId"),
      signal: c.req.raw.signal,
      recorder,
      startedAt,
    };
    const images = vision
      ? { count: vision.imageCount, bytes: vision.imageBytes, formats: vision.formats }
      : undefined;
    const record = (facts: Pick<ChatSessionFacts, "decision" | "end" | "error">) =>
      recordChatSession(recorder, {
        metrics: deps.metrics,
        signal: ctx.signal,
        ...(images ? { images } : {}),
        ...facts,
      });
    let decision: RouteDecision;
    try {
      decision = await decideRoute(ctx, {
        classifier,
        target,
        taskHeader: c.req.header(routing.meta.taskHeader) ?? null,
        visionBackend: vision?.backend.name,
      });
    } catch (error) {
      record({ error });
      throw error;
    }
    const run = runPlan(ctx, decision);
    run.ended.then((end) => record({ decision, end })).catch((error) => {
      // After the response: nobody else would see it, and an unhandled rejection would end the process.
      deps.logger.error("Cannot record the session entry", { requestId: ctx.requestId, error });
    });
    return await run.response;
  });
}
