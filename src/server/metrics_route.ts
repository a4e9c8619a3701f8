import { Hono } from "hono";
import type { Config } from "../config/config_schema.ts";
import type { RouterState } from "../router_state.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { describeServices } from "../stats/describe_services.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import type { Users } from "../users/users.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** What `/metrics` reads besides the route deps. */
export interface MetricsSources {
  users: Users;
}

/**
 * Probes every chat and audio backend (Whisper, Piper, …) and records `ai_router_backend_up`,
 * `ai_router_backend_expected_up` and `ai_router_circuit_open`. Done at scrape time, so Prometheus' own
 * interval paces the probes and the alert "backend down for 5 minutes" needs no timer in the router.
 */
export async function recordBackendHealth(
  state: RouterState,
  { metrics, supervision }: { metrics: Metrics; supervision: Supervision },
): Promise<void> {
  const services = await describeServices(state, supervision);
  // Reset first: a backend removed by a reload must not stay "expected" and keep an alert firing.
  metrics.backendExpectedUp.reset();
  metrics.backendUp.reset();
  for (const service of services) {
    metrics.backendExpectedUp.set({ backend: service.name }, service.expectedUp ? 1 : 0);
    metrics.backendUp.set({ backend: service.name }, service.state === "up" ? 1 : 0);
  }
  for (const backend of state.backends.values()) {
    for (const circuit of backend.stats().circuits) {
      metrics.circuitState.set({ backend: backend.name, url: circuit.url }, circuit.state === "open" ? 1 : 0);
    }
  }
}

/**
 * Records each member's cloud spend in the current local day and, for members with `cloudSpendPerDayUsd`,
 * that budget, so an alert can compare the two per member.
 */
export function recordCloudBudgets(
  config: Config,
  { users, metrics }: { users: Users; metrics: Metrics },
): void {
  // Reset first: a member removed by a reload disappears from both series.
  metrics.cloudSpendToday.reset();
  metrics.cloudBudget.reset();
  const now = users.now();
  for (const [name, member] of Object.entries(config.users.members)) {
    metrics.cloudSpendToday.set({ user: name }, users.ledger.usage(name, now).cloudUsd);
    const budget = member.limits.cloudSpendPerDayUsd;
    if (budget !== undefined) metrics.cloudBudget.set({ user: name }, budget);
  }
}

/**
 * Records the share of every configured limit each member (and each forwarded user seen this month) has
 * used, the pool's share and the alert share, so one alert rule compares them for every limit there is.
 */
export function recordAllowances(
  config: Config,
  { users, metrics }: { users: Users; metrics: Metrics },
): void {
  metrics.allowanceUsed.reset();
  metrics.allowanceAlertShare.set(config.users.alertShare);
  const now = users.now();
  const names = new Set([...Object.keys(config.users.members), ...users.ledger.namesThisMonth(now)]);
  let pool: { monthlyUsd: number; spentUsd: number } | undefined;
  for (const name of names) {
    const allowance = users.allowance(name);
    if (!allowance) continue;
    for (const l of allowance.limits) {
      if (l.period === "minute" || l.limit === 0) continue;
      const limit = `${l.kind === "cloudUsd" ? "cloud_usd" : l.kind}_per_${l.period}`;
      metrics.allowanceUsed.set({ user: name, limit }, l.used / l.limit);
    }
    pool ??= allowance.pool;
  }
  if (config.users.pool && config.users.pool.monthlyCloudUsd > 0) {
    metrics.poolUsed.set((pool?.spentUsd ?? 0) / config.users.pool.monthlyCloudUsd);
  } else metrics.poolUsed.reset();
}

/** `GET /metrics` in the Prometheus text format. */
export function createMetricsRoutes(deps: RouteDeps, sources: MetricsSources): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/", async (c) => {
    const { registry } = deps.metrics;
    const state = deps.state.current();
    recordCloudBudgets(state.config, { users: sources.users, metrics: deps.metrics });
    recordAllowances(state.config, { users: sources.users, metrics: deps.metrics });
    await recordBackendHealth(state, { metrics: deps.metrics, supervision: deps.supervision });
    return c.body(await registry.metrics(), 200, { "content-type": registry.contentType });
  });
}
