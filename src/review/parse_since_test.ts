import { equal, throws } from "node:assert/strict";
import { parseSince } from "./parse_since.ts";

const NOW = Date.parse("2026-11-23T12:00:00Z");

Deno.test("parseSince() counts durations back from now", () => {
  equal(new Date(parseSince("24h", NOW)).toISOString(), "2026-11-22T12:00:00.000Z");
  equal(new Date(parseSince("7d", NOW)).toISOString(), "2026-11-16T12:00:00.000Z");
  equal(new Date(parseSince("30m", NOW)).toISOString(), "2026-11-23T11:30:00.000Z");
});

Deno.test("parseSince() accepts ISO dates and rejects anything else", () => {
  equal(new Date(parseSince("2026-11-20", NOW)).toISOString(), "2026-11-20T00:00:00.000Z");
  equal(new Date(parseSince("2026-11-20T08:00:00Z", NOW)).toISOString(), "2026-11-20T08:00:00.000Z");
  throws(() => parseSince("yesterday", NOW), /Invalid --since "yesterday"/);
});
