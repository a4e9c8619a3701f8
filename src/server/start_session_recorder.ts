import type { Context } from "hono";
import { resolveClientIp } from "../logs/resolve_client_ip.ts";
import { createSessionRecorder, type SessionRecorder } from "../logs/session_recorder.ts";
import type { RouterState } from "../router_state.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** The socket peer's address; Hono on `Deno.serve` passes the serve info as `c.env`. */
export function toSocketAddress(env: unknown): string | null {
  const remote = (env as { remoteAddr?: { hostname?: string } } | undefined)?.remoteAddr;
  return remote?.hostname ?? null;
}

/** Starts the session log entry of one request: id, user, client IP (trusted proxies only), the query. */
export function startSessionRecorder(
  c: Context<AppEnv>,
  deps: RouteDeps,
  state: RouterState,
  request: { messages: readonly unknown[]; userQuery: string },
): SessionRecorder {
  c.set("sessionStarted", true);
  return createSessionRecorder({
    id: c.get("requestId"),
    user: c.get("user").id,
    clientIp: resolveClientIp(
      toSocketAddress(c.env),
      c.req.header("x-forwarded-for") ?? null,
      state.config.sessionLogs.trustedProxies,
    ),
    messages: request.messages,
    userQuery: request.userQuery,
    sinks: deps.sessionSinks,
    logger: deps.logger,
  });
}
