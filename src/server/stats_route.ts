import { Hono } from "hono";
import { buildStats } from "../stats/build_stats.ts";
import type { StatsCollector } from "../stats/stats_collector.ts";
import { renderStatusPage } from "../status/render_status_page.ts";
import type { Users } from "../users/users.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** What `/stats` reads besides the route deps. */
export interface StatsSources {
  stats: StatsCollector;
  users: Users;
}

/** `GET /stats` (the JSON summary) and `GET /` (the status page: the same summary drawn as HTML and SVG). */
export function createStatsRoutes(deps: RouteDeps, { stats, users }: StatsSources): Hono<AppEnv> {
  const build = () =>
    buildStats({ state: deps.state.current(), supervision: deps.supervision, users, collector: stats });
  return new Hono<AppEnv>()
    .get("/stats", async (c) => c.json(await build(), 200, { "cache-control": "no-store" }))
    .get(
      "/",
      async (c) =>
        c.html(renderStatusPage(await build(), deps.state.current().config), 200, {
          "cache-control": "no-store",
        }),
    );
}
