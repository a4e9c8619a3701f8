/**
 * The router reads the time of day from the clock `createApp` is given, never from the machine: session
 * timestamps, `/stats`, the hourly series and the day's counters all follow a manual clock.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import { startTestRouter } from "./test_router.ts";

const HOUR_MS = 3_600_000;
const MEMBERS = `
users:
  members:
    eve: { key: EVE_KEY, limits: { tokensPerDay: 20 } }
`;

Deno.test("session timestamps, /stats and the day's counters follow the injected clock", async () => {
  // 23:30 local on a day far from now: nothing here may agree with the machine's clock by chance.
  const start = new Date(2025, 5, 3, 23, 30).getTime();
  const clock = createManualClock(start);
  await using router = await startTestRouter({ clock, extraYaml: MEMBERS, secrets: { EVE_KEY: "eve-key" } });
  const eve = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "eve-key", maxRetries: 0 });
  const ask = () =>
    eve.chat.completions.create({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });
  await ask();
  equal(router.sessions[0]?.timestamp, new Date(start).toISOString());
  ok(router.users.ledger.usage("eve", clock.now()).tokens >= 20, "the day's tokens are used up");
  await ask().then(() => ok(false, "over the day's tokens"), (error) => equal(error.status, 429));

  const stats = await (await fetch(`${router.baseUrl}/stats`)).json();
  equal(stats.generatedAt, new Date(start).toISOString());
  equal(stats.recent[0].timestamp, new Date(start).toISOString());
  equal(stats.hourly.requests.at(-1).hour, new Date(Math.floor(start / HOUR_MS) * HOUR_MS).toISOString());
  equal(stats.hourly.requests.at(-1).local, 1);

  clock.advance(HOUR_MS); // past local midnight: a new day's counters, the request now an hour old
  equal(router.users.ledger.usage("eve", clock.now()).tokens, 0);
  const later = await (await fetch(`${router.baseUrl}/stats`)).json();
  equal(later.generatedAt, new Date(start + HOUR_MS).toISOString());
  deepEqual(later.hourly.requests.slice(-2).map((h: { local: number }) => h.local), [1, 0]);
  equal((await ask()).choices[0]?.finish_reason, "stop");
});

Deno.test("ENRICH tells the model the local date of the injected clock, not UTC's", async () => {
  // 23:30 local: in every zone west of Greenwich the UTC date is already the next day.
  const clock = createManualClock(new Date(2025, 5, 3, 23, 30).getTime());
  await using router = await startTestRouter({ clock });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "What happened in the news today?" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  const primary = router.upstreams.primary.requests[0]?.body ?? {};
  const system = (primary.messages as Array<{ content: string }>)[0]?.content ?? "";
  ok(system.includes("Current information gathered for this question on 2025-06-03:"), system.slice(0, 200));
});
