import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { openChromiumPage } from "./_chromium_page.ts";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { startTestRouter } from "./test_router.ts";

/** Supervision with one running container whose log tail must never reach `/stats`. */
const FAKE_SUPERVISION: Supervision = {
  ensureReady: () => Promise.resolve(),
  isReady: () => true,
  expectsUp: () => true,
  touch: () => {},
  describe: () => ({
    enabled: true,
    containers: {
      "vllm-primary": {
        state: "running",
        wanted: "running",
        backends: ["primary"],
        restarts: 2,
        memoryGib: 40.5,
        lastError: null,
        logTail: ["prompt: a private question"],
      },
    },
  }),
};

const YAML = `
users:
  members:
    ann:
      key: ANN_KEY
      limits: { cloudSpendPerDayUsd: 2 }
prices:
  cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 }
`;

Deno.test("GET /stats summarises routes, latency per backend, spend per member and recent sessions", async () => {
  await using router = await startTestRouter({ extraYaml: YAML, secrets: { ANN_KEY: "ann-key" } });
  const ann = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "ann-key", maxRetries: 0 });
  await ann.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "secret prompt" }],
  });
  await ann.chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "hi" }] });
  router.upstreams.primary.behaviour.failure = { kind: "status", status: 500 };
  await ann.chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] }).catch(
    () => {},
  );
  const response = await fetch(`${router.baseUrl}/stats`);
  equal(response.status, 200);
  const text = await response.text();
  ok(!text.includes("secret prompt"), "no prompt text");
  const stats = JSON.parse(text);
  equal(stats.lastHour.requests, 3);
  equal(stats.lastHour.routes.SIMPLE, 1);
  equal(stats.lastHour.routes.ALIAS, 2, "model aliases are routed by the alias rule");
  equal(stats.lastDay.backends.primary.requests, 2);
  equal(stats.lastDay.backends.primary.errors, 1);
  ok(stats.lastDay.backends.cloud.p50Ms > 0);
  ok(stats.lastDay.cloudSpendUsd.ann > 0);
  ok(stats.today.ann.cloudUsdToday > 0);
  equal(stats.today.ann.limits.cloudSpendPerDayUsd, 2);
  match(stats.lastDay.topErrors[0].error, /primary/);
  equal(stats.recent.length, 3);
  equal(stats.recent[0].status, 502);
  equal(stats.supervision.enabled, false);
  const cloud = stats.services.find((s: { name: string }) => s.name === "cloud");
  deepEqual(cloud, {
    name: "cloud",
    label: "cloud",
    roles: ["chat"],
    location: "cloud",
    model: "sim-cloud",
    state: "up",
    expectedUp: true,
    problem: null,
  });
  equal(stats.lastHour.answeredLocally, 1);
  equal(stats.lastHour.answeredInCloud, 1);
  equal(stats.lastHour.cancelled, 0);
  const thisHour = stats.hourly.requests.at(-1);
  deepEqual([thisHour.local, thisHour.cloud, thisHour.failed], [1, 1, 1], "the hour's bar");
  equal(stats.hourly.requests.length, 24);
});

Deno.test("GET / shows live numbers in a real browser without console errors", async () => {
  await using router = await startTestRouter({
    extraYaml: YAML,
    secrets: { ANN_KEY: "ann-key" },
    supervision: FAKE_SUPERVISION,
  });
  const ann = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "ann-key", maxRetries: 0 });
  for (let i = 0; i < 3; i++) {
    await ann.chat.completions.create({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });
  }
  const page = await fetch(`${router.baseUrl}/`);
  match(page.headers.get("content-type") ?? "", /^text\/html/);
  await page.body?.cancel();
  await using browser = await openChromiumPage(`${router.baseUrl}/`);
  await browser.waitFor(
    `document.getElementById("headline").textContent.includes("3 requests in the last hour")`,
    "the request count",
  );
  const body = String(await browser.evaluate("document.body.innerText"));
  match(body, /^All good$/m, "the first line");
  match(body, /3 answered on the box, 0 in the cloud/, "local vs cloud");
  match(body, /SIMPLE\s+3\s+3/, "route mix");
  match(body, /primary\s+up\s+chat · on the box · sim-primary/, "services");
  match(body, /ann\s+\$0 of \$2\.00 cloud budget/, "members");
  match(body, /vllm-primary\s+running\s+2\s+40\.5/, "containers");
  ok(!body.includes("private question"), "no container log tails");
  // The page reloads its content every 5 s: two more requests (one to the cloud) show up without a reload.
  await ann.chat.completions.create({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });
  await ann.chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "hello" }] });
  await browser.waitFor(
    `document.getElementById("headline").textContent.includes("5 requests in the last hour")`,
    "the updated request count",
    8_000,
  );
  const updated = String(await browser.evaluate("document.body.innerText"));
  match(updated, /4 answered on the box, 1 in the cloud/, "local vs cloud after the update");
  match(updated, /SIMPLE\s+4\s+4/, "route mix after the update");
  match(updated, /ALIAS\s+1/, "the cloud alias request");
  equal(browser.errors.length, 0, browser.errors.join("\n"));
});
