import { deepEqual, equal, match, ok } from "node:assert/strict";
import type { DoctorCheck } from "../src/cli/doctor/doctor_check.ts";
import { startPiperWyomingSimulator } from "../src/simulator/piper_simulator.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startWhisperHttpSimulator } from "../src/simulator/whisper_simulator.ts";
import { startWhisperWyomingSimulator } from "../src/simulator/wyoming_whisper_simulator.ts";
import { runCli } from "./run_cli.ts";

/** Runs `ai-router doctor --json` on a config text; returns the exit code and the checks. */
async function runDoctor(yaml: string, env: Record<string, string> = {}) {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/ai-router.yaml`, yaml);
    const args = [
      "doctor",
      "--json",
      "--config",
      `${dir}/ai-router.yaml`,
      "--secrets-file",
      `${dir}/.secrets`,
    ];
    const result = await runCli(args, env);
    const report = JSON.parse(result.stdout || "{}") as { ok?: boolean; checks?: DoctorCheck[] };
    return { code: result.code, stderr: result.stderr, checks: report.checks ?? [] };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The one check of that family, target and name; fails the test when it is missing. */
function find(
  checks: DoctorCheck[],
  { family, target, name }: { family: string; target: string; name: string },
): DoctorCheck {
  const check = checks.find((c) => c.family === family && c.target === target && c.name === name);
  ok(check, `no check ${family} ${target} ${name} in ${JSON.stringify(checks.map((c) => c.name))}`);
  return check;
}

const chatYaml = (url: string, extra = "") =>
  `backends:\n  primary: { urls: ["${url}"], model: qwen3-8b, reasoning: true, required: true }\n${extra}`;

Deno.test("ai-router doctor --demo passes every check against the demo's simulators", async () => {
  const result = await runCli(["doctor", "--demo", "--config", "infra/thor.yaml"]);
  equal(result.code, 0, result.stdout + result.stderr);
  match(result.stdout, /^ok +vllm classifier: classifier label: answered "SIMPLE"/m);
  match(result.stdout, /^ok +speech piper: describe: piper 2\.4\.0 lists the 8 configured voices/m);
  match(result.stdout, /All \d+ checks passed/);
  equal(/^FAIL/m.test(result.stdout), false);
});

Deno.test("ai-router doctor tells to upgrade a vLLM too old for structured_outputs (0.9.2)", async () => {
  await using old = await startOpenAiSimulator({ models: ["qwen3-8b"], version: "0.9.2" });
  const { code, checks } = await runDoctor(
    chatYaml(old.baseUrl, "routing:\n  classifier: { backend: primary }\n"),
  );
  equal(code, 1);
  const version = find(checks, { family: "vllm", target: "primary", name: "version" });
  equal(version.status, "fail");
  match(version.detail, /vLLM 0\.9\.2 is older than 0\.10\.2/);
  match(version.advice ?? "", /use vllm\/vllm-openai:v0\.20\.2/);
  const label = find(checks, { family: "vllm", target: "primary", name: "classifier label" });
  equal(label.status, "fail");
  match(label.advice ?? "", /structured_outputs/);
  equal(find(checks, { family: "vllm", target: "primary", name: "served model" }).status, "ok");
});

Deno.test("ai-router doctor names the served model to configure, an empty answer and a cut stream", async () => {
  await using sim = await startOpenAiSimulator({
    models: ["qwen3-8b-awq"],
    behaviour: { reply: () => "", failure: { kind: "drop", afterChunks: 1 } },
  });
  const { code, checks } = await runDoctor(chatYaml(sim.baseUrl));
  equal(code, 1);
  const served = find(checks, { family: "vllm", target: "primary", name: "served model" });
  equal(served.status, "fail");
  match(
    served.advice ?? "",
    /set backends\.primary\.model to one of "qwen3-8b-awq", or --served-model-name qwen3-8b/,
  );
  equal(find(checks, { family: "vllm", target: "primary", name: "stream usage" }).status, "fail");
  equal(find(checks, { family: "vllm", target: "primary", name: "version" }).status, "ok");
});

Deno.test("ai-router doctor flags a reasoning parser that ignores thinking off", async () => {
  await using sim = await startOpenAiSimulator({
    models: ["qwen3-8b"],
    behaviour: { reasoning: true, answerInReasoning: true },
  });
  const { code, checks } = await runDoctor(chatYaml(sim.baseUrl));
  equal(code, 1);
  const thinking = find(checks, { family: "vllm", target: "primary", name: "thinking off" });
  equal(thinking.status, "fail");
  match(thinking.detail, /the answer came only as reasoning deltas/);
  match(thinking.advice ?? "", /--reasoning-parser/);
});

Deno.test("ai-router doctor checks the cloud key, the model and that refused parameters are dropped", async () => {
  await using xai = await startOpenAiSimulator({
    models: ["grok-4-1-fast-reasoning"],
    server: "xai",
    apiKey: "right",
  });
  const cloud = (model: string, extra = "") =>
    `  cloud: { urls: ["${xai.baseUrl}"], model: ${model}, location: cloud, apiKeyEnv: DOCTOR_XAI_KEY, searchTools: [web_search]${extra} }\n`;
  const yaml = (model: string, extra = "") => chatYaml(xai.baseUrl) + cloud(model, extra);
  const wrongKey = await runDoctor(yaml("grok-4-1-fast-reasoning"), { DOCTOR_XAI_KEY: "wrong" });
  const key = find(wrongKey.checks, { family: "cloud", target: "cloud", name: "key and model" });
  equal(key.status, "fail");
  match(key.detail, /401/);
  match(key.advice ?? "", /set DOCTOR_XAI_KEY in the secrets file/);

  const retired = await runDoctor(yaml("grok-4"), { DOCTOR_XAI_KEY: "right" });
  match(
    find(retired.checks, { family: "cloud", target: "cloud", name: "key and model" }).advice ?? "",
    /set backends\.cloud\.model/,
  );

  const current = await runDoctor(yaml("grok-4-1-fast-reasoning"), { DOCTOR_XAI_KEY: "right" });
  equal(find(current.checks, { family: "cloud", target: "cloud", name: "key and model" }).status, "ok");
  equal(
    find(current.checks, { family: "cloud", target: "cloud", name: "dropped parameters" }).status,
    "ok",
    "the cloud default dropParams",
  );
  match(find(current.checks, { family: "cloud", target: "cloud", name: "search" }).detail, /for \$0\.\d{4}/);

  const keepsAll = await runDoctor(yaml("grok-4-1-fast-reasoning", ", dropParams: []"), {
    DOCTOR_XAI_KEY: "right",
  });
  const dropped = find(keepsAll.checks, { family: "cloud", target: "cloud", name: "dropped parameters" });
  equal(dropped.status, "fail");
  match(dropped.advice ?? "", /add stop, presence_penalty, frequency_penalty to backends\.cloud\.dropParams/);
});

Deno.test("ai-router doctor finds a Wyoming model and voice the servers do not list", async () => {
  await using whisper = startWhisperWyomingSimulator({ model: "tiny-int8" });
  await using piper = startPiperWyomingSimulator();
  const yaml = chatYaml("http://127.0.0.1:9/v1") +
    `  whisper: { kind: wyoming, urls: ["${whisper.url}"], model: small-int8 }\n` +
    `  piper: { kind: wyoming, urls: ["${piper.url}"], model: en_US-lessac-high }\n` +
    "audio:\n  transcriptionBackend: whisper\n  speechBackend: piper\n";
  const { code, checks } = await runDoctor(yaml);
  equal(code, 1);
  const asr = find(checks, { family: "speech", target: "whisper", name: "describe" });
  equal(asr.status, "fail");
  match(asr.detail, /faster-whisper 3\.5\.0 lists tiny-int8, not "small-int8"/);
  match(asr.advice ?? "", /set backends\.whisper\.model to "tiny-int8" or --model small-int8/);
  const tts = find(checks, { family: "speech", target: "piper", name: "describe" });
  equal(tts.status, "fail");
  match(tts.detail, /does not list en_US-lessac-high \(backends\.piper\.model\)/);
});

Deno.test("ai-router doctor fails a local server that listens beyond loopback", async () => {
  await using open = await startOpenAiSimulator({ models: ["qwen3-8b"], hostname: "0.0.0.0" });
  const { checks } = await runDoctor(chatYaml(`http://127.0.0.1:${open.port}/v1`));
  const listeners = find(checks, { family: "listeners", target: "host", name: "loopback only" });
  equal(listeners.status, "fail", listeners.detail);
  match(listeners.detail, new RegExp(`listening beyond loopback: .*:${open.port}`));
  match(listeners.advice ?? "", /start the server of backends\.primary with --host 127\.0\.0\.1/);
});

