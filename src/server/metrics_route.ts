import { Hono } from "hono";
import type { RouterState } from "../router_state.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/**
 * Probes every chat backend and records `ai_router_backend_up` and `ai_router_circuit_open`. Done at scrape
 * time, so Prometheus' own interval paces the probes and the alert "backend down for 5 minutes" needs no
 * timer in the router.
 */
export async function recordBackendHealth(state: RouterState, metrics: Metrics): Promise<void> {
  await Promise.all([...state.backends.values()].map(async (backend) => {
    const up = backend.configured && (await backend.probe()).ok;
    metrics.backendUp.set({ backend: backend.name }, up ? 1 : 0);
    for (const circuit of backend.stats().circuits) {
      metrics.circuitState.set({ backend: backend.name, url: circuit.url }, circuit.state === "open" ? 1 : 0);
    }
  }));
}

/** `GET /metrics` in the Prometheus text format. */
export function createMetricsRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/", async (c) => {
    const { registry } = deps.metrics;
    await recordBackendHealth(deps.state.current(), deps.metrics);
    return c.body(await registry.metrics(), 200, { "content-type": registry.contentType });
  });
}
