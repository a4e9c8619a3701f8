import { type Context, Hono } from "hono";
import { type Classifier, createClassifier } from "../classifier/create_classifier.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import { resolveModel } from "../routing/resolve_model.ts";
import type { RouterState } from "../router_state.ts";
import { notFound, toApiError } from "./api_error.ts";
import type { ChatContext } from "./chat_context.ts";
import { type ChatRequest, chatRequestSchema, parseRequest } from "./chat_request.ts";
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
      `The model "${model}" does not exist or you do not have access to it`,
      "model_not_found",
      "model",
    );
  }
  return { target, backend };
}

/** Options for {@linkcode answerChatRequest}. */
export interface AnswerChatOptions {
  /** Routes with this label's plan instead of asking the classifier (a Responses `web_search` tool: ENRICH). */
  label?: string;
}

/**
 * The chat pipeline for one validated request: images, model, session log, rules or classifier, plan,
 * answer. `POST /v1/chat/completions` and `POST /v1/responses` (translated to chat) both end here.
 */
export async function answerChatRequest(
  c: Context<AppEnv>,
  pipeline: { deps: RouteDeps; classifier: Classifier; parsed: ChatRequest; startedAt: number },
  options: AnswerChatOptions = {},
): Promise<Response> {
  const { deps, classifier, parsed, startedAt } = pipeline;
  const state = deps.state.current();
  const { routing } = state.config;
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
      {
        ...(vision ? { visionBackend: vision.backend.name } : {}),
        ...(options.label ? { label: options.label } : {}),
      },
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
}

/** `POST /v1/chat/completions`: parse → rules or classifier → plan → answer, with a session log. */
export function createChatCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const classifier = createClassifier({ metrics: deps.metrics, logger: deps.logger });
  return new Hono<AppEnv>().post("/chat/completions", async (c) => {
    const startedAt = performance.now();
    const state = deps.state.current();
    const parsed = parseRequest(
      chatRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    return await answerChatRequest(c, { deps, classifier, parsed, startedAt });
  });
}
