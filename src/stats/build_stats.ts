import type { RouterState } from "../router_state.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import type { Users } from "../users/users.ts";
import { describeMembers, describePool, type MemberToday, type PoolBrief } from "./describe_members.ts";
import { describeServices, type ServiceStatus } from "./describe_services.ts";
import type { SessionDigest, StatsCollector } from "./stats_collector.ts";

export type { MemberToday, PoolBrief };
import { isFailure, isRefusal, type SessionSummary, summarizeSessions } from "./summarize_sessions.ts";
import { type HourlySeries, toHourlySeries } from "./to_hourly_series.ts";

const HOUR_MS = 3_600_000;
const RECENT = 20;
/** Failed or refused requests the status page lists. */
const PROBLEMS = 6;

/** What {@linkcode buildStats} reads. */
export interface StatsSources {
  state: RouterState;
  supervision: Supervision;
  users: Users;
  collector: StatsCollector;
}

/** A container as `/stats` shows it: no log tail (`/stats` needs no key, and a log may quote a prompt). */
export interface ContainerBrief {
  state: string | null;
  wanted: boolean | null;
  backends: string[];
  swapGroup: string | null;
  restarts: number;
  memoryGib: number | null;
  lastError: string | null;
  /** The box (engine) that runs it. */
  engine?: string | null;
}

/** One box (container engine) as the status page shows it. */
export interface EngineBrief {
  reachable: boolean;
  problem: string | null;
  containers: string[];
}

/** One finished request, without prompt or answer text. */
export interface RecentSession {
  id: string;
  timestamp: string;
  user: string;
  route: string;
  backend: string;
  location: "local" | "cloud" | "none";
  status: number;
  totalMs: number;
  /** Null when the upstream reported no usage. */
  tokens: number | null;
  error: string | null;
}

/** The `/stats` document, which the status page draws. */
export interface Stats {
  generatedAt: string;
  lastHour: SessionSummary;
  lastDay: SessionSummary;
  hourly: HourlySeries;
  services: ServiceStatus[];
  /** Every member and every forwarded user seen this month (under their pseudonym). */
  today: Record<string, MemberToday>;
  /** The share of a limit at which the page warns (`users.alertShare`). */
  alertShare: number;
  pool: PoolBrief | null;
  supervision: {
    enabled: boolean;
    /** Whether the config asks for supervision (`supervisor.enabled`). */
    configured: boolean;
    reason?: string;
    /** Every box by engine name, when supervision is on. */
    engines?: Record<string, EngineBrief>;
    containers: Record<string, ContainerBrief>;
  };
  recent: RecentSession[];
  /** The day's last failed or refused requests (never cancelled ones), newest first, whether or not in `recent`. */
  problems: RecentSession[];
}

function pick<T>(value: unknown, { is, fallback }: { is: (v: unknown) => boolean; fallback: T }): T {
  return is(value) ? value as T : fallback;
}

function describeContainers(supervision: Supervision, configured: boolean): Stats["supervision"] {
  const { enabled, reason, containers, engines } = supervision.describe();
  const isString = (v: unknown) => typeof v === "string";
  const brief = Object.fromEntries(
    Object.entries(containers).map(([name, value]) => {
      const c = value as Record<string, unknown>;
      return [name, {
        state: pick(c.state, { is: isString, fallback: null }),
        wanted: pick(c.wanted, { is: (v) => typeof v === "boolean", fallback: null }),
        backends: pick(c.backends, { is: Array.isArray, fallback: [] }),
        swapGroup: pick(c.swapGroup, { is: isString, fallback: null }),
        restarts: pick(c.restarts, { is: (v) => typeof v === "number", fallback: 0 }),
        memoryGib: pick(c.memoryGib, { is: (v) => typeof v === "number", fallback: null }),
        lastError: pick(c.lastError, { is: isString, fallback: null }),
        engine: pick(c.engine, { is: isString, fallback: null }),
      }];
    }),
  );
  const boxes = Object.fromEntries(
    Object.entries(engines ?? {}).map(([name, e]) => [name, {
      reachable: e.reachable,
      problem: e.problem ?? null,
      containers: e.containers,
    }]),
  );
  return {
    enabled,
    configured,
    ...(reason ? { reason } : {}),
    ...(engines ? { engines: boxes } : {}),
    containers: brief,
  };
}

/** Builds `/stats`: the last hour and day, hour by hour, every service probed, members, containers, recent requests. */
export async function buildStats(sources: StatsSources): Promise<Stats> {
  const { collector, users, state, supervision } = sources;
  const now = users.now();
  const day = collector.since(24 * HOUR_MS);
  const requestsByUser = new Map<string, number>();
  for (const d of day) requestsByUser.set(d.user, (requestsByUser.get(d.user) ?? 0) + 1);
  const toRecent = (d: SessionDigest): RecentSession => ({
    id: d.id,
    timestamp: new Date(d.at).toISOString(),
    user: d.user,
    route: d.route,
    backend: d.backend,
    location: d.location,
    status: d.status,
    totalMs: Math.round(d.totalMs),
    tokens: d.tokens,
    error: d.error,
  });
  const recent = day.slice(-RECENT).reverse().map(toRecent);
  const problems = day.filter((d) => isFailure(d) || isRefusal(d)).slice(-PROBLEMS).reverse().map(toRecent);
  return {
    generatedAt: new Date(now).toISOString(),
    lastHour: summarizeSessions(day.filter((d) => d.at >= now - HOUR_MS)),
    lastDay: summarizeSessions(day),
    hourly: toHourlySeries(day, now),
    services: await describeServices(state, supervision),
    today: describeMembers(sources, requestsByUser),
    alertShare: state.config.users.alertShare,
    pool: describePool(sources),
    supervision: describeContainers(supervision, state.config.supervisor.enabled),
    recent,
    problems,
  };
}
