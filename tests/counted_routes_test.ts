/**
 * Every route that can use tokens or reach the cloud counts against the member's limits: the test walks
 * the app's own route list, so a new endpoint that skipped the allowance fails here until it is counted or
 * added below as free on purpose.
 */
import { deepEqual, equal } from "node:assert/strict";
import { createManualClock } from "../src/manual_clock.ts";
import { startTestRouter } from "./test_router.ts";

/**
 * Routes that count against no limit, by design: monitoring and discovery (no key at all), the model list
 * clients poll, and the member's own allowance (`/v1/me`, `/me`), which they need most when over a limit.
 */
const FREE_BY_DESIGN = {
  main: [
    "GET /",
    "GET /health",
    "GET /health/deep",
    "GET /health/ready",
    "GET /me",
    "GET /metrics",
    "GET /stats",
    // The voice page itself: a static page with no model behind it; its WebSocket counts (voice minutes too).
    "GET /talk",
    "GET /v1/audio/models",
    "GET /v1/audio/voices",
    "GET /v1/me",
    "GET /v1/models",
    "GET /v1/models/:id{.+}",
  ],
  ollama: [
    "GET /",
    "GET /api/ps",
    "GET /api/tags",
    "GET /api/version",
    "GET /v1/audio/models",
    "GET /v1/audio/voices",
    "GET /v1/models",
    "GET /v1/models/:id{.+}",
    "POST /api/show",
  ],
};

const YAML = `
users:
  members:
    sam:
      key: SAM_KEY
      limits: { requestsPerDay: 1 }
`;

/** A concrete path for a route pattern: every parameter becomes "x". */
function toConcretePath(pattern: string): string {
  return pattern.replace(/:[A-Za-z]+(\{[^}]*\})?/g, "x");
}

Deno.test("allowance: every route but the free-by-design ones answers 429 once the member is out of requests", async () => {
  await using router = await startTestRouter({
    extraYaml: YAML,
    secrets: { SAM_KEY: "sam-key" },
    clock: createManualClock(new Date(2026, 2, 10, 12, 0, 0).getTime()),
  });
  const headers = { authorization: "Bearer sam-key", "content-type": "application/json" };
  const first = await fetch(`${router.baseUrl}/v1/models`, { headers });
  await first.body?.cancel();
  equal(first.status, 200);
  const used = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "hi" }] }),
  });
  await used.body?.cancel();
  equal(used.status, 200);
  for (const listener of ["main", "ollama"] as const) {
    const base = listener === "main" ? router.baseUrl : router.ollamaUrl;
    const free: string[] = [];
    for (const { method, path } of router.routes[listener]) {
      const response = await fetch(`${base}${toConcretePath(path)}`, {
        method,
        headers,
        ...(method === "POST" ? { body: "{}" } : {}),
      });
      await response.body?.cancel();
      if (response.status === 429) {
        equal(response.headers.get("x-ratelimit-remaining-requests"), "0", `${listener}: ${method} ${path}`);
      } else free.push(`${method} ${path}`);
    }
    deepEqual(free.sort(), FREE_BY_DESIGN[listener], `${listener}: ${free.join(", ")}`);
  }
  equal(router.users.ledger.usage("sam", router.clock.now()).requests, 1, "free routes were not counted");
});
