import type { Classifier } from "../classifier/create_classifier.ts";
import type { ConversationAffinity } from "../routing/conversation_affinity.ts";
import type { PrivateConversations } from "../privacy/private_conversations.ts";
import type { RecentAnswers } from "../routing/recent_answers.ts";
import type { Clock } from "../clock.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { StateHolder } from "../router_state.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import type { RequestUser } from "../users/request_user.ts";
import type { ModelCheck } from "./check_model.ts";

/** What every route factory receives from `createApp`. */
export interface RouteDeps {
  state: StateHolder;
  logger: Logger;
  metrics: Metrics;
  /** The one classifier (and so one cache) of every endpoint that routes chat. */
  classifier: Classifier;
  supervision: Supervision;
  /** The wall clock of every time-of-day decision: session timestamps, limits, budgets, the status page. */
  clock: Clock;
  /** Told about every finished request (session log writer, stats, spend). */
  sessionSinks: readonly SessionSink[];
  /** Aborted when a stop's grace period is over: streams still open end with one error event. */
  closing?: AbortSignal;
  /** Fingerprints of recent answers per member, for META by structure. */
  recentAnswers?: RecentAnswers;
  /** The backend of each recent conversation (affinity). */
  affinity?: ConversationAffinity;
  /** Conversations kept local for privacy. */
  privateConversations?: PrivateConversations;
}

/**
 * One request's only way into the session sinks (log writer, usage, stats, metrics). Whatever hands them an
 * entry goes through here, so `counted` cannot disagree with the sinks: `app.onError` counts the others once.
 */
export interface RequestSession {
  /** Starts the entry of a routed request (chat, completions): id, user, client IP, the query. */
  start(request: { messages: readonly unknown[]; userQuery: string }): SessionRecorder;
  /** Hands a finished entry to the sinks (audio). */
  record(entry: SessionLogEntry): void;
  /** True once an entry was started or recorded: the sinks count this request. */
  readonly counted: boolean;
}

/** Hono's per-request variables set by the edge middleware. */
export type AppEnv = {
  Variables: {
    requestId: string;
    user: RequestUser;
    /** Set by `request_session.ts` for every request. */
    session: RequestSession;
    /** Throws 403 for a model the member may not use; handlers call it on the body they parsed. */
    checkModel: ModelCheck;
  };
};
