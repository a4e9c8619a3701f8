import { Hono } from "hono";
import type { StatsCollector } from "../stats/stats_collector.ts";
import { summarizeSessions } from "../stats/summarize_sessions.ts";
import type { Users } from "../users/users.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { STATUS_PAGE_HTML } from "./status_page_html.ts";

const HOUR_MS = 3_600_000;
const RECENT = 20;

/** What `/stats` reads besides the route deps. */
export interface StatsSources {
  stats: StatsCollector;
  users: Users;
}

function describeBackends(deps: RouteDeps) {
  return Object.fromEntries([...deps.state.current().backends.values()].map((backend) => {
    const { inFlight, queued, requests, failures, lastError, lastErrorAt } = backend.stats();
    return [backend.name, {
      location: backend.config.location,
      model: backend.config.model,
      configured: backend.configured,
      inFlight,
      queued,
      requests,
      failures,
      lastError,
      lastErrorAt,
    }];
  }));
}

function describeMembers(deps: RouteDeps, users: Users) {
  const now = users.now();
  const { members } = deps.state.current().config.users;
  return Object.fromEntries(
    Object.entries(members).map(([name, member]) => {
      const usage = users.ledger.usage(name, now);
      return [name, {
        tokensToday: usage.tokens,
        cloudUsdToday: Math.round(usage.cloudUsd * 1e6) / 1e6,
        limits: member.limits,
        cloudAllowed: member.cloudAllowed,
      }];
    }),
  );
}

/** Supervision without log tails: `/stats` needs no key, and a model server's log may quote a prompt. */
function describeContainers(deps: RouteDeps) {
  const { enabled, reason, containers } = deps.supervision.describe();
  const brief = Object.fromEntries(
    Object.entries(containers).map(([name, value]) => {
      const c = value as Record<string, unknown>;
      return [name, {
        state: c.state ?? null,
        wanted: c.wanted ?? null,
        backends: c.backends ?? [],
        restarts: c.restarts ?? 0,
        memoryGib: c.memoryGib ?? null,
        lastError: c.lastError ?? null,
      }];
    }),
  );
  return { enabled, ...(reason ? { reason } : {}), containers: brief };
}

/** `GET /stats` (JSON summary of the last hour and day) and `GET /` (the status page that polls it). */
export function createStatsRoutes(deps: RouteDeps, { stats, users }: StatsSources): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get("/stats", (c) => {
      const day = stats.since(24 * HOUR_MS);
      const cutoff = users.now() - HOUR_MS;
      const recent = day.slice(-RECENT).reverse().map((d) => ({
        id: d.id,
        timestamp: new Date(d.at).toISOString(),
        user: d.user,
        route: d.route,
        backend: d.backend,
        status: d.status,
        totalMs: Math.round(d.totalMs),
        tokens: d.tokens,
        error: d.error,
      }));
      return c.json(
        {
          generatedAt: new Date(users.now()).toISOString(),
          lastHour: summarizeSessions(day.filter((d) => d.at >= cutoff)),
          lastDay: summarizeSessions(day),
          today: describeMembers(deps, users),
          backends: describeBackends(deps),
          supervision: describeContainers(deps),
          recent,
        },
        200,
        { "cache-control": "no-store" },
      );
    })
    .get("/", (c) => c.html(STATUS_PAGE_HTML));
}