Deno.test("ai-router doctor says how to reach a container engine that is not there", async () => {
  await using sim = await startOpenAiSimulator({ models: ["qwen3-8b"] });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/profile.yaml`,
      "device: { name: test, memoryGib: 8 }\ncontainers:\n  web: { kind: http, image: x:1, port: 9, memory: { fixedGib: 1 } }\n",
    );
    const yaml = chatYaml(sim.baseUrl) +
      `supervisor: { enabled: true, profile: ${dir}/profile.yaml, dockerHost: "unix://${dir}/no.sock" }\n`;
    const { checks } = await runDoctor(yaml);
    const engine = find(checks, { family: "containers", target: "engine", name: "reachable" });
    equal(engine.status, "fail");
    match(engine.detail, /No Docker socket/);
    match(engine.advice ?? "", /sudo systemctl start docker.*supervisor\.dockerHost/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router doctor does not report a Docker engine missing when supervision runs on Kubernetes", async () => {
  await using sim = await startOpenAiSimulator({ models: ["qwen3-8b"] });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/profile.yaml`,
      "device: { name: test, memoryGib: 8 }\ncontainers:\n  web: { kind: http, image: x:1, port: 9, memory: { fixedGib: 1 } }\n",
    );
    const yaml = chatYaml(sim.baseUrl) +
      `supervisor: { enabled: true, engine: kubernetes, profile: ${dir}/profile.yaml, dockerHost: "unix://${dir}/no.sock" }\n`;
    const { checks } = await runDoctor(yaml);
    const engine = find(checks, { family: "containers", target: "engine", name: "reachable" });
    equal(engine.status, "skip");
    match(engine.detail, /supervisor\.engine is kubernetes/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router doctor checks an HTTP Whisper server's health and model list", async () => {
  await using speaches = startWhisperHttpSimulator();
  const yaml = chatYaml("http://127.0.0.1:9/v1") +
    `  whisper: { urls: ["${speaches.baseUrl}"], model: Systran/faster-whisper-large-v3 }\n` +
    "audio:\n  transcriptionBackend: whisper\n";
  const { checks } = await runDoctor(yaml);
  equal(find(checks, { family: "speech", target: "whisper", name: "health" }).status, "ok");
  const models = find(checks, { family: "speech", target: "whisper", name: "models" });
  equal(models.status, "fail");
  match(models.detail, /does not list "Systran\/faster-whisper-large-v3" \(Systran\/faster-whisper-small/);
  match(models.advice ?? "", /set backends\.whisper\.model/);
});

Deno.test("ai-router doctor says when ffmpeg is missing for the audio backends, and how to install it", async () => {
  await using whisper = startWhisperWyomingSimulator({ model: "small-int8" });
  const audio = (extra: string) =>
    chatYaml("http://127.0.0.1:9/v1") +
    `  whisper: { kind: wyoming, urls: ["${whisper.url}"], model: small-int8 }\n` +
    `audio:\n  transcriptionBackend: whisper\n${extra}`;
  const missing = find((await runDoctor(audio("  ffmpegPath: /nonexistent/ffmpeg\n"))).checks, {
    family: "speech",
    target: "ffmpeg",
    name: "installed",
  });
  equal(missing.status, "fail");
  match(missing.detail, /MP4\/AAC uploads/);
  match(missing.advice ?? "", /apt-get install ffmpeg/);
  equal(
    find((await runDoctor(audio(""))).checks, { family: "speech", target: "ffmpeg", name: "installed" })
      .status,
    "ok",
  );
  equal(
    find((await runDoctor(chatYaml("http://127.0.0.1:9/v1"))).checks, {
      family: "speech",
      target: "ffmpeg",
      name: "installed",
    }).status,
    "skip",
  );
});

Deno.test("ai-router doctor probes the embeddings backend with an embedding, not with chat", async () => {
  await using chat = await startOpenAiSimulator({ models: ["qwen3-8b"] });
  // A vLLM started with --runner pooling: embeddings only, chat refused.
  await using pooling = await startOpenAiSimulator({ models: ["bge-m3"], runner: "pooling" });
  const { checks } = await runDoctor(
    `backends:
  primary: { urls: ["${chat.baseUrl}"], model: qwen3-8b }
  embed: { urls: ["${pooling.baseUrl}"], model: bge-m3 }
routing: { embeddingsBackend: embed }
`,
  );
  const embeddings = find(checks, { family: "vllm", target: "embed", name: "embeddings" });
  equal(embeddings.status, "ok", embeddings.detail);
  match(embeddings.detail, /an embedding of \d+ numbers/);
  deepEqual(
    checks.filter((c) => c.target === "embed").map((c) => [c.name, c.status]),
    [["version", "ok"], ["served model", "ok"], ["embeddings", "ok"]],
  );
  equal(pooling.requests.some((r) => r.path === "/v1/chat/completions"), false, "no chat probe reached it");
  equal(find(checks, { family: "vllm", target: "primary", name: "stream usage" }).status, "ok");
});

Deno.test("ai-router doctor says an embedding model behind a chat backend belongs in routing.embeddingsBackend", async () => {
  await using pooling = await startOpenAiSimulator({ models: ["bge-m3"], runner: "pooling" });
  const { code, checks } = await runDoctor(
    `backends:\n  primary: { urls: ["${pooling.baseUrl}"], model: bge-m3 }\n`,
  );
  equal(code, 1);
  const usage = find(checks, { family: "vllm", target: "primary", name: "stream usage" });
  equal(usage.status, "fail");
  match(usage.detail, /does not support Chat Completions API/);
  match(
    usage.advice ?? "",
    /serves an embedding model \(vLLM --runner pooling\): name it in routing\.embeddingsBackend/,
  );
});
