import { equal } from "node:assert/strict";
import { createLocalDay } from "./local_day.ts";

Deno.test("dayOf changes exactly at local midnight, also in a zone offset by 45 minutes", () => {
  const day = createLocalDay("Asia/Kathmandu"); // UTC+05:45: midnight is 18:15 UTC
  const midnight = Date.parse("2026-03-10T18:15:00Z");
  equal(day.dayOf(midnight - 60_001), "2026-03-10");
  equal(day.dayOf(midnight - 1), "2026-03-10");
  equal(day.dayOf(midnight), "2026-03-11");
  equal(day.dayOf(midnight + 59_999), "2026-03-11");
  // Out of order (a clock set back): the cached minute must not answer for another one.
  equal(day.dayOf(midnight - 1), "2026-03-10");
});

Deno.test("dayOf follows a daylight saving change in the zone", () => {
  const day = createLocalDay("Europe/Berlin");
  equal(day.dayOf(Date.parse("2026-03-28T22:59:59Z")), "2026-03-28"); // 23:59:59 CET
  equal(day.dayOf(Date.parse("2026-03-28T23:00:00Z")), "2026-03-29"); // 00:00 CET
  equal(day.dayOf(Date.parse("2026-03-29T21:59:59Z")), "2026-03-29"); // 23:59:59 CEST
  equal(day.dayOf(Date.parse("2026-03-29T22:00:00Z")), "2026-03-30");
});

Deno.test("secondsUntilNextMonth counts to midnight on the 1st in the zone, also across a leap February", () => {
  const day = createLocalDay("Europe/Berlin");
  equal(day.secondsUntilNextMonth(Date.parse("2026-12-31T22:59:00Z")), 60); // 23:59 CET on 31 December
  equal(day.secondsUntilNextMonth(Date.parse("2026-12-31T23:00:00Z")), 31 * 86_400); // 1 January, 00:00
  equal(day.secondsUntilNextMonth(Date.parse("2028-02-28T23:00:00Z")), 86_400); // 29 February 2028, 00:00
});
