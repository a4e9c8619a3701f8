import type { Context, MiddlewareHandler } from "hono";
import type { Config } from "../config/config_schema.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { StateHolder } from "../router_state.ts";
import { ANONYMOUS_USER, type RequestUser } from "../users/request_user.ts";
import type { Users } from "../users/users.ts";
import { verifyForwardedJwt } from "../users/verify_forwarded_jwt.ts";
import { ApiError, rateLimited } from "../api_error.ts";
import { allowAnyModel, createModelCheck } from "./check_model.ts";
import type { AppEnv } from "./route_deps.ts";

/**
 * Paths that need no key: monitoring, the status page, the `/talk` page (it asks for a key itself), and the
 * audio discovery Open WebUI calls without one.
 */
const OPEN_PATHS = /^\/(health(\/.*)?|metrics|stats|talk|)$|^\/v1\/audio\/(voices|models)$/;
const FORWARDED_HEADERS = ["x-openwebui-user-email", "x-openwebui-user-id", "x-openwebui-user-name"];

/** 401 in OpenAI's shape; the message never echoes the key. */
function invalidKey(message: string): ApiError {
  return new ApiError(401, message, { type: "invalid_request_error", code: "invalid_api_key" });
}

/**
 * The key from `Authorization`: `Bearer KEY`, or HTTP Basic with the key as the password (any user name),
 * because several phone apps only let a person type a URL (`http://any:KEY@box:11434`).
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

function decodeHeader(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The identities a trusted Open WebUI request names: from its signed token when one is configured, else headers. */
function readForwardedIds(
  c: Context,
  jwtSecret: string | undefined,
  nowMs: number,
): string[] | { refused: string } {
  const token = c.req.header("x-openwebui-user-jwt");
  if (token && jwtSecret) {
    const verified = verifyForwardedJwt(token, jwtSecret, nowMs);
    if (!verified.ok) return { refused: `Invalid X-OpenWebUI-User-Jwt: ${verified.reason}` };
    const { email, sub, name } = verified.claims;
    return [email, sub, name].filter((id): id is string => id !== undefined);
  }
  return FORWARDED_HEADERS.flatMap((header) => {
    const value = c.req.header(header);
    return value ? [decodeHeader(value)] : [];
  });
}

/** The member a trusted Open WebUI request is for: the first forwarded id some member lists, else the service. */
function resolveForwardedMember(config: Config, service: string, ids: string[]): string {
  for (const id of ids) {
    const found = Object.entries(config.users.members).find(([, m]) => m.forwardedIds.includes(id));
    if (found) return found[0];
  }
  return service;
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
 * The edge's auth: key → member (Open WebUI's forwarded user headers only on its service key), then the
 * member's limits: requests per minute and tokens per day answer 429, a spent cloud budget or no cloud
 * permission sets `cloudAllowed: false` so routing keeps the request local.
 */
export function createAuthenticate(
  { state, users, metrics, openPaths = OPEN_PATHS }: AuthenticateOptions,
): MiddlewareHandler<AppEnv> {
  const reject = (user: string, limit: string, error: ApiError): never => {
    metrics.limitRejections.inc({ user, limit });
    throw error;
  };
  const unauthorized = (message: string): never => {
    throw invalidKey(message);
  };
  return async (c, next) => {
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
    const now = users.now();
    let id = owner;
    if (config.users.members[owner]?.trustForwardedUsers) {
      const forwarded = readForwardedIds(c, ring.forwardedJwtSecret, now);
      id = "refused" in forwarded
        ? unauthorized(forwarded.refused)
        : resolveForwardedMember(config, owner, forwarded);
    }
    const member = config.users.members[id];
    if (!member) throw invalidKey("Incorrect API key provided");
    // Known from here on, so a refusal below is counted for this member (`app.onError`).
    c.set("user", { id, cloudAllowed: false });
    const { limits } = member;
    if (limits.requestsPerMinute !== undefined) {
      const wait = users.ledger.admitRequest(id, limits.requestsPerMinute, now);
      if (wait > 0) {
        reject(
          id,
          "requests_per_minute",
          rateLimited(
            `Rate limit reached for "${id}": ${limits.requestsPerMinute} requests per minute`,
            wait,
          ),
        );
      }
    }
    const usage = users.ledger.usage(id, now);
    if (limits.tokensPerDay !== undefined && usage.tokens >= limits.tokensPerDay) {
      reject(
        id,
        "tokens_per_day",
        rateLimited(
          `Token limit reached for "${id}": ${limits.tokensPerDay} tokens per day`,
          users.ledger.secondsUntilReset(now),
        ),
      );
    }
    // The model is checked by the handler on the body it parses (capped, any content type): see checkModel.
    c.set(
      "checkModel",
      createModelCheck(member.allowedModels, config.publicModel, () => {
        metrics.limitRejections.inc({ user: id, limit: "model" });
      }),
    );
    const user: RequestUser = { id, cloudAllowed: true };
    if (!member.cloudAllowed) {
      user.cloudAllowed = false;
      user.cloudDeniedReason = "not permitted";
    } else if (limits.cloudSpendPerDayUsd !== undefined && usage.cloudUsd >= limits.cloudSpendPerDayUsd) {
      metrics.limitRejections.inc({ user: id, limit: "cloud_budget" });
      user.cloudAllowed = false;
      user.cloudDeniedReason = "over budget";
    }
    c.set("user", user);
    await next();
  };
}
