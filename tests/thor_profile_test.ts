import { equal } from "node:assert/strict";
import OpenAI from "openai";
import { Registry } from "prom-client";
import { createApp } from "../src/app.ts";
import { buildRouterState } from "../src/build_router_state.ts";
import { loadConfig } from "../src/config/load_config.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { createStateHolder } from "../src/router_state.ts";
import { startDemoUpstreams } from "../src/simulator/start_demo_upstreams.ts";

const THOR = new URL("../infra/thor.yaml", import.meta.url).pathname;

/** The shipped Thor profile against simulated upstreams (keyword classifier), served on port 0. */
async function startThorRouter() {
  const { config } = await loadConfig(THOR);
  const upstreams = await startDemoUpstreams(config);
  for (const simulator of upstreams.simulators.values()) {
    Object.assign(simulator.behaviour, { ttftMs: 0, interTokenMs: 0 });
  }
  const state = createStateHolder(await buildRouterState(upstreams.config, THOR, upstreams.getSecret));
  const logger = createSilentLogger();
  const app = createApp({ state, logger, metrics: createMetrics(new Registry()) });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, app.fetch);
  const client = new OpenAI({
    baseURL: `http://127.0.0.1:${server.addr.port}/v1`,
    apiKey: "k",
    maxRetries: 0,
  });
  const ask = async (content: string) => {
    const { response } = await client.chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content }],
    }).withResponse();
    return `${response.headers.get("x-ai-router-route")} -> ${response.headers.get("x-ai-router-backend")}`;
  };
  return {
    client,
    ask,
    [Symbol.asyncDispose]: async () => {
      await server.shutdown();
      await upstreams[Symbol.asyncDispose]();
    },
  };
}

Deno.test("Thor profile: chat by tier, complex to the cloud", async () => {
  await using thor = await startThorRouter();
  equal(await thor.ask("hi there"), "SIMPLE -> chat-4b");
  equal(await thor.ask("Explain how tides work"), "MODERATE -> chat-8b");
  equal(await thor.ask("Prove that there are infinitely many primes"), "COMPLEX -> cloud");
});

Deno.test("Thor profile: code by context size, autocomplete to the MoE coder", async () => {
  await using thor = await startThorRouter();
  equal(await thor.ask("Debug this python function: def f(): return 1/0"), "CODE -> coder");
  const longCode = "Refactor this python code:\n" + "x = compute(x) + 1  # step\n".repeat(1400);
  equal(await thor.ask(longCode), "CODE -> coder-long", "over 8K estimated tokens");
  const { response } = await thor.client.completions.create({
    model: "ai-router",
    prompt: "<fim_prefix>def add(a, b):<fim_suffix><fim_middle>",
    max_tokens: 8,
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "coder-long");
});
