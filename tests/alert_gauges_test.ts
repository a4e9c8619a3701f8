/** The gauges the Prometheus alerts divide and join on: expected-up per backend, spend and budget per member. */
import { equal, ok } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import { createNoSupervision, type Supervision } from "../src/supervisor/supervision.ts";
import { findFreePort } from "./find_free_port.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

/** One sample's value from the Prometheus text, or undefined when the series is absent. */
function readSample(text: string, { name, labels }: { name: string; labels: string }): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

async function scrape(router: TestRouter): Promise<string> {
  return await (await fetch(`${router.baseUrl}/metrics`)).text();
}

function readBackend(text: string, backend: string) {
  return {
    up: readSample(text, { name: "ai_router_backend_up", labels: `backend="${backend}"` }),
    expected: readSample(text, { name: "ai_router_backend_expected_up", labels: `backend="${backend}"` }),
  };
}

/** Two cloud backends on a port nobody listens on: one has its key set, the other not. */
function buildCloudBackendsYaml(): string {
  const url = `http://127.0.0.1:${findFreePort()}/v1`;
  return ["keyed", "keyless"].map((name) => `
  ${name}:
    urls: ["${url}"]
    model: sim-${name}
    location: cloud
    apiKeyEnv: ${name.toUpperCase()}_KEY
`).join("");
}

Deno.test("metrics: a backend is expected up when configured; an expected one that stops answering shows up 0", async () => {
  await using router = await startTestRouter({
    extraBackendsYaml: buildCloudBackendsYaml(),
    secrets: { KEYED_KEY: "keyed-secret" },
  });
  const first = await scrape(router);
  equal(readBackend(first, "primary").up, 1);
  equal(readBackend(first, "primary").expected, 1);
  equal(readBackend(first, "cloud").expected, 1);
  // Without its key a cloud backend is not expected: the down alert must stay quiet for it.
  equal(readBackend(first, "keyless").up, 0);
  equal(readBackend(first, "keyless").expected, 0);
  // With its key but nothing answering it is a real outage: expected 1, up 0.
  equal(readBackend(first, "keyed").up, 0);
  equal(readBackend(first, "keyed").expected, 1);
  await router.upstreams.primary.stop();
  const down = await scrape(router);
  equal(readBackend(down, "primary").up, 0);
  equal(readBackend(down, "primary").expected, 1);
});

Deno.test("metrics: a backend whose container supervision does not want running is not expected up", async () => {
  const none = createNoSupervision("test");
  // Stands in for a swapped-out swap-group member; tests/supervisor_docker_test.ts checks the real Supervisor.
  const swappedOut: Supervision = { ...none, expectsUp: (backend) => backend !== "primary" };
  await using router = await startTestRouter({ supervision: swappedOut });
  const text = await scrape(router);
  equal(readBackend(text, "primary").expected, 0);
  equal(readBackend(text, "primary").up, 1);
  equal(readBackend(text, "classifier").expected, 1);
});

const BUDGET_YAML = `
users:
  members:
    carol:
      key: CAROL_KEY
      limits: { cloudSpendPerDayUsd: 0.5 }
    alice:
      key: ALICE_KEY
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`;

Deno.test("metrics: each member's cloud spend today, and the budget of members that have one", async () => {
  const clock = createManualClock(new Date(2026, 2, 10, 12, 0, 0).getTime());
  await using router = await startTestRouter({
    extraYaml: BUDGET_YAML,
    secrets: { CAROL_KEY: "carol-key", ALICE_KEY: "alice-key" },
    clock,
  });
  const before = await scrape(router);
  equal(readSample(before, { name: "ai_router_cloud_spend_today_usd", labels: `user="carol"` }), 0);
  equal(readSample(before, { name: "ai_router_cloud_budget_usd", labels: `user="carol"` }), 0.5);
  equal(readSample(before, { name: "ai_router_cloud_spend_today_usd", labels: `user="alice"` }), 0);
  equal(readSample(before, { name: "ai_router_cloud_budget_usd", labels: `user="alice"` }), undefined);

  const carol = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "carol-key", maxRetries: 0 });
  const { response } = await carol.chat.completions
    .create({ model: "cloud", messages: [{ role: "user", content: "hi" }] })
    .withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  const after = await scrape(router);
  const spent = readSample(after, { name: "ai_router_cloud_spend_today_usd", labels: `user="carol"` }) ?? 0;
  ok(spent > 0, `carol's spend today rose after a cloud request: ${spent}`);
  equal(spent, router.users.ledger.usage("carol", clock.now()).cloudUsd);
  equal(readSample(after, { name: "ai_router_cloud_spend_today_usd", labels: `user="alice"` }), 0);

  clock.advance(2 * 86_400_000); // a later local day: today's spend starts from zero, the budget stays
  const nextDay = await scrape(router);
  equal(readSample(nextDay, { name: "ai_router_cloud_spend_today_usd", labels: `user="carol"` }), 0);
  equal(readSample(nextDay, { name: "ai_router_cloud_budget_usd", labels: `user="carol"` }), 0.5);
});
