import { deepEqual, equal } from "node:assert/strict";
import { createLocalDay } from "./local_day.ts";
import { UsageLedger } from "./usage_ledger.ts";

Deno.test("UsageLedger resets daily counters at midnight in the configured zone", () => {
  const day = createLocalDay("Europe/Berlin");
  const beforeMidnight = Date.parse("2026-03-10T22:59:00Z"); // 23:59 in Berlin
  const ledger = new UsageLedger(day, beforeMidnight);
  ledger.add("ann", 100, 0.5, beforeMidnight);
  deepEqual(ledger.usage("ann", beforeMidnight), { tokens: 100, cloudUsd: 0.5 });
  equal(ledger.secondsUntilReset(beforeMidnight), 60);
  deepEqual(ledger.usage("ann", beforeMidnight + 61_000), { tokens: 0, cloudUsd: 0 });
});

Deno.test("UsageLedger admits requests per minute and says how long to wait", () => {
  const ledger = new UsageLedger(createLocalDay("UTC"), 0);
  equal(ledger.admitRequest("ann", 2, 1_000), 0);
  equal(ledger.admitRequest("ann", 2, 2_000), 0);
  equal(ledger.admitRequest("ann", 2, 3_000), 58);
  equal(ledger.admitRequest("ann", 2, 61_001), 0);
});

Deno.test("UsageLedger restores a snapshot of the same day only", () => {
  const day = createLocalDay("UTC");
  const now = Date.parse("2026-03-10T12:00:00Z");
  const snapshot = { version: 1 as const, day: "2026-03-10", members: { ann: { tokens: 5, cloudUsd: 0 } } };
  equal(new UsageLedger(day, now, snapshot).usage("ann", now).tokens, 5);
  equal(new UsageLedger(day, now + 86_400_000, snapshot).usage("ann", now + 86_400_000).tokens, 0);
});
