import { type ConversationAffinity, toConversationKey } from "../routing/conversation_affinity.ts";
import type { RecentAnswers } from "../routing/recent_answers.ts";
import type { PrivateConversations } from "../privacy/private_conversations.ts";
import type { Backend } from "../backends/backend.ts";
import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { RouterState } from "../router_state.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import type { RequestUser } from "../users/request_user.ts";
import { unavailable } from "../api_error.ts";
import type { ChatRequest } from "./chat_request.ts";

/** What the chat stages use from the app (the HTTP edge's `RouteDeps` has it all). */
export interface ChatDeps {
  logger: Logger;
  /** The wall clock: the date given to the model with current information. */
  clock: Clock;
  metrics: Metrics;
  supervision: Supervision;
  /** Aborted when a stop's grace period is over: streams still open end with one error event. */
  closing?: AbortSignal;
  /** Fingerprints of recent answers per member (META by structure); absent, nothing is remembered. */
  recentAnswers?: RecentAnswers;
  /** The backend of each recent conversation (affinity); absent, every turn is routed on its own. */
  affinity?: ConversationAffinity;
  /** Conversations kept local for privacy (their next turns stay local); absent, each turn is checked alone. */
  privateConversations?: PrivateConversations;
}

/** What the stages of one chat request read; they return what they decide instead of writing into it. */
export interface ChatContext {
  deps: ChatDeps;
  state: RouterState;
  request: ChatRequest;
  user: RequestUser;
  requestId: string;
  /** The client's request signal. */
  signal: AbortSignal;
  /** Times each upstream call as a step of the session entry. */
  recorder: SessionRecorder;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /**
   * Drop the oldest turns to fit each backend's context, as Ollama does by default (`fit_history.ts`): set
   * for the Ollama API, whose apps send the whole chat every turn and never trim it; OpenAI clients manage
   * their own context, so theirs is sent as it came.
   */
  trimHistory?: boolean;
}

const conversationKeys = new WeakMap<ChatRequest, { member: string; key: string | undefined }>();

/**
 * The conversation key of the context's request for its member (`toConversationKey`), computed once per
 * request object: routing, the privacy scan and each cloud call's cache header read the same one. A context
 * whose request was redacted for the cloud has its own request object, so its key is that request's.
 */
export function getConversationKey(ctx: Pick<ChatContext, "user" | "request">): string | undefined {
  const known = conversationKeys.get(ctx.request);
  if (known?.member === ctx.user.id) return known.key;
  const key = toConversationKey(ctx.user.id, ctx.request.messages);
  conversationKeys.set(ctx.request, { member: ctx.user.id, key });
  return key;
}

/** Why a backend cannot take this request now, or undefined when it can (the plan's availability check). */
export function toAvailability(state: RouterState, user: RequestUser) {
  return (name: string): string | undefined => {
    const backend = state.backends.get(name);
    if (!backend) return "not configured";
    if (!backend.configured) return "not configured";
    if (backend.config.location === "cloud" && !user.cloudAllowed) {
      return user.cloudDeniedReason ?? "not permitted";
    }
    return undefined;
  };
}

/** The backend of a plan step; the config check makes a missing one a bug, reported as 503. */
export function getBackend(state: RouterState, name: string): Backend {
  const backend = state.backends.get(name);
  if (!backend) throw unavailable(`Cannot route request: no backend named "${name}"`);
  return backend;
}
