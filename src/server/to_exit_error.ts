import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError, toApiError, toStatus } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { AppEnv } from "./route_deps.ts";

/**
 * The one error exit's decision, shared by both listeners (each writes it in its API's body shape): counts
 * and logs a refusal that no session entry counted, and turns whatever was thrown into the `ApiError` to
 * answer with (499 when the client left, 500 with a log line for an unexpected error).
 */
export function toExitError(
  error: unknown,
  c: Context<AppEnv>,
  deps: { logger: Logger; metrics: Metrics },
): ApiError {
  const requestId = c.get("requestId");
  const status = c.req.raw.signal.aborted ? 499 : toStatus(error);
  if (!c.get("session")?.counted) {
    // Refused before any session entry (bad key, limit, bad request): counted here, the one error exit.
    const user = c.get("user")?.id ?? "unknown";
    deps.metrics.requests.inc({ route: "rejected", backend: "none", user, status: String(status) });
    if (status === 401 || status === 403 || status === 429) {
      // Who was refused and why, for the owner; the message never holds the key.
      deps.logger.info("Request refused", {
        requestId,
        status,
        user,
        path: clipForEcho(c.req.path),
        reason: toApiError(error).message,
      });
    }
  }
  if (c.req.raw.signal.aborted) {
    // The client went away; nobody reads this answer, and it is no server error worth a log line.
    return new ApiError(499, "Client closed the request", { code: "client_closed" });
  }
  if (error instanceof HTTPException && !(error instanceof ApiError)) {
    return new ApiError(error.status, error.message || "Bad request");
  }
  const apiError = toApiError(error);
  if (!(error instanceof ApiError)) {
    deps.logger.error("Unhandled error", { requestId, error: error instanceof Error ? error.stack : error });
  } else if (apiError.status >= 500) {
    deps.logger.warn("Request failed", { requestId, status: apiError.status, error: apiError.message });
  }
  return apiError;
}
