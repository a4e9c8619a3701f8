import { deepEqual, equal, match } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { runCli, startCli } from "./run_cli.ts";

const configFor = (url: string, publicModel = "ai-router") =>
  `publicModel: ${publicModel}\nbackends:\n  primary: { urls: ["${url}"], model: sim, required: true }\n`;

Deno.test("ai-router version and --help print and exit 0", async () => {
  const version = await runCli(["version"]);
  equal(version.code, 0);
  match(version.stdout, /^ai-router \d+\.\d+\.\d+ \(deno /);
  const help = await runCli(["--help"]);
  equal(help.code, 0);
  match(help.stdout, /Usage: ai-router \[command\] \[options\]/);
  match(help.stdout, /--secrets-file PATH/);
});

Deno.test("ai-router check prints the resolved backends and routes", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/ok.yaml`, configFor("http://127.0.0.1:9/v1"));
    const result = await runCli(["check", "--config", `${dir}/ok.yaml`]);
    equal(result.code, 0, result.stderr);
    match(result.stdout, new RegExp(`Config OK: ${dir}/ok.yaml`));
    match(result.stdout, /primary: openai model "sim" at http:\/\/127.0.0.1:9\/v1 \(local, required\)/);
    match(result.stdout, /ai-router \(chat\) -> primary/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router check exits non-zero naming the file and the path of a bad value", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/bad.yaml`, "backends:\n  primary: { urls: [ftp://x], model: sim }\n");
    const result = await runCli(["check", "--config", `${dir}/bad.yaml`]);
    equal(result.code, 78);
    match(result.stderr, new RegExp(`Cannot load config "${dir}/bad.yaml": backends\\.primary\\.urls\\.0: `));
    const missing = await runCli(["serve", "--config", `${dir}/missing.yaml`]);
    equal(missing.code, 78);
    match(missing.stderr, /Cannot load config ".*missing.yaml"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router serve reloads on SIGHUP and keeps the running config when the new one is bad", async () => {
  await using upstream = await startOpenAiSimulator({ models: ["sim"] });
  const dir = await Deno.makeTempDir();
  const configPath = `${dir}/ai-router.yaml`;
  await Deno.writeTextFile(configPath, configFor(upstream.baseUrl));
  try {
    await using cli = startCli(["serve", "--config", configPath, "--port", "0"]);
    const [, baseUrl] = await cli.waitFor(/Listening url=(http:\/\/\S+)/);
    const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
    const listIds = async () => (await client.models.list()).data.map((m) => m.id);
    deepEqual(await listIds(), ["ai-router"]);

    await Deno.writeTextFile(configPath, "backends: {}\n");
    cli.process.kill("SIGHUP");
    await cli.waitFor(/Reload failed, keeping the running config error=.*backends: At least one backend/);
    deepEqual(await listIds(), ["ai-router"]);

    await Deno.writeTextFile(configPath, configFor(upstream.baseUrl, "family-ai"));
    cli.process.kill("SIGHUP");
    await cli.waitFor(/Reloaded config and prompts/);
    deepEqual(await listIds(), ["family-ai"]);
    const answer = await client.chat.completions.create({
      model: "family-ai",
      messages: [{ role: "user", content: "still there?" }],
    });
    match(answer.choices[0]?.message.content ?? "", /still there\?/);

    cli.process.kill("SIGTERM");
    equal((await cli.process.status).code, 0);
    // The process may exit before its last stderr chunk is read here, so wait for the line, not for EOF.
    await cli.waitFor(/Shutting down/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a SIGHUP to a config without keys is refused while the router listens beyond loopback", async () => {
  await using upstream = await startOpenAiSimulator({ models: ["sim"] });
  const dir = await Deno.makeTempDir();
  const configPath = `${dir}/ai-router.yaml`;
  const keyed = `users:\n  members:\n    ann: { key: "${toKeyHash("ann-key")}" }\n`;
  await Deno.writeTextFile(configPath, configFor(upstream.baseUrl) + keyed);
  try {
    await using cli = startCli(["serve", "--config", configPath, "--host", "0.0.0.0", "--port", "0"]);
    const [, port] = await cli.waitFor(/Listening url=http:\/\/0\.0\.0\.0:(\d+)/);
    const models = () => fetch(`http://127.0.0.1:${port}/v1/models`);
    await Deno.writeTextFile(configPath, configFor(upstream.baseUrl));
    cli.process.kill("SIGHUP");
    await cli.waitFor(/Reload failed, keeping the running config error=.*the new config has no keys/);
    const refused = await models();
    await refused.body?.cancel();
    equal(refused.status, 401, "the running config and its keys stay");
    cli.process.kill("SIGTERM");
    equal((await cli.process.status).code, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router demo serves simulated upstreams and prints the commands to try", async () => {
  await using cli = startCli(["demo", "--port", "0"]);
  const [, baseUrl] = await cli.waitFor(/ai-router demo is running at (http:\/\/\S+)/);
  await cli.waitFor(/curl .*\/v1\/chat\/completions/);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  const stream = await client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  match(text, /simulated answer/);
  const ready = await fetch(`${baseUrl}/health/ready`);
  equal(ready.status, 200);
  await ready.body?.cancel();
});
