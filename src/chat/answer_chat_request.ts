import type { Classifier } from "../classifier/create_classifier.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import type { RequestUser } from "../users/request_user.ts";
import type { ChatAnswer } from "./chat_answer.ts";
import type { ChatContext } from "./chat_context.ts";
import type { ChatMessage, ChatRequest } from "./chat_request.ts";
import { decideRoute, type RouteDecision } from "./decide_route.ts";
import { prepareVision } from "./inline_images.ts";
import { type ChatSessionFacts, recordChatSession } from "./record_chat_session.ts";
import { requireBackend } from "./require_backend.ts";
import { type PlanEnd, runPlan } from "./run_plan.ts";
import { applyPrivacy, type PrivacyOutcome, scanPrivacy } from "./apply_privacy.ts";
import { answerLocally } from "./answer_locally.ts";
import { checkProfile, type ProfileRefusal } from "../routing/check_profile.ts";
import { createLocalDay } from "../users/local_day.ts";

/** One validated chat request and what the edge knows about it. */
export interface ChatRequestInput {
  deps: ChatContext["deps"];
  /** The router state this request is served with (config, backends, prompts). */
  state: ChatContext["state"];
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
  /** Drop the oldest turns to fit the chosen backend's context (`ChatContext.trimHistory`). */
  trimHistory?: boolean;
}

/** Fingerprints the answer just sent (the last answer step's content), for META by structure. */
function rememberAnswer(ctx: ChatContext, recorder: SessionRecorder): void {
  const step = recorder.entry.steps.findLast((step) =>
    step.step === "answer" && step.status < 400 && step.response_content !== ""
  );
  if (!step || !ctx.deps.recentAnswers) return;
  ctx.deps.recentAnswers.remember(ctx.user.id, {
    messages: ctx.request.messages,
    answer: step.response_content,
  });
}

/** Records which backend answered this turn of its conversation (affinity for the next turns). */
function rememberBackend(
  ctx: ChatContext,
  { decision, end }: { decision: RouteDecision; end: PlanEnd },
): void {
  const answered = end.hops.findLast((hop) => hop.step === "answer" && !hop.failed);
  const conversation = decision.affinity?.conversation;
  if (!answered || conversation === undefined || decision.plan.route === "META") return;
  ctx.deps.affinity?.record(conversation, { backend: answered.backend, route: decision.plan.route });
}

/** The request with the member's profile instruction (age-appropriate answers) as its first system message. */
function withProfileInstruction(input: ChatRequestInput, request: ChatRequest): ChatRequest {
  const instruction = input.state.config.users.members[input.user.id]?.profile?.instruction;
  if (instruction === undefined) return request;
  return { ...request, messages: [{ role: "system", content: instruction }, ...request.messages] };
}

/** The member profile's refusal of this request (allowed hours, refused topics), checked before any model. */
function toRefusal(ctx: ChatContext): ProfileRefusal | undefined {
  const { config } = ctx.state;
  const profile = config.users.members[ctx.user.id]?.profile;
  if (!profile) return undefined;
  const minuteOfDay = createLocalDay(config.users.timezone).minuteOfDay(ctx.deps.clock.now());
  return checkProfile(profile, { minuteOfDay, text: toLastUserText(ctx.request.messages) });
}

/**
 * The chat pipeline for one validated request: images, model, session log, rules or classifier, plan,
 * answer. Returns the typed answer (`chat_answer.ts`): `/v1/chat/completions` serialises it with
 * `toChatResponse`, and the edge translators (Responses, Ollama, Realtime) read its events instead of bytes.
 */
export async function answerChatRequest(
  input: ChatRequestInput,
  options: AnswerChatOptions = {},
): Promise<ChatAnswer> {
  const { deps, state, classifier, request: parsed, signal } = input;
  const { routing } = state.config;
  // Images are validated and inlined up front; the rule stage then sends them to the vision backend.
  const vision = await prepareVision(parsed, { state, signal });
  const request = withProfileInstruction(
    input,
    vision ? { ...parsed, messages: vision.messages as typeof parsed.messages } : parsed,
  );
  const isTaskModel = request.model !== undefined && routing.meta.taskModels.includes(request.model);
  const { target } = requireBackend(state, {
    model: isTaskModel ? undefined : request.model,
    fallback: routing.defaultBackend,
  });
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
    ...(options.trimHistory ? { trimHistory: true } : {}),
  };
  const images = vision
    ? {
      count: vision.imageCount,
      bytes: vision.imageBytes,
      formats: vision.formats,
      ...(vision.omitted ? { omitted: vision.omitted } : {}),
    }
    : undefined;
  const scan = scanPrivacy(ctx);
  let privacy: PrivacyOutcome | undefined;
  const record = (facts: Pick<ChatSessionFacts, "decision" | "end" | "error" | "refusal">) =>
    recordChatSession(recorder, {
      metrics: deps.metrics,
      signal,
      ...(images ? { images } : {}),
      ...(scan ? { privacy: { facts: privacy?.facts, redaction: scan.redaction } } : {}),
      ...facts,
    });
  const refusal = toRefusal(ctx);
  if (refusal) {
    record({ refusal });
    return answerLocally(refusal.message, {
      stream: request.stream === true,
      model: request.model ?? state.config.publicModel,
      requestId: input.requestId,
      nowMs: deps.clock.now(),
      headers: { "x-ai-router-route": "REFUSED", "x-ai-router-rule": `profile:${refusal.rule}` },
    });
  }
  let decision: RouteDecision;
  try {
    decision = await decideRoute(ctx, {
      classifier,
      target,
      taskHeader: input.taskHeader,
      visionBackend: vision?.backend.name,
      label: options.label,
    });
  } catch (error) {
    record({ error });
    throw error;
  }
  if (scan) {
    privacy = applyPrivacy(ctx, { scan, decision });
    decision = privacy.decision;
  }
  const run = runPlan(ctx, decision, { privacy });
  run.ended.then((end) => {
    record({ decision, end });
    rememberAnswer(ctx, recorder);
    rememberBackend(ctx, { decision, end });
  }).catch((error) => {
    // After the response: nobody else would see it, and an unhandled rejection would end the process.
    deps.logger.error("Cannot record the session entry", { requestId: ctx.requestId, error });
  });
  return await run.answer;
}
