import { deepEqual, equal, match, notEqual, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";

Deno.test("a speculative start and the classifier on one older vLLM get distinct request ids", async () => {
  // vLLM 0.11 refuses an X-Request-Id already in flight; the Thor 4B is both classifier and SIMPLE tier.
  await using shared = await startOpenAiSimulator({
    models: ["sim-shared"],
    version: "0.11.0",
    behaviour: { ttftMs: 150 },
  });
  await using router = await startTestRouter({
    extraBackendsYaml: `  shared:\n    urls: ["${shared.baseUrl}"]\n    model: sim-shared\n`,
    extraYaml: `routing:
  defaultBackend: shared
  labels: [SIMPLE, MODERATE]
  classifier: { backend: shared, defaultLabel: MODERATE }
  plans:
    SIMPLE: { backend: shared }
    MODERATE: { backend: shared }
`,
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "hi there" }],
  });
  for await (const _chunk of stream) { /* drain */ }
  const ids = shared.requests.map((r) => r.headers.get("x-request-id"));
  equal(ids.length, 2);
  notEqual(ids[0], ids[1]);
  equal(router.sessions[0]?.classification_raw, "SIMPLE");
});

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
