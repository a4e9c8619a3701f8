import { deepEqual, equal } from "node:assert/strict";
import { createLocalDay } from "./local_day.ts";
import { UsageLedger } from "./usage_ledger.ts";

Deno.test("UsageLedger resets daily counters at midnight in the configured zone, monthly ones on the 1st", () => {
  const day = createLocalDay("Europe/Berlin");
  const beforeMidnight = Date.parse("2026-03-10T22:59:00Z"); // 23:59 in Berlin
  const ledger = new UsageLedger(day, beforeMidnight);
  ledger.add("ann", 100, 0.5, beforeMidnight);
  ledger.countRequest("ann", beforeMidnight);
  deepEqual(ledger.usage("ann", beforeMidnight), { requests: 1, tokens: 100, cloudUsd: 0.5 });
  equal(ledger.secondsUntilReset(beforeMidnight), 60);
  deepEqual(ledger.usage("ann", beforeMidnight + 61_000), { requests: 0, tokens: 0, cloudUsd: 0 });
  deepEqual(ledger.monthUsage("ann", beforeMidnight + 61_000), { requests: 1, tokens: 100, cloudUsd: 0.5 });
  const nextMonth = Date.parse("2026-03-31T22:00:00Z"); // 1 April, 00:00 CEST
  deepEqual(ledger.monthUsage("ann", nextMonth - 1000), { requests: 1, tokens: 100, cloudUsd: 0.5 });
  deepEqual(ledger.monthUsage("ann", nextMonth), { requests: 0, tokens: 0, cloudUsd: 0 });
});

Deno.test("UsageLedger counts requests in a one-minute window and says when the oldest leaves it", () => {
  const ledger = new UsageLedger(createLocalDay("UTC"), 0);
  ledger.countRequest("ann", 1_000);
  ledger.countRequest("ann", 2_000);
  deepEqual(ledger.minute("ann", 3_000), { count: 2, resetSeconds: 58 });
  deepEqual(ledger.minute("ann", 61_001), { count: 1, resetSeconds: 1 - 0.001 });
});

Deno.test("UsageLedger restores a snapshot of the same day and month only; an old file has no month", () => {
  const day = createLocalDay("UTC");
  const now = Date.parse("2026-03-10T12:00:00Z");
  const old = { day: "2026-03-10", members: { ann: { tokens: 5, cloudUsd: 0 } } };
  equal(new UsageLedger(day, now, old).usage("ann", now).tokens, 5);
  equal(new UsageLedger(day, now, old).monthUsage("ann", now).tokens, 0);
  equal(new UsageLedger(day, now + 86_400_000, old).usage("ann", now + 86_400_000).tokens, 0);
  const saved = { ...old, month: "2026-03", monthMembers: { ann: { requests: 2, tokens: 9, cloudUsd: 1 } } };
  equal(new UsageLedger(day, now + 86_400_000, saved).monthUsage("ann", now + 86_400_000).tokens, 9);
});
