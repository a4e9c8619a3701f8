import { Hono } from "hono";
import { invalidRequest } from "../api_error.ts";
import { describeMe, type MeDocument } from "../users/describe_me.ts";
import { isPseudonym } from "../users/pseudonym.ts";
import type { Users } from "../users/users.ts";
import { renderMePage } from "../status/render_me_page.ts";
import { listModelEntries } from "./models.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** What the `/me` routes read besides the route deps. */
export interface MeSources {
  users: Users;
}

function buildMe(deps: RouteDeps, { users, id }: { users: Users; id: string }): MeDocument {
  const state = deps.state.current();
  const allowance = users.allowance(id);
  if (!allowance) {
    throw invalidRequest("Cannot describe an allowance: this router has no members (no keys are configured)");
  }
  const now = users.now();
  const allowed = users.policy(id)?.allowedModels ?? ["*"];
  const models = listModelEntries(state).map((m) => m.id)
    .filter((m) => allowed.includes("*") || allowed.includes(m));
  return describeMe(allowance, {
    name: id,
    forwarded: isPseudonym(id) && !(id in state.config.users.members),
    timezone: state.config.users.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    now,
    today: users.ledger.usage(id, now),
    month: users.ledger.monthUsage(id, now),
    dayResetSeconds: users.ledger.secondsUntilReset(now),
    monthResetSeconds: users.ledger.secondsUntilMonthReset(now),
    models,
    voice: state.audio.speech !== undefined || state.audio.transcription !== undefined,
  });
}

/**
 * `GET /v1/me` (JSON) and `GET /me` (the same in sentences, for a phone): the asking member's allowance.
 * The edge lets them through without counting them, also when the member is over a limit.
 */
export function createMeRoutes(deps: RouteDeps, { users }: MeSources): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get(
      "/v1/me",
      (c) => c.json(buildMe(deps, { users, id: c.get("user").id }), 200, { "cache-control": "no-store" }),
    )
    .get(
      "/me",
      (c) =>
        c.html(renderMePage(buildMe(deps, { users, id: c.get("user").id })), 200, {
          "cache-control": "no-store",
        }),
    );
}
