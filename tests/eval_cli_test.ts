import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { findFreePort } from "./find_free_port.ts";
import { runCli, startCli } from "./run_cli.ts";

const SET = new URL("./fixtures/routing_eval.jsonl", import.meta.url).pathname;
const LABELS = ["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"];

Deno.test("ai-router eval --demo prints accuracy, cloud share, latency percentiles and a consistent confusion matrix", async () => {
  const result = await runCli(["eval", "--demo", "--set", SET]);
  equal(result.code, 0, result.stderr);
  const out = result.stdout;
  const accuracy = out.match(/^Accuracy: (\d+\.\d)% \((\d+)\/(\d+)\)$/m);
  match(out, /^Cloud share: \d+\.\d%$/m);
  match(out, /^Classifier latency: p50 \d+\.\d ms, p95 \d+\.\d ms$/m);
  match(out, /^Classifier failures \(default label used\): 0$/m);
  match(
    out,
    /^Confusion matrix \(rows: expected, columns: predicted\):\n\s+SIMPLE\s+MODERATE\s+COMPLEX\s+ENRICH$/m,
  );

  // Each row sums to the prompts labelled so in the set; the diagonal is the accuracy's numerator.
  const expected = (await Deno.readTextFile(SET)).trim().split("\n").map((line) => JSON.parse(line).label);
  let correct = 0;
  for (const [index, label] of LABELS.entries()) {
    const row = out.match(new RegExp(`^\\s*${label}((?:\\s+\\d+){4})$`, "m"));
    const counts = (row?.[1] ?? "").trim().split(/\s+/).map(Number);
    equal(counts.length, 4, `row ${label} in:\n${out}`);
    equal(counts.reduce((a, b) => a + b, 0), expected.filter((l) => l === label).length, `row ${label}`);
    correct += counts[index] ?? 0;
  }
  equal(Number(accuracy?.[3]), expected.length);
  equal(Number(accuracy?.[2]), correct);
  equal(accuracy?.[1], (correct / expected.length * 100).toFixed(1));
});

const META_CORPUS = new URL("./fixtures/meta_corpus.jsonl", import.meta.url).pathname;

Deno.test("ai-router eval --demo --meta reports the corpus per client, per task and on the hard negatives", async () => {
  const result = await runCli(["eval", "--demo", "--meta", META_CORPUS]);
  equal(result.code, 0, result.stderr);
  const out = result.stdout;
  const lines = (await Deno.readTextFile(META_CORPUS)).trim().split("\n").map((line) => JSON.parse(line));
  const metaLines = lines.filter((line) => line.kind === "meta");
  const clients = new Set(metaLines.map((line) => line.client));
  match(
    out,
    new RegExp(
      `^META corpus: ${metaLines.length} housekeeping requests from ${clients.size} clients, ${
        lines.length - metaLines.length
      } hard negatives$`,
      "m",
    ),
  );
  // Every client has a row whose case count matches the corpus; the rows' detections sum to the headline.
  let detected = 0;
  for (const client of clients) {
    const row = out.match(
      new RegExp(
        `^${
          client.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        }\\s+(\\d+)\\s+(\\d+)\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})$`,
        "m",
      ),
    );
    equal(Number(row?.[1]), metaLines.filter((line) => line.client === client).length, `row ${client}`);
    detected += Number(row?.[2]);
  }
  const rules = out.match(/^Rules: precision (\d\.\d{3}), recall (\d\.\d{3}) \((\d+)\/(\d+)\), false META/m);
  equal(Number(rules?.[3]), detected);
  equal(Number(rules?.[4]), metaLines.length);
  // The targets (docs/routing.md): leave-one-client-out recall >= 0.9, precision >= 0.95, false META <= 2 %.
  const loco = out.match(
    /^Leave-one-client-out: precision (\d\.\d{3}), recall (\d\.\d{3}) \(\d+\/\d+\), false META at most (\d+\.\d)%/m,
  );
  ok(
    Number(loco?.[1]) >= 0.95 && Number(loco?.[2]) >= 0.9 && Number(loco?.[3]) <= 2,
    out.split("\n").slice(0, 3).join("\n"),
  );
  match(out, /^Per task:\n/m);
  match(out, /^rag\s+\d+\s+\d+\s+\d+\.\d%$/m);
});

const EVERYDAY_TURNS = new URL("./fixtures/meta_ordinary.jsonl", import.meta.url).pathname;

Deno.test("ai-router eval --demo --meta leaves everyday turns in a dozen languages alone (at most 0.5 % META)", async () => {
  const result = await runCli(["eval", "--demo", "--meta", EVERYDAY_TURNS]);
  equal(result.code, 0, result.stderr);
  const turns = (await Deno.readTextFile(EVERYDAY_TURNS)).trim().split("\n").length;
  const rules = result.stdout.match(/^Rules: .* false META \d+\.\d% \((\d+)\/(\d+)\)$/m);
  equal(Number(rules?.[2]), turns, result.stdout.split("\n").slice(0, 3).join("\n"));
  ok(turns >= 2000 && Number(rules?.[1]) <= turns * 0.005, rules?.[0]);
});

