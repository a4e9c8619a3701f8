import { deepEqual, equal } from "node:assert/strict";
import { createManualClock } from "./manual_clock.ts";

Deno.test("createManualClock() fires due timers in time order as it advances, and no others", () => {
  const clock = createManualClock(1_000);
  const fired: string[] = [];
  clock.setTimeout(() => fired.push(`b@${clock.now()}`), 200);
  clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100);
  const cancelled = clock.setTimeout(() => fired.push("cancelled"), 150);
  clock.setTimeout(() => fired.push("later"), 1_000);
  clock.clearTimeout(cancelled);
  clock.advance(250);
  deepEqual(fired, ["a@1100", "b@1200"]);
  equal(clock.now(), 1_250);
  equal(clock.pending(), 1);
});

Deno.test("createManualClock() fires a timer that a firing timer sets, when it falls due in the same advance", () => {
  const clock = createManualClock(0);
  const fired: number[] = [];
  clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 10), 10);
  clock.advance(30);
  deepEqual(fired, [20]);
});
