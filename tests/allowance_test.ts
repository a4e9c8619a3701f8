/** Each member's allowance through the real server and the official client: headers, 429s, months, /v1/me. */
import { equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import type { MeDocument } from "../src/users/describe_me.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const KEYS = { ann: "ann-key-1", ben: "ben-key-2", cat: "cat-key-3" };
const SECRETS = { ANN_KEY: KEYS.ann, BEN_KEY: KEYS.ben, CAT_KEY: KEYS.cat };

const YAML = `
users:
  timezone: Europe/Berlin
  members:
    ann:
      key: ANN_KEY
      limits: { requestsPerMinute: 30, requestsPerDay: 4, tokensPerMonth: 100000 }
    ben:
      key: BEN_KEY
      limits: { tokensPerMonth: 20 }
    cat:
      key: CAT_KEY
      limits: { cloudSpendPerMonthUsd: 0.001 }
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`;

/** 31 January 2027, 23:00 in Berlin: an hour before both the day and the month end. */
const LAST_HOUR_OF_JANUARY = Date.parse("2027-01-31T22:00:00Z");
/** 10 March 2026, noon in Berlin. */
const BERLIN_NOON = Date.parse("2026-03-10T11:00:00Z");

function clientFor(router: TestRouter, apiKey: string): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0 });
}

async function ask(client: OpenAI, model = "ai-router") {
  return await client.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] })
    .withResponse();
}

/** Go's duration text in whole seconds, as OpenAI writes its reset headers ("1s", "6m0s", "3h12m5s"). */
const GO_DURATION = /^(\d+h\d+m\d+s|\d+m\d+s|\d+s)$/;

Deno.test("allowance: every counted answer carries OpenAI's x-ratelimit headers from the member's tightest limits", async () => {
  await using router = await startTestRouter({
    extraYaml: YAML,
    secrets: SECRETS,
    clock: createManualClock(BERLIN_NOON),
  });
  const ann = clientFor(router, KEYS.ann);
  const first = await ask(ann);
  const h = first.response.headers;
  equal(h.get("x-ratelimit-limit-requests"), "4", "requests per day is tighter than per minute");
  equal(h.get("x-ratelimit-remaining-requests"), "3");
  equal(h.get("x-ratelimit-reset-requests"), "12h0m0s", "local midnight in Berlin");
  equal(h.get("x-ratelimit-limit-tokens"), "100000");
  equal(h.get("x-ratelimit-remaining-tokens"), "100000", "tokens are known once the answer is done");
  match(h.get("x-ratelimit-reset-tokens") ?? "", GO_DURATION);
  const stream = await ann.chat.completions
    .create({ model: "ai-router", messages: [{ role: "user", content: "hi" }], stream: true })
    .withResponse();
  for await (const _ of stream.data) { /* drain */ }
  equal(stream.response.headers.get("x-ratelimit-remaining-requests"), "2", "streams carry them too");
  ok(Number(stream.response.headers.get("x-ratelimit-remaining-tokens")) < 100000);
  const completion = await ann.completions.create({ model: "ai-router", prompt: "def f(" }).withResponse();
  equal(completion.response.headers.get("x-ratelimit-remaining-requests"), "1");
  const response = await ann.responses.create({ model: "ai-router", input: "hi" }).withResponse();
  equal(response.response.headers.get("x-ratelimit-remaining-requests"), "0");
  // A member without request or token limits gets no made-up numbers.
  const cat = await ask(clientFor(router, KEYS.cat));
  equal(cat.response.headers.get("x-ratelimit-limit-requests"), null);
});

Deno.test("allowance: a refusal is a 429 naming the limit, the use and the reset, with Retry-After", async () => {
  await using router = await startTestRouter({
    extraYaml: YAML,
    secrets: SECRETS,
    clock: createManualClock(BERLIN_NOON),
  });
  const ann = clientFor(router, KEYS.ann);
  for (let i = 0; i < 4; i++) await ask(ann);
  await rejects(ask(ann), (error: unknown) => {
    ok(error instanceof OpenAI.RateLimitError);
    equal(error.code, "rate_limit_exceeded");
    equal(error.type, "rate_limit_error");
    match(
      error.message,
      /Rate limit reached for "ann" on requests per day: Limit 4, Used 4\. It resets in 12h0m0s$/,
    );
    equal(error.headers?.get("retry-after"), String(12 * 3600));
    equal(error.headers?.get("x-ratelimit-remaining-requests"), "0");
    equal(error.headers?.get("x-ratelimit-reset-requests"), "12h0m0s");
    return true;
  });
  equal(router.upstreams.primary.requests.length, 4, "the refused request reached no model");
});

