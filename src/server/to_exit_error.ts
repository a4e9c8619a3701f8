import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError, CLIENT_CLOSED_STATUS, toClientError } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { AppEnv } from "./route_deps.ts";

/** An error's cause for a log line: its message, and its own cause's, down the chain. */
function toCauseText(cause: unknown): string {
  const parts: string[] = [];
  for (let c = cause, depth = 0; c !== undefined && depth < 4; depth++) {
    parts.push(c instanceof Error ? c.message : String(c));
    c = c instanceof Error ? c.cause : undefined;
  }
  return parts.join(": ");
}

/**
 * The one error exit's decision, shared by both listeners (each writes it in its API's body shape): one
 * error for the metric, the log and the answer, so their statuses cannot disagree. Counts and logs a refusal
 * no session entry counted; 499 when the client left; a log line for an unexpected error.
 */
export function toExitError(
  error: unknown,
  { c, deps, stats }: {
    c: Context<AppEnv>;
    deps: { logger: Logger; metrics: Metrics };
    /** Keeps the refusal for the status page's recent problems (a wrong key, an unknown model, a limit). */
    stats?: { recordRefusal(refusal: { user: string; status: number; error: string }): void };
  },
): ApiError {
  const requestId = c.get("requestId");
  const apiError = toClientError(error, { clientLeft: c.req.raw.signal.aborted });
  const status = apiError.status;
  if (!c.get("session")?.counted) {
    // Refused before any session entry (bad key, limit, bad request): counted here, the one error exit.
    const user = c.get("user")?.id ?? "unknown";
    deps.metrics.requests.inc({ route: "rejected", backend: "none", user, status: String(status) });
    if (status !== CLIENT_CLOSED_STATUS) stats?.recordRefusal({ user, status, error: apiError.message });
    if (status === 401 || status === 403 || status === 429) {
      // Who was refused and why, for the owner; the message never holds the key.
      deps.logger.info("Request refused", {
        requestId,
        status,
        user,
        path: clipForEcho(c.req.path),
        reason: apiError.message,
      });
    }
  }
  // The client went away; nobody reads this answer, and it is no server error worth a log line.
  if (status === CLIENT_CLOSED_STATUS) return apiError;
  if (!(error instanceof ApiError) && !(error instanceof HTTPException)) {
    deps.logger.error("Unhandled error", { requestId, error: error instanceof Error ? error.stack : error });
  } else if (status >= 500) {
    deps.logger.warn("Request failed", {
      requestId,
      status,
      error: apiError.message,
      ...(apiError.cause === undefined ? {} : { cause: toCauseText(apiError.cause) }),
    });
  }
  return apiError;
}
