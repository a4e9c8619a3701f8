import { deepEqual, equal } from "node:assert/strict";
import type { SessionDigest } from "./stats_collector.ts";
import { summarizeSessions } from "./summarize_sessions.ts";
import { toHourlySeries } from "./to_hourly_series.ts";

const HOUR_MS = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 17, 30);

function randomDigest(overrides: Partial<SessionDigest> = {}): SessionDigest {
  return {
    id: crypto.randomUUID(),
    at: NOW - Math.floor(Math.random() * 1000),
    user: "ann",
    route: "SIMPLE",
    backend: "primary",
    location: "local",
    status: 200,
    totalMs: 100 + Math.floor(Math.random() * 50),
    ttftMs: null,
    tokens: null,
    cloudUsd: 0,
    error: null,
    ...overrides,
  };
}

Deno.test("toHourlySeries() puts each request in its clock hour, split local, cloud, failed and cancelled", () => {
  const digests = [
    randomDigest({ at: NOW - 23 * HOUR_MS }),
    randomDigest({ at: NOW - 25 * HOUR_MS }), // older than the window: left out
    randomDigest({ location: "cloud", backend: "cloud", totalMs: 900 }),
    randomDigest({ status: 502, error: 'Backend "primary" failed' }),
    randomDigest({ status: 499, error: "cancelled by the client", totalMs: 5 }),
    randomDigest({ totalMs: 300 }),
  ];
  const { requests, latency } = toHourlySeries(digests, NOW);
  equal(requests.length, 24);
  equal(requests[0]?.hour, "2026-11-30T18:00:00.000Z");
  deepEqual(requests[0] && [requests[0].local, requests[0].cloud], [1, 0]);
  const last = requests.at(-1);
  deepEqual(last && [last.hour, last.local, last.cloud, last.failed, last.cancelled], [
    "2026-12-01T17:00:00.000Z",
    1,
    1,
    1,
    1,
  ]);
  // Failed and cancelled requests say nothing about a backend's speed.
  deepEqual(latency.primary?.at(-1), { hour: "2026-12-01T17:00:00.000Z", p50Ms: 300, p95Ms: 300 });
  deepEqual(latency.cloud?.at(-1), { hour: "2026-12-01T17:00:00.000Z", p50Ms: 900, p95Ms: 900 });
  equal(latency.primary?.[5]?.p50Ms, null, "an hour without answers is a gap");
});

Deno.test("summarizeSessions() counts cancelled requests apart from errors", () => {
  const summary = summarizeSessions([
    randomDigest({ status: 499, error: "cancelled by the client" }),
    randomDigest({ status: 499, error: "cancelled by the client" }),
    randomDigest({ status: 504, error: 'Backend "primary" timed out' }),
    randomDigest({ location: "cloud" }),
  ]);
  deepEqual([summary.requests, summary.errors, summary.cancelled], [4, 1, 2]);
  deepEqual([summary.answeredLocally, summary.answeredInCloud], [0, 1]);
  deepEqual(summary.topErrors, [{ error: 'Backend "primary" timed out', count: 1 }]);
});
