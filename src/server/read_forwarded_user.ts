import type { Context } from "hono";
import type { Config } from "../config/config_schema.ts";
import type { Users } from "../users/users.ts";
import { verifyForwardedJwt } from "../users/verify_forwarded_jwt.ts";

/**
 * Open WebUI's forwarded user headers (`ENABLE_FORWARD_USER_INFO_HEADERS`), most stable first: the account
 * id does not change when the person edits their e-mail address or name.
 */
const FORWARDED_HEADERS = ["x-openwebui-user-id", "x-openwebui-user-email", "x-openwebui-user-name"];

function decodeHeader(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The identities a trusted Open WebUI request names, most stable first: from its signed token when one is
 * configured, else headers.
 */
export function readForwardedIds(
  c: Context,
  options: { jwtSecret: string | undefined; now: number },
): string[] | { refused: string } {
  const token = c.req.header("x-openwebui-user-jwt");
  if (token && options.jwtSecret) {
    const verified = verifyForwardedJwt(token, { secret: options.jwtSecret, nowMs: options.now });
    if (!verified.ok) return { refused: `Invalid X-OpenWebUI-User-Jwt: ${verified.reason}` };
    const { email, sub, name } = verified.claims;
    return [sub, email, name].filter((id): id is string => id !== undefined);
  }
  return FORWARDED_HEADERS.flatMap((header) => {
    const value = c.req.header(header);
    return value ? [decodeHeader(value)] : [];
  });
}

/**
 * The name a trusted Open WebUI request is counted under: the member that lists one of its forwarded ids,
 * else a pseudonym of its most stable id (never the address itself), else (nothing forwarded) the service.
 */
export function resolveForwardedMember(
  config: Config,
  { service, ids, users }: { service: string; ids: string[]; users: Users },
): string {
  for (const id of ids) {
    const found = Object.entries(config.users.members).find(([, m]) => m.forwardedIds.includes(id));
    if (found) return found[0];
  }
  const stable = ids[0];
  return stable === undefined ? service : users.forwardedName(stable, service);
}
