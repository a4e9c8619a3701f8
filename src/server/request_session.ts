import type { Context, MiddlewareHandler } from "hono";
import { resolveClientIp } from "../logs/resolve_client_ip.ts";
import { createSessionRecorder } from "../logs/session_recorder.ts";
import type { AppEnv, RequestSession, RouteDeps } from "./route_deps.ts";

/** The socket peer's address; Hono on `Deno.serve` passes the serve info as `c.env`. */
function toSocketAddress(env: unknown): string | null {
  const remote = (env as { remoteAddr?: { hostname?: string } } | undefined)?.remoteAddr;
  return remote?.hostname ?? null;
}

function createRequestSession(c: Context<AppEnv>, deps: RouteDeps): RequestSession {
  let counted = false;
  return {
    get counted() {
      return counted;
    },
    start(request) {
      counted = true;
      return createSessionRecorder({
        id: c.get("requestId"),
        user: c.get("user").id,
        clientIp: resolveClientIp(toSocketAddress(c.env), {
          forwardedFor: c.req.header("x-forwarded-for") ?? null,
          trustedProxies: deps.state.current().config.sessionLogs.trustedProxies,
        }),
        messages: request.messages,
        userQuery: request.userQuery,
        sinks: deps.sessionSinks,
        logger: deps.logger,
        clock: deps.clock,
      });
    },
    record(entry) {
      counted = true;
      for (const sink of deps.sessionSinks) sink.record(entry);
    },
  };
}

/** Gives every request its {@linkcode RequestSession} as `c.var.session`. */
export function createSessionMiddleware(deps: RouteDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("session", createRequestSession(c, deps));
    await next();
  };
}
