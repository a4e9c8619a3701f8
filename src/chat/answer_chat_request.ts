import { toApiError } from "../api_error.ts";
import type { Classifier } from "../classifier/create_classifier.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import type { RequestUser } from "../users/request_user.ts";
import type { ChatContext } from "./chat_context.ts";
import type { ChatMessage, ChatRequest } from "./chat_request.ts";
import { decideRoute } from "./decide_route.ts";
import { prepareVision } from "./inline_images.ts";
import { requireBackend } from "./require_backend.ts";
import { runPlan } from "./run_plan.ts";

/** One validated chat request and what the edge knows about it. */
export interface ChatRequestInput {
  deps: ChatContext["deps"];
  classifier: Classifier;
  request: ChatRequest;
  user: RequestUser;
  requestId: string;
  signal: AbortSignal;
  /** The META task header's value, if sent. */
  taskHeader: string | null;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** Starts the session log entry (the edge knows the client's address). */
  startRecorder: (messages: readonly ChatMessage[], userQuery: string) => SessionRecorder;
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
  input: ChatRequestInput,
  options: AnswerChatOptions = {},
): Promise<Response> {
  const { deps, classifier, request: parsed, signal } = input;
  const state = deps.state.current();
  const { routing } = state.config;
  // Images are validated and inlined up front; the rule stage then sends them to the vision backend.
  const vision = await prepareVision(parsed, state, signal);
  const request = vision ? { ...parsed, messages: vision.messages as typeof parsed.messages } : parsed;
  const isTaskModel = request.model !== undefined && routing.meta.taskModels.includes(request.model);
  const { target } = requireBackend(state, isTaskModel ? undefined : request.model, routing.defaultBackend);
  const recorder = input.startRecorder(request.messages, toLastUserText(request.messages));
  const ctx: ChatContext = {
    deps,
    state,
    request,
    user: input.user,
    requestId: input.requestId,
    signal,
    recorder,
    startedAt: input.startedAt,
    notes: [],
  };
  try {
    const decision = await decideRoute(ctx, classifier, target, input.taskHeader, {
      ...(vision ? { visionBackend: vision.backend.name } : {}),
      ...(options.label ? { label: options.label } : {}),
    });
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
