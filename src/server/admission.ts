import type { MiddlewareHandler } from "hono";
import type { SessionSink } from "../logs/session_log_entry.ts";
import type { AppEnv } from "./route_deps.ts";

/**
 * Holds a new API request back while a session sink has no room (the session log writer behind a slow
 * disk), so every accepted request still gets its log. Costs one call per sink when there is room.
 */
export function createAdmission(sinks: readonly SessionSink[]): MiddlewareHandler<AppEnv> {
  const admitting = sinks.filter((sink) => sink.admit !== undefined);
  return async (c, next) => {
    if (c.req.method === "POST") {
      for (const sink of admitting) {
        const room = sink.admit!();
        if (room) await room;
      }
    }
    await next();
  };
}
