import { Hono } from "hono";
import type { Context } from "hono";
import { ApiError } from "../api_error.ts";
import { toErrorEvent } from "../realtime/realtime_events.ts";
import { RealtimeSession } from "../realtime/realtime_session.ts";
import type { Users } from "../users/users.ts";
import { createClientSecretRoute } from "./realtime_client_secrets.ts";
import { createRealtimePorts } from "./realtime_ports.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** Close codes: 1008 policy violation (a limit), 1001 going away (idle). */
const POLICY = 1008;
const GOING_AWAY = 1001;

/**
 * Upgrade responses by their request. Deno accepts a WebSocket only when the handler returns the very
 * Response `Deno.upgradeWebSocket` made, and Hono's middleware rebuilds responses to add headers
 * (hono dist/context.js `set res`), so the app's `fetch` hands the original back ({@linkcode takeUpgrade}).
 */
const upgrades = new WeakMap<Request, Response>();

/** The upgrade response made for `request`, if its handler upgraded it. */
export function takeUpgrade(request: Request): Response | undefined {
  const response = upgrades.get(request);
  upgrades.delete(request);
  return response;
}

/** Sends one error event and closes, so a refused client always learns why (the event and the close reason). */
function refuse(socket: WebSocket, message: string, options: { code: string; type: string; close: number }) {
  socket.send(JSON.stringify({ event_id: "event_refused", ...toErrorEvent(message, options) }));
  socket.close(options.close, message.slice(0, 120));
}

/**
 * `GET /v1/realtime?model=…` upgraded to a WebSocket: one {@linkcode RealtimeSession} per socket. Auth is the
 * edge's (a Bearer header, the browser subprotocol key, or a client secret); the member's voice-session limit
 * is checked once the socket is open, so a refusal arrives as an `error` event, not a failed handshake.
 */
function acceptRealtime(c: Context<AppEnv>, { deps, users }: { deps: RouteDeps; users: Users }): Response {
  if (!deps.state.current().config.realtime.enabled) {
    throw new ApiError(404, "The Realtime API is off on this router: set realtime.enabled and restart", {
      code: "realtime_disabled",
    });
  }
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(426, "The Realtime API is a WebSocket: connect to this URL with a WebSocket client", {
      code: "upgrade_required",
    });
  }
  c.get("checkModel")(c.req.query("model"));
  const offered = (c.req.header("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  // Read everything the session needs from the request first: once upgraded, the request is closed.
  const upgraded: { socket?: WebSocket } = {};
  const ports = createRealtimePorts(c, { deps, users, socket: () => upgraded.socket });
  const { socket, response } = Deno.upgradeWebSocket(c.req.raw);
  // A client that offers subprotocols fails the handshake unless the server picks one. Picked here rather than
  // with the `protocol` option: Deno splits the offer on ", " only (ext/http/02_websocket.ts), and the `ws`
  // package joins its list with ",".
  if (offered.includes("realtime")) response.headers.set("sec-websocket-protocol", "realtime");
  upgraded.socket = socket;
  const member = c.get("user").id;
  const config = deps.state.current().config;
  let session: RealtimeSession | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const idleMs = config.realtime.idleTimeoutMs;
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      const message = `Closing an idle session: no event for ${Math.round(idleMs / 1000)} s`;
      refuse(socket, message, { code: "session_idle", type: "invalid_request_error", close: GOING_AWAY });
    }, idleMs);
  };
  socket.onopen = () => {
    const limit = config.users.members[member]?.limits.voiceSessions;
    if (!users.voice.openSession(member, limit)) {
      deps.metrics.realtimeRejections.inc({ user: member, limit: "sessions" });
      const message = `Too many voice sessions for "${member}": at most ${limit} at once`;
      return refuse(socket, message, {
        code: "session_limit_reached",
        type: "rate_limit_exceeded",
        close: POLICY,
      });
    }
    deps.metrics.realtimeSessions.inc({ user: member });
    session = new RealtimeSession(ports);
    session.start();
    resetIdle();
  };
  socket.onmessage = (message) => {
    if (!session) return;
    resetIdle();
    if (typeof message.data !== "string") {
      return socket.send(JSON.stringify({
        event_id: "event_binary",
        ...toErrorEvent("Events are JSON text messages; binary frames are not accepted", {
          code: "invalid_event",
        }),
      }));
    }
    session.receive(message.data);
  };
  socket.onclose = () => {
    clearTimeout(idle);
    if (!session) return;
    session.close();
    session = undefined;
    users.voice.closeSession(member);
    deps.metrics.realtimeSessions.dec({ user: member });
  };
  socket.onerror = () => {};
  upgrades.set(c.req.raw, response);
  return response;
}

/** `GET /v1/realtime` (the WebSocket) and `POST /v1/realtime/client_secrets`. */
export function createRealtimeRoutes(deps: RouteDeps, options: { users: Users }): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get("/realtime", (c) => acceptRealtime(c, { deps, users: options.users }))
    .route("/", createClientSecretRoute(deps, options));
}
