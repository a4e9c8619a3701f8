import { deepEqual, equal, match, ok } from "node:assert/strict";
import { startWhisperWyomingSimulator } from "../src/simulator/wyoming_whisper_simulator.ts";
import { startTestRouter } from "./test_router.ts";
import { findFreePort } from "./find_free_port.ts";

Deno.test("GET /health answers 200 while the process serves, even with every backend down", async () => {
  await using router = await startTestRouter();
  await router.upstreams.primary.stop();
  const response = await fetch(`${router.baseUrl}/health`);
  equal(response.status, 200);
  deepEqual(await response.json(), { status: "ok" });
});

Deno.test("GET /health/ready is 200 when the primary answers and 503 with why when it is down", async () => {
  await using router = await startTestRouter();
  const ready = await fetch(`${router.baseUrl}/health/ready`);
  equal(ready.status, 200);
  deepEqual(await ready.json(), { status: "ready", backends: { primary: "up" } });

  await router.upstreams.primary.stop();
  const down = await fetch(`${router.baseUrl}/health/ready`);
  equal(down.status, 503);
  const body = await down.json();
  equal(body.status, "not_ready");
  match(body.reasons[0], /^backend "primary": /);

  await router.upstreams.primary.restart();
  const again = await fetch(`${router.baseUrl}/health/ready`);
  await again.body?.cancel();
  equal(again.status, 200, "ready again once the primary is back");
});

Deno.test("GET /health/deep shows each backend's state, the config and supervision", async () => {
  await using router = await startTestRouter();
  await router.upstreams.classifier.stop();
  const response = await fetch(`${router.baseUrl}/health/deep`);
  equal(response.status, 200, "the classifier is not required, so the router stays ready");
  const body = await response.json();
  equal(body.backends.primary.state, "up");
  equal(body.backends.classifier.state, "down");
  ok(body.backends.classifier.probe.error);
  equal(body.backends.cloud.state, "up");
  equal(body.config.source, "test.yaml");
  equal(body.supervision.enabled, false);
  ok(body.process.rssBytes > 0);
  ok(body.process.externalBytes > 0);
  ok(body.process.heapTotalBytes >= body.process.heapUsedBytes);
});

Deno.test("GET /metrics probes the backends: ai_router_backend_up follows the primary going down", async () => {
  await using router = await startTestRouter();
  const scrape = async () => await (await fetch(`${router.baseUrl}/metrics`)).text();
  match(await scrape(), /ai_router_backend_up\{backend="primary"\} 1/);
  await router.upstreams.primary.stop();
  const down = await scrape();
  match(down, /ai_router_backend_up\{backend="primary"\} 0/);
  match(down, /ai_router_backend_up\{backend="cloud"\} 1/);
  match(down, /ai_router_circuit_open\{backend="primary",url="http:\/\/127\.0\.0\.1:\d+\/v1"\} 0/);
});

Deno.test("GET /health/ready also waits for an audio backend marked required", async () => {
  const whisperYaml = (url: string) =>
    `  whisper:\n    kind: wyoming\n    urls: ["${url}"]\n    model: tiny-int8\n    required: true\n`;
  const audioYaml = "audio: { transcriptionBackend: whisper }";
  {
    await using whisper = startWhisperWyomingSimulator();
    await using router = await startTestRouter({
      extraBackendsYaml: whisperYaml(whisper.url),
      extraYaml: audioYaml,
    });
    const ready = await fetch(`${router.baseUrl}/health/ready`);
    equal(ready.status, 200);
    deepEqual((await ready.json()).backends, { primary: "up", whisper: "up" });
  }
  const deadUrl = `tcp://127.0.0.1:${findFreePort()}`;
  await using router = await startTestRouter({
    extraBackendsYaml: whisperYaml(deadUrl),
    extraYaml: audioYaml,
  });
  const down = await fetch(`${router.baseUrl}/health/ready`);
  equal(down.status, 503);
  const body = await down.json();
  match(body.reasons[0], /^backend "whisper": /);
});
