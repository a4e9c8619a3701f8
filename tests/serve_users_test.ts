import { equal, match, ok } from "node:assert/strict";
import { toKeyHash } from "../src/users/key_ring.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";

const MAIN = new URL("../main.ts", import.meta.url).pathname;

/** Runs `main.ts serve` as a real process until it logs that it listens; returns its URL and its stderr so far. */
async function startServe(configYaml: string, { dir, args = [] }: { dir: string; args?: string[] }) {
  await Deno.writeTextFile(`${dir}/config.yaml`, configYaml);
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      MAIN,
      "serve",
      "--config",
      `${dir}/config.yaml`,
      "--secrets-file",
      `${dir}/.secrets`,
      ...args,
    ],
    env: { STATE_DIRECTORY: `${dir}/state` },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let log = "";
  while (!/Listening url=/.test(log)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`serve exited: ${log}`);
    log += value;
  }
  const url = /Listening url=(\S+)/.exec(log)?.[1] as string;
  const stop = async () => {
    child.kill("SIGTERM");
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      log += value;
    }
    return { status: await child.status, log };
  };
  return { url, log, stop };
}

Deno.test("serve without keys binds to loopback only and says so", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const dir = await Deno.makeTempDir();
  try {
    const yaml = `backends: { primary: { urls: ["${sim.baseUrl}"], model: m } }\n`;
    const served = await startServe(yaml, { dir, args: ["--host", "0.0.0.0", "--port", "0"] });
    match(served.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    match(served.log, /warn No keys configured: listening on loopback only/);
    const { status } = await served.stop();
    equal(status.code, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("serve with keys saves the day's usage to STATE_DIRECTORY on SIGTERM and never logs a key", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/.secrets`, "ANN_KEY=ann-plain-key\n", { mode: 0o600 });
    const yaml = `
logLevel: debug
server: { host: 127.0.0.1, port: 0 }
backends: { primary: { urls: ["${sim.baseUrl}"], model: m } }
users:
  members:
    ann: { key: ANN_KEY }
    bo: { key: "${toKeyHash("bo-plain-key")}" }
`;
    const served = await startServe(yaml, { dir });
    for (const key of ["ann-plain-key", "bo-plain-key", "wrong-plain-key"]) {
      const response = await fetch(`${served.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "hi" }] }),
      });
      await response.body?.cancel();
      equal(response.status, key === "wrong-plain-key" ? 401 : 200);
    }
    const { status, log } = await served.stop();
    equal(status.code, 0);
    ok(!/plain-key/.test(log), "no key in the log");
    match(log, /Request refused .*status=401.*reason="?Incorrect API key provided/);
    const state = JSON.parse(await Deno.readTextFile(`${dir}/state/state.json`));
    ok(state.members.ann.tokens > 0);
    ok(state.members.bo.tokens > 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
