import { deepEqual, equal } from "node:assert/strict";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import { verifyForwardedJwt } from "./verify_forwarded_jwt.ts";

const SECRET = "owui-forward-secret";
const NOW_S = 1_800_000_000;

/** Signs the way PyJWT does for Open WebUI: base64url JSON header and payload, HMAC-SHA256. */
function sign(payload: object, options: { secret?: string; alg?: string } = {}): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const head = `${encode({ alg: options.alg ?? "HS256", typ: "JWT" })}.${encode(payload)}`;
  return `${head}.${createHmac("sha256", options.secret ?? SECRET).update(head).digest("base64url")}`;
}

const claims = { sub: "u-42", email: "dave@example.com", name: "Dave", role: "user", iss: "open-webui" };

Deno.test("verifyForwardedJwt returns Open WebUI's user claims from a valid token", () => {
  const result = verifyForwardedJwt(sign({ ...claims, iat: NOW_S, exp: NOW_S + 300 }), {
    secret: SECRET,
    nowMs: NOW_S * 1000,
  });
  deepEqual(result, { ok: true, claims: { sub: "u-42", email: "dave@example.com", name: "Dave" } });
});

Deno.test("verifyForwardedJwt refuses forged, expired, foreign and malformed tokens", () => {
  const refused = (token: string) => {
    const result = verifyForwardedJwt(token, { secret: SECRET, nowMs: NOW_S * 1000 });
    return result.ok ? "accepted" : result.reason;
  };
  const valid = { ...claims, exp: NOW_S + 300 };
  equal(refused(sign(valid, { secret: "someone-else" })), "bad signature");
  equal(refused(sign({ ...claims, exp: NOW_S - 60 })), "expired");
  equal(refused(sign({ ...valid, iss: "elsewhere" })), "issuer is not open-webui");
  equal(refused(sign(valid, { alg: "HS512" })), "algorithm HS512 is not HS256");
  const [head, body] = sign(valid).split(".");
  equal(refused(`${head}.${body}.`), "bad signature");
  equal(refused("not-a-token"), "not a JWT");
});
