import { Hono } from "hono";
import { notFound } from "../api_error.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/**
 * `GET /review/latest`: the newest saved review (`review.reportsDir/latest.md`, written by
 * `ai-router review --save` and the daily timer), linked from the status page. Unlike `/stats` it needs a key
 * when keys are configured: its tables quote the start of family members' requests.
 */
export function createReviewRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/latest", async (c) => {
    const path = `${deps.state.current().config.review.reportsDir}/latest.md`;
    const markdown = await Deno.readTextFile(path).catch((error) => {
      if (error instanceof Deno.errors.NotFound) {
        throw notFound("No review report yet: run ai-router review --save, or enable ai-router-review.timer");
      }
      throw error;
    });
    return c.text(markdown, 200, {
      "content-type": "text/markdown; charset=utf-8",
      "cache-control": "no-store",
    });
  });
}
