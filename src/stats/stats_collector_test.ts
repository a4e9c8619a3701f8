import { deepEqual, equal } from "node:assert/strict";
import type { Config } from "../config/config_schema.ts";
import type { SessionLogEntry, SessionStep } from "../logs/session_log_entry.ts";
import { createManualClock, type ManualClock } from "../manual_clock.ts";
import { IDS_KEPT, StatsCollector } from "./stats_collector.ts";

const HOUR_MS = 3_600_000;

function step(overrides: Partial<SessionStep> = {}): SessionStep {
  return {
    step: "answer",
    provider: "primary",
    url: "http://127.0.0.1:1/v1",
    model: "m",
    "messages_sent": [],
    params: {},
    "response_content": "hi",
    "duration_ms": 40,
    "ttft_ms": 12.5,
    tokens: { prompt: 10, completion: 5 },
    status: 200,
    "finish_reason": "stop",
    location: "local",
    ...overrides,
  };
}

function entry(id: string, overrides: Partial<SessionLogEntry> = {}): SessionLogEntry {
  return {
    id,
    timestamp: new Date(0).toISOString(),
    user: "ann",
    "client_ip": null,
    "user_query": "q",
    "client_messages": [],
    route: "SIMPLE",
    "classification_raw": null,
    confidence: null,
    "classification_ms": null,
    "cache_hit": false,
    rule: null,
    steps: [step()],
    "total_ms": 55.5,
    error: null,
    status: 200,
    ...overrides,
  };
}

function collector(clock: ManualClock, maxEntries = 100) {
  const prices = { cloud: { inputPerMillion: 1, outputPerMillion: 2 } };
  return new StatsCollector({
    getConfig: () => ({ prices }) as unknown as Config,
    clock,
    maxEntries,
  });
}

Deno.test("a digest reads back every field, nulls included, with the router's clock", () => {
  const clock = createManualClock(Date.UTC(2026, 11, 1, 12));
  const stats = collector(clock);
  stats.record(entry("a"));
  clock.advance(1000);
  stats.record(entry("b", {
    user: "bob",
    route: "COMPLEX",
    status: 502,
    error: "Backend failed",
    steps: [step({ provider: "cloud", location: "cloud", "ttft_ms": null, tokens: null })],
  }));
  stats.record(entry("c", { steps: [], status: 499, error: "cancelled by the client" }));
  deepEqual(stats.since(HOUR_MS), [
    {
      id: "a",
      at: clock.now() - 1000,
      user: "ann",
      route: "SIMPLE",
      backend: "primary",
      location: "local",
      status: 200,
      totalMs: 55.5,
      ttftMs: 12.5,
      tokens: 15,
      cloudUsd: 0,
      error: null,
    },
    {
      id: "b",
      at: clock.now(),
      user: "bob",
      route: "COMPLEX",
      backend: "cloud",
      location: "cloud",
      status: 502,
      totalMs: 55.5,
      ttftMs: null,
      tokens: null,
      cloudUsd: 0,
      error: "Backend failed",
    },
    {
      id: "c",
      at: clock.now(),
      user: "ann",
      route: "SIMPLE",
      backend: "none",
      location: "none",
      status: 499,
      totalMs: 55.5,
      ttftMs: null,
      tokens: null,
      cloudUsd: 0,
      error: "cancelled by the client",
    },
  ]);
});

Deno.test("the ring keeps the newest maxEntries digests, and a window or keepMs leaves older ones out", () => {
  const clock = createManualClock(Date.UTC(2026, 11, 1, 12));
  const stats = collector(clock, 5);
  for (let n = 0; n < 12; n++) {
    stats.record(entry(`r${n}`));
    clock.advance(10 * 60_000);
  }
  deepEqual(stats.since(24 * HOUR_MS).map((d) => d.id), ["r7", "r8", "r9", "r10", "r11"]);
  // The last record was at now - 10 min; a 25-minute window holds r10 and r11 only.
  deepEqual(stats.since(25 * 60_000).map((d) => d.id), ["r10", "r11"]);
  clock.advance(25 * HOUR_MS);
  equal(stats.since(24 * HOUR_MS).length, 0);
  stats.record(entry("later"));
  deepEqual(stats.since(HOUR_MS).map((d) => d.id), ["later"]);
});

Deno.test("ids are kept for the newest IDS_KEPT digests, the recent list's, and are empty before them", () => {
  const clock = createManualClock(Date.UTC(2026, 11, 1, 12));
  const stats = collector(clock, IDS_KEPT + 10);
  for (let n = 0; n < IDS_KEPT + 5; n++) stats.record(entry(`r${n}`));
  const ids = stats.since(HOUR_MS).map((d) => d.id);
  equal(ids.length, IDS_KEPT + 5);
  deepEqual(ids.slice(0, 6), ["", "", "", "", "", "r5"]);
  equal(ids.at(-1), `r${IDS_KEPT + 4}`);
});
