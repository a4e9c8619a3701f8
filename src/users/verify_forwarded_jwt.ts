import { Buffer } from "node:buffer";
import { createHmac, timingSafeEqual } from "node:crypto";

/** The user claims Open WebUI signs into `X-OpenWebUI-User-Jwt`. */
export interface ForwardedClaims {
  sub?: string;
  email?: string;
  name?: string;
}

/** A verified token's claims, or why the token was refused. */
export type ForwardedJwtResult = { ok: true; claims: ForwardedClaims } | { ok: false; reason: string };

// Open WebUI's tokens live 300 s; a little slack absorbs clock skew between the two boxes.
const CLOCK_SKEW_S = 30;

function decodeSegment(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
}

function readClaims(payload: Record<string, unknown>): ForwardedClaims {
  const claims: ForwardedClaims = {};
  for (const key of ["sub", "email", "name"] as const) {
    if (typeof payload[key] === "string") claims[key] = payload[key];
  }
  return claims;
}

/**
 * Verifies the HS256 token Open WebUI sends when `FORWARD_USER_INFO_HEADER_JWT_SECRET` is set (claims
 * `sub`, `email`, `name`, `role`, `iss: open-webui`, a 300 s `exp`). Only HS256 is accepted, so a token
 * cannot pick a weaker algorithm (`none`) for itself.
 */
export function verifyForwardedJwt(
  token: string,
  { secret, nowMs }: { secret: string; nowMs: number },
): ForwardedJwtResult {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "not a JWT" };
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac("sha256", secret).update(`${header}.${payload}`).digest();
  const presented = Buffer.from(signature, "base64url");
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return { ok: false, reason: "bad signature" };
  }
  let head: { alg?: unknown };
  let body: Record<string, unknown>;
  try {
    head = decodeSegment(header) as { alg?: unknown };
    body = decodeSegment(payload) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: "unreadable token" };
  }
  if (head.alg !== "HS256") return { ok: false, reason: `algorithm ${String(head.alg)} is not HS256` };
  if (body.iss !== undefined && body.iss !== "open-webui") {
    return { ok: false, reason: "issuer is not open-webui" };
  }
  if (typeof body.exp === "number" && body.exp + CLOCK_SKEW_S < nowMs / 1000) {
    return { ok: false, reason: "expired" };
  }
  return { ok: true, claims: readClaims(body) };
}