Deno.test("ai-router eval --meta counts a small corpus exactly and names a bad line", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const title = {
      kind: "meta",
      client: "LobeChat",
      task: "title",
      request: {
        messages: [
          {
            role: "system",
            content: "You are a professional conversation summarizer. Generate a concise title.",
          },
          { role: "user", content: "user: hi\nassistant: hello" },
        ],
      },
    };
    const negative = {
      kind: "negative",
      client: "user",
      task: "pasted-title",
      request: {
        messages: [{ role: "user", content: "Suggest a title for my essay about bees" }],
        stream: true,
      },
    };
    await Deno.writeTextFile(`${dir}/small.jsonl`, `${JSON.stringify(title)}\n${JSON.stringify(negative)}\n`);
    const small = await runCli(["eval", "--demo", "--meta", `${dir}/small.jsonl`]);
    equal(small.code, 0, small.stderr);
    match(small.stdout, /^Rules: precision 1\.000, recall 1\.000 \(1\/1\), false META 0\.0% \(0\/1\)$/m);
    // Without LobeChat's phrase, the features still find it (a transcript, a title, a persona).
    match(small.stdout, /^Leave-one-client-out: precision 1\.000, recall 1\.000 \(1\/1\)/m);
    match(small.stdout, /^ {2}lobechat-title: 1$/m);
    await Deno.writeTextFile(`${dir}/bad.jsonl`, `${JSON.stringify(title)}\n{"kind": "meta"}\n`);
    const bad = await runCli(["eval", "--demo", "--meta", `${dir}/bad.jsonl`]);
    equal(bad.code === 0, false);
    match(bad.stderr, /line 2: needs "request\.messages"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router eval without --set fails with a message", async () => {
  const result = await runCli(["eval", "--demo"]);
  equal(result.code === 0, false);
  match(result.stderr, /Missing --set FILE/);
});

Deno.test("serve --env-file takes the config path, the port and the cloud key from the file", async () => {
  await using primary = await startOpenAiSimulator({ models: ["sim"] });
  await using cloud = await startOpenAiSimulator({ models: ["sim-cloud"], apiKey: "env-file-cloud-key" });
  const dir = await Deno.makeTempDir();
  try {
    const configPath = `${dir}/ai-router.yaml`;
    await Deno.writeTextFile(
      configPath,
      `publicModel: ai-router
backends:
  primary: { urls: ["${primary.baseUrl}"], model: sim, required: true }
  cloud: { urls: ["${cloud.baseUrl}"], model: sim-cloud, location: cloud, apiKeyEnv: ENV_FILE_CLOUD_KEY, aliases: [cloud] }
`,
    );
    const port = findFreePort();
    await Deno.writeTextFile(
      `${dir}/.env`,
      `# as systemd's EnvironmentFile\nAI_ROUTER_CONFIG=${configPath}\nAI_ROUTER_PORT=${port}\nENV_FILE_CLOUD_KEY="env-file-cloud-key"\n`,
    );
    await using cli = startCli(["serve", "--env-file", `${dir}/.env`, "--secrets-file", `${dir}/none`]);
    const [, baseUrl] = await cli.waitFor(/Listening url=(http:\/\/\S+)/);
    equal(baseUrl, `http://127.0.0.1:${port}`);
    const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
    const { data, response } = await client.chat.completions.create({
      model: "cloud",
      messages: [{ role: "user", content: "hello" }],
    }).withResponse();
    equal(response.headers.get("x-ai-router-backend"), "cloud", "the key from the file reached the cloud");
    match(data.choices[0]?.message.content ?? "", /sim-cloud/);
    equal(cloud.requests.length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router eval --set without --demo exits non-zero naming the classifier it could not reach", async () => {
  const port = findFreePort();
  const dir = await Deno.makeTempDir();
  try {
    const configPath = `${dir}/ai-router.yaml`;
    await Deno.writeTextFile(
      configPath,
      `backends:
  primary: { urls: ["http://127.0.0.1:${port}/v1"], model: sim }
  classifier: { urls: ["http://127.0.0.1:${port}/v1"], model: sim }
`,
    );
    const down = await runCli(["eval", "--set", SET, "--config", configPath]);
    equal(down.code, 1);
    match(
      down.stderr,
      new RegExp(
        `Cannot evaluate: the classifier backend "classifier" \\(http://127\\.0\\.0\\.1:${port}/v1\\) failed on all \\d+ prompts \\(error: .+\\): start it, point routing\\.classifier\\.backend at a running backend, or add --demo`,
      ),
    );
    equal(/Accuracy/.test(down.stdout), false, "no accuracy is printed for a classifier that never answered");

    await Deno.writeTextFile(
      configPath,
      `backends:\n  primary: { urls: ["http://127.0.0.1:${port}/v1"], model: sim }\n`,
    );
    const unnamed = await runCli(["eval", "--set", SET, "--config", configPath]);
    equal(unnamed.code, 1);
    match(
      unnamed.stderr,
      /Cannot evaluate: routing\.classifier\.backend "classifier" in ".*" names no backend/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
