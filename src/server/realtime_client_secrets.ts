import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../api_error.ts";
import { defaultSession, mergeSession } from "../realtime/session_settings.ts";
import { CLIENT_SECRET_SECONDS } from "../users/client_secrets.ts";
import type { Users } from "../users/users.ts";
import { parseRequest } from "./parse_request.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `POST /v1/realtime/client_secrets` (the openai client's `ClientSecretCreateParams`). */
const clientSecretRequestSchema = z.looseObject({
  "expires_after": z.object({
    anchor: z.literal("created_at").optional(),
    seconds: z.number().int().min(CLIENT_SECRET_SECONDS.min).max(CLIENT_SECRET_SECONDS.max).optional(),
  }).optional(),
  session: z.looseObject({}).optional(),
});

/**
 * Mints a short-lived `ek_…` secret for the calling member, for a web page to open a voice session with;
 * the answer has the API's shape (`value`, `expires_at`, `session`). A secret cannot mint another: a page
 * holding one cannot extend its own life.
 */
export function createClientSecretRoute(deps: RouteDeps, options: { users: Users }): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/realtime/client_secrets", async (c) => {
    if (/^Bearer\s+ek_/i.test(c.req.header("authorization") ?? "")) {
      throw new ApiError(403, "A client secret cannot mint another; use the member's key", {
        code: "client_secret_not_allowed",
      });
    }
    const text = await readJsonBody(c.req.raw, 1024 * 1024).catch(() => ({}));
    const request = parseRequest(clientSecretRequestSchema, text ?? {});
    const seconds = request.expires_after?.seconds ?? CLIENT_SECRET_SECONDS.default;
    const config = deps.state.current().config;
    let session = defaultSession(config.publicModel);
    try {
      if (request.session) session = mergeSession(session, request.session);
    } catch (error) {
      throw new ApiError(400, String((error as Error).message), { code: "invalid_value", param: "session" });
    }
    const secret = options.users.clientSecrets.mint(c.get("user").id, {
      nowMs: options.users.now(),
      seconds,
    });
    return c.json({
      value: secret.value,
      "expires_at": secret.expiresAt,
      session: {
        ...session,
        id: `sess_${crypto.randomUUID().slice(0, 18)}`,
        object: "realtime.session",
        "expires_at": secret.expiresAt,
      },
    });
  });
}
