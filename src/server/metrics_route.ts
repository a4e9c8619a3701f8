import { Hono } from "hono";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `GET /metrics` in the Prometheus text format. */
export function createMetricsRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/", async (c) => {
    const { registry } = deps.metrics;
    return c.body(await registry.metrics(), 200, { "content-type": registry.contentType });
  });
}
