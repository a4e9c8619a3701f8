import type { MiddlewareHandler } from "hono";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { StateHolder } from "../router_state.ts";
import { resolvePolicy } from "../users/member_policy.ts";
import { ANONYMOUS_USER, type RequestUser } from "../users/request_user.ts";
import type { Users } from "../users/users.ts";
import { ApiError } from "../api_error.ts";
import { allowAnyModel, createModelCheck } from "./check_model.ts";
import { admitRequest, setRateLimitHeaders } from "./enforce_allowance.ts";
import { readForwardedIds, resolveForwardedMember } from "./read_forwarded_user.ts";
import type { AppEnv } from "./route_deps.ts";

/**
 * Paths that need no key: monitoring, the status page, the `/talk` page (it asks for a key itself), and the
 * audio discovery Open WebUI calls without one.
 */
const OPEN_PATHS = /^\/(health(\/.*)?|metrics|stats|talk|)$|^\/v1\/audio\/(voices|models)$/;

/**
 * The key a browser's WebSocket sends as a subprotocol, as the openai client offers it
 * (openai/realtime/websocket.mjs: protocols `realtime` and `openai-insecure-api-key.<key>`): browsers cannot
 * set an Authorization header on a WebSocket.
 */
function readProtocolKey(header: string | undefined): string | undefined {
  const prefix = "openai-insecure-api-key.";
  const offered = header?.split(",").map((p) => p.trim()).find((p) => p.startsWith(prefix));
  return offered?.slice(prefix.length) || undefined;
}

/**
 * Paths that need a member but count against no limit: the member's own allowance (wanted most when a
 * limit is reached) and the model and voice lists clients poll, OpenAI's and Ollama's (they use no tokens
 * and never reach the cloud).
 */
export const UNCOUNTED_PATHS =
  /^\/(v1\/)?me$|^\/v1\/(models(\/.+)?|audio\/(voices|models))$|^\/api\/(tags|ps|show)$/;

/** 401 in OpenAI's shape; the message never echoes the key. */
function invalidKey(message: string): ApiError {
  return new ApiError(401, message, { type: "invalid_request_error", code: "invalid_api_key" });
}

/**
 * The key from `Authorization`: `Bearer KEY`, or HTTP Basic with the key as the password (any user name),
 * because a phone's browser (`/me`) only asks for a password, and clients that turn a URL's user info into
 * Basic (curl) can carry it as `http://any:KEY@box:11434`; many apps cannot (docs/ollama.md).
 */
function readKey(header: string | undefined): string | undefined {
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (bearer) return bearer[1];
  const basic = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!basic) return undefined;
  let decoded: string;
  try {
    decoded = atob(basic[1] as string);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  const password = colon < 0 ? "" : decoded.slice(colon + 1);
  return password === "" ? undefined : password;
}

/** Options for {@linkcode createAuthenticate}. */
export interface AuthenticateOptions {
  state: StateHolder;
  users: Users;
  metrics: Metrics;
  /** Paths that need no key (default: monitoring, the status page, the audio discovery). */
  openPaths?: RegExp;
}

/**
 * The edge's auth: key → member (Open WebUI's forwarded user headers only on its service key, an unlisted
 * forwarded user under a pseudonym), then the member's allowance: a used-up request or token limit answers
 * 429, a spent cloud budget or pool, or no cloud permission, sets `cloudAllowed: false` so routing keeps the
 * request local. Every counted answer carries OpenAI's `x-ratelimit-*` headers.
 */
export function createAuthenticate(
  { state, users, metrics, openPaths = OPEN_PATHS }: AuthenticateOptions,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const unauthorized = (message: string): never => {
      const error = invalidKey(message);
      // A phone's browser asks for the key (as the password) only when told how.
      if (c.req.path === "/me") {
        error.headers["www-authenticate"] = 'Basic realm="ai-router", charset="UTF-8"';
      }
      throw error;
    };
    const ring = users.keyRing();
    if (ring.isEmpty || c.req.method === "OPTIONS" || openPaths.test(c.req.path)) {
      c.set("user", ANONYMOUS_USER);
      c.set("checkModel", allowAnyModel);
      return await next();
    }
    const config = state.current().config;
    const key = readKey(c.req.header("authorization")) ??
      readProtocolKey(c.req.header("sec-websocket-protocol"));
    if (key === undefined) {
      return unauthorized(
        "Missing API key: send it as Authorization: Bearer <key> (or as the Basic password)",
      );
    }
    const owner = ring.identify(key) ?? users.clientSecrets.identify(key, users.now());
    if (owner === undefined) return unauthorized("Incorrect API key provided");
    let id = owner;
    if (config.users.members[owner]?.trustForwardedUsers) {
      const forwarded = readForwardedIds(c, { jwtSecret: ring.forwardedJwtSecret, now: users.now() });
      id = "refused" in forwarded
        ? unauthorized(forwarded.refused)
        : resolveForwardedMember(config, { service: owner, ids: forwarded, users });
    }
    const policy = resolvePolicy(config.users, id, { via: owner });
    if (!policy) return unauthorized("Incorrect API key provided");
    // Known from here on, so a refusal below is counted for this member (`app.onError`).
    c.set("user", { id, cloudAllowed: false });
    // The model is checked by the handler on the body it parses (capped, any content type): see checkModel.
    c.set(
      "checkModel",
      createModelCheck(policy.allowedModels, {
        publicModel: config.publicModel,
        onRefused: () => metrics.limitRejections.inc({ user: id, limit: "model" }),
      }),
    );
    if (UNCOUNTED_PATHS.test(c.req.path)) {
      c.set("user", { id, cloudAllowed: policy.cloudAllowed, allowedModels: policy.allowedModels });
      return await next();
    }
    const allowance = admitRequest(users, { id, metrics });
    const user: RequestUser = { id, cloudAllowed: true, allowedModels: policy.allowedModels };
    if (allowance && !allowance.cloud.allowed) {
      if (allowance.cloud.reason !== "not permitted") {
        metrics.limitRejections.inc({ user: id, limit: "cloud_budget" });
      }
      user.cloudAllowed = false;
      user.cloudDeniedReason = allowance.cloud.reason ?? "not permitted";
    }
    c.set("user", user);
    await next();
    if (allowance) setRateLimitHeaders(c, allowance);
  };
}
