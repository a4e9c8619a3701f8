/**
 * A client that leaves (Continue cancelling autocomplete as one types, a closed browser tab) is recorded as
 * cancelled, status 499 as nginx logs it, and counted apart from errors everywhere the router counts.
 */
import { equal, match, ok } from "node:assert/strict";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const hi = [{ role: "user", content: "hi" }];

async function waitForSessions(router: TestRouter, count: number): Promise<SessionLogEntry[]> {
  for (let i = 0; i < 200 && router.sessions.length < count; i++) await new Promise((r) => setTimeout(r, 10));
  equal(router.sessions.length, count, "session entries");
  return router.sessions;
}

async function cancelMidStream(
  router: TestRouter,
  { path, body }: { path: string; body: Record<string, unknown> },
) {
  const controller = new AbortController();
  const response = await fetch(`${router.baseUrl}${path}`, {
    method: "POST",
    body: JSON.stringify({ ...body, stream: true }),
    signal: controller.signal,
  });
  equal(response.status, 200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => {});
}

async function cancelBeforeFirstByte(router: TestRouter) {
  const controller = new AbortController();
  const seen = router.upstreams.primary.requests.length;
  const pending = fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "local", messages: hi }),
    signal: controller.signal,
  }).catch((error) => error);
  for (let i = 0; i < 200 && router.upstreams.primary.requests.length === seen; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  controller.abort();
  await pending;
}

Deno.test("a cancelled chat stream, completion stream and waiting request are status 499, not errors", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 50 } } });
  await cancelMidStream(router, { path: "/v1/chat/completions", body: { model: "local", messages: hi } });
  await cancelMidStream(router, {
    path: "/v1/completions",
    body: { model: "ai-router", prompt: "def add(a, b):" },
  });
  const entries = await waitForSessions(router, 2);
  router.upstreams.primary.behaviour.ttftMs = 5_000;
  await cancelBeforeFirstByte(router);
  await waitForSessions(router, 3);
  router.upstreams.primary.behaviour.ttftMs = 0;
  await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
  });
  await waitForSessions(router, 4);
  for (const entry of entries.slice(0, 3)) {
    equal(entry.status, 499, `${entry.route}: ${entry.error}`);
    match(entry.error ?? "", /cancelled/);
  }

  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  const count = (status: string) =>
    metrics.split("\n").filter((l) =>
      l.startsWith("ai_router_requests_total{") && l.includes(`status="${status}"`)
    )
      .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);
  equal(count("499"), 3);
  equal(count("502"), 0);
  equal(count("200"), 1);

  const stats = await (await fetch(`${router.baseUrl}/stats`)).json();
  equal(stats.lastHour.requests, 4);
  equal(stats.lastHour.cancelled, 3);
  equal(stats.lastHour.errors, 0);
  equal(stats.lastHour.topErrors.length, 0, "cancellations are not top errors");
  equal(stats.hourly.requests.at(-1).cancelled, 3);
  ok(stats.recent.every((r: { status: number }) => r.status !== 502));

  const page = await (await fetch(`${router.baseUrl}/`)).text();
  match(page, /<h1>All good<\/h1>/, "cancellations raise no problem");
  match(page, /3 cancelled by the app/);
  match(page, /No failed requests recently/);
});
