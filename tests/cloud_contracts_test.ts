/** The cloud contracts (xAI): dropped parameters, the reported charge, the ENRICH hop's own timeout. */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

Deno.test("COMPLEX with stop and penalties reaches xAI without them, and the session log says so", async () => {
  await using router = await startTestRouter({ servers: { cloud: { server: "xai" } } });
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove that sqrt(2) is irrational" }],
    stop: ["\n\n"],
    "presence_penalty": 0.5,
    "frequency_penalty": 0.2,
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  match(data.choices[0]?.message.content ?? "", /sim-cloud/);
  const sent = router.upstreams.cloud.requests[0]?.body ?? {};
  deepEqual(["stop", "presence_penalty", "frequency_penalty"].filter((field) => field in sent), []);
  match(
    router.sessions[0]?.notes?.join(" ") ?? "",
    /cloud was sent the request without stop, presence_penalty, frequency_penalty/,
  );
});

Deno.test("spend comes from xAI's reported cost_in_usd_ticks, not from the configured prices", async () => {
  await using router = await startTestRouter({
    servers: { cloud: { server: "xai" } },
    secrets: { CAROL_KEY: "carol-key" },
    extraYaml: `
users:
  members:
    carol: { key: CAROL_KEY, limits: { cloudSpendPerDayUsd: 5 } }
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`,
  });
  const client = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "carol-key", maxRetries: 0 });
  const { response } = await client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove that sqrt(2) is irrational" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  const step = router.sessions[0]?.steps.find((s) => s.provider === "cloud");
  const reported = step?.cost_usd ?? 0;
  ok(reported > 0, "the cloud step records the reported charge");
  const tokens = (step?.tokens?.prompt ?? 0) + (step?.tokens?.completion ?? 0);
  ok(reported < tokens * 1000 / 1_000_000, "the reported charge is not the price-list estimate");
  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  const spent = Number(metrics.match(/ai_router_cloud_spend_today_usd\{user="carol"\} (\S+)/)?.[1]);
  equal(spent, reported);
});

Deno.test("ENRICH's context hop waits past the cloud's first-byte timeout, up to its own contextMs", async () => {
  await using router = await startTestRouter({
    cloudTimeouts: "{ firstByteMs: 100, idleMs: 2000 }",
    behaviour: { cloud: { ttftMs: 400 } },
  });
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "What happened in the news today?" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  ok(!/without current information/.test(data.choices[0]?.message.content ?? ""));
  equal(router.sessions[0]?.steps[0]?.status, 200);
  match(router.sessions[0]?.steps[0]?.response_content ?? "", /simulated headline/);
});
