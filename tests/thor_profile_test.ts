import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { Registry } from "prom-client";
import { createApp } from "../src/app.ts";
import { buildRouterState } from "../src/build_router_state.ts";
import { loadConfig } from "../src/config/load_config.ts";
import { printConfigCheck } from "../src/cli/print_config_check.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { createStateHolder } from "../src/router_state.ts";
import { startDemoUpstreams } from "../src/simulator/start_demo_upstreams.ts";
import { readFlag } from "../src/supervisor/container_spec.ts";
import { loadContainerProfile } from "../src/supervisor/load_container_profile.ts";
import { linkBackendContainers } from "../src/supervisor/start_supervision.ts";

const THOR = new URL("../infra/thor.yaml", import.meta.url).pathname;

/** The shipped Thor profile against simulated upstreams (keyword classifier), served on port 0. */
async function startThorRouter() {
  const { config } = await loadConfig(THOR);
  const upstreams = await startDemoUpstreams(config);
  for (const simulator of upstreams.simulators.values()) {
    Object.assign(simulator.behaviour, { ttftMs: 0, interTokenMs: 0 });
  }
  const state = createStateHolder(
    await buildRouterState(upstreams.config, { configSource: THOR, getSecret: upstreams.getSecret }),
  );
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

Deno.test("Thor profile: every local backend is linked to a container of infra/containers/thor.yaml that fits it", async () => {
  const { config } = await loadConfig(THOR);
  equal(config.supervisor.enabled, true);
  equal(config.supervisor.profile, "thor");
  const profile = await loadContainerProfile("thor");
  deepEqual(linkBackendContainers(config, profile), {
    classifier: "chat-4b", // the 4B chat tier serves as the classifier too
    "chat-4b": "chat-4b",
    "chat-8b": "chat-8b",
    "chat-32b": "chat-32b",
    coder: "coder-32b",
    "coder-long": "coder-30b-a3b",
    vision: "vision",
    embed: "embed",
    whisper: "asr",
    piper: "tts",
  });
  // Vision: images only, at most 4, each capped at 1280 tokens; the router says no to a fifth itself.
  const vision = profile.containers.vision!.cmd;
  deepEqual(JSON.parse(readFlag(vision, "--limit-mm-per-prompt")!), { image: 4, video: 0 });
  deepEqual(JSON.parse(readFlag(vision, "--mm-processor-kwargs")!), { "max_pixels": 1003520 });
  equal(config.vision.maxImages, 4);
});

Deno.test("Thor profile: check prints the containers with their backends and the 57.6 GiB peak", async () => {
  const lines: string[] = [];
  equal(await printConfigCheck(THOR, (text) => lines.push(text)), 0);
  const output = lines.join("\n");
  match(output, /chat-4b: vllm\/vllm-openai:v0\.20\.2, 11\.0 GiB, backends: classifier, chat-4b/);
  match(output, /peak 57\.6 GiB of 106\.0 GiB: fits/);
});

Deno.test("Thor profile: check refuses the config's old ports, model ids and 128K context", async () => {
  const shipped = await Deno.readTextFile(THOR);
  const broken = shipped
    .replace('"http://127.0.0.1:8010/v1"', '"http://127.0.0.1:8005/v1"')
    .replace(
      "model: qwen3-coder-30b-a3b\n    contextLength: 32768",
      "model: qwen3-coder-30b-a3b\n    contextLength: 131072",
    )
    .replace("model: qwen2-vl-7b", "model: qwen2.5-vl-7b-instruct");
  ok(broken !== shipped);
  const path = await Deno.makeTempFile({ suffix: ".yaml" });
  try {
    await Deno.writeTextFile(path, broken);
    await rejects(printConfigCheck(path, () => {}), (error: Error) => {
      equal(error.name, "ConfigError");
      deepEqual(error.message.split("\n").slice(1), [
        '  - backends.coder.urls[0] "http://127.0.0.1:8005/v1" uses port 8005, containers.coder-32b.port is 8010',
        "  - backends.coder-long.contextLength 131072 is over containers.coder-30b-a3b --max-model-len 32768",
        '  - backends.vision.model "qwen2.5-vl-7b-instruct" is not served by containers.vision ' +
        '(--served-model-name qwen2-vl-7b): vLLM answers 404 "model does not exist"',
      ]);
      return true;
    });
  } finally {
    await Deno.remove(path);
  }
});
