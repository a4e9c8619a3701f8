import type { SessionSink } from "../logs/session_log_entry.ts";
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
  supervision: Supervision;
  /** Told about every finished request (session log writer, stats, spend). */
  sessionSinks: readonly SessionSink[];
  /** Aborted when a stop's grace period is over: streams still open end with one error event. */
  closing?: AbortSignal;
}

/** Hono's per-request variables set by the edge middleware. */
export type AppEnv = {
  Variables: {
    requestId: string;
    user: RequestUser;
    /** Set once the request has a session entry: its sinks count it, so the error exit must not. */
    sessionStarted: boolean;
    /** Throws 403 for a model the member may not use; handlers call it on the body they parsed. */
    checkModel: ModelCheck;
  };
};