Deno.test("allowance: monthly limits reset at midnight on the 1st in the family's zone", async () => {
  const clock = createManualClock(LAST_HOUR_OF_JANUARY);
  await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS, clock });
  const ben = clientFor(router, KEYS.ben);
  await ask(ben);
  await rejects(ask(ben), (error: unknown) => {
    ok(error instanceof OpenAI.RateLimitError);
    match(error.message, /on tokens per month: Limit 20, Used \d+\. It resets in 1h0m0s$/);
    equal(error.headers?.get("retry-after"), "3600");
    return true;
  });
  // Cloud dollars per month: over it, the cloud alias stays local until the 1st.
  const cat = clientFor(router, KEYS.cat);
  equal((await ask(cat, "cloud")).response.headers.get("x-ai-router-backend"), "cloud");
  equal((await ask(cat, "cloud")).response.headers.get("x-ai-router-backend"), "primary");
  clock.advance(3_599_000);
  await rejects(ask(ben), OpenAI.RateLimitError, "one second before February it still holds");
  clock.advance(1_000);
  equal((await ask(ben)).response.status, 200, "1 February, 00:00 in Berlin");
  equal((await ask(cat, "cloud")).response.headers.get("x-ai-router-backend"), "cloud");
  equal(router.users.ledger.monthUsage("ben", clock.now()).requests, 1);
});

Deno.test("allowance: /v1/me answers over a limit and is not counted; /me says it in words", async () => {
  const clock = createManualClock(Date.parse("2026-12-15T11:00:00Z"));
  await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS, clock });
  const ann = clientFor(router, KEYS.ann);
  for (let i = 0; i < 4; i++) await ask(ann);
  await rejects(ask(ann), OpenAI.RateLimitError);
  const me = await ann.get<MeDocument>("/me");
  equal(me.name, "ann");
  equal(me.forwarded, false);
  const perDay = me.limits.find((l) => l.kind === "requests" && l.period === "day");
  equal(perDay?.used, 4);
  equal(perDay?.remaining, 0);
  equal(perDay?.resets_at, "2026-12-15T23:00:00.000Z", "midnight in Berlin");
  equal(me.today.requests, 4);
  equal(me.this_month.requests, 4);
  equal(me.may_use.cloud, true);
  ok(me.may_use.models.includes("ai-router"));
  await ann.get("/me");
  equal(router.users.ledger.usage("ann", clock.now()).requests, 4, "/v1/me counts against nothing");

  const cat = clientFor(router, KEYS.cat);
  await ask(cat, "cloud");
  const page = await fetch(`${router.baseUrl}/me`, {
    headers: { authorization: `Basic ${btoa(`cat:${KEYS.cat}`)}` },
  });
  equal(page.status, 200);
  match(page.headers.get("content-type") ?? "", /text\/html/);
  const html = await page.text();
  match(html, /You have used \$0\.\d+ of your \$0\.0010 this month; resets on 1 January/);
  match(html, /Your cloud budget is spent/);
  const anonymous = await fetch(`${router.baseUrl}/me`);
  await anonymous.body?.cancel();
  equal(anonymous.status, 401);
  match(anonymous.headers.get("www-authenticate") ?? "", /^Basic realm="ai-router"/);
});

Deno.test("allowance: the month's counters survive a restart through the state file", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/state.json`;
  const clock = createManualClock(BERLIN_NOON);
  {
    await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS, clock, stateFile });
    await ask(clientFor(router, KEYS.ann));
  }
  clock.advance(3 * 86_400_000); // a later day of the same month
  await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS, clock, stateFile });
  equal(router.users.ledger.usage("ann", clock.now()).requests, 0);
  equal(router.users.ledger.monthUsage("ann", clock.now()).requests, 1);
  ok(router.users.ledger.monthUsage("ann", clock.now()).tokens > 0);
  await Deno.remove(dir, { recursive: true });
});
