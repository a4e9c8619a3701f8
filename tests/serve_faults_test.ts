/** Faults only a real `serve` process shows: stop signals, its memory under oversized bodies, idle sockets. */
import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startCli } from "./run_cli.ts";

async function readSessionEntries(dir: string): Promise<Array<{ status: number; error: string | null }>> {
  const entries = [];
  for await (const file of Deno.readDir(dir)) {
    if (file.name.endsWith(".json")) entries.push(JSON.parse(await Deno.readTextFile(`${dir}/${file.name}`)));
  }
  return entries;
}

/**
 * Resident memory of a process, from the kernel's own count (`ps` reads /proc/<pid>/status; Deno lets a test
 * read /proc itself only with --allow-all, which `deno task test` does not grant).
 */
async function readRssBytes(pid: number): Promise<number> {
  const output = await new Deno.Command("ps", { args: ["-o", "rss=", "-p", String(pid)] }).output();
  const kib = Number(new TextDecoder().decode(output.stdout).trim());
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`Cannot read the RSS of process ${pid}`);
  return kib * 1024;
}

Deno.test("SIGTERM during 20 streams lets every one finish, each with its session log at status 200", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"], behaviour: { interTokenMs: 40 } });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/config.yaml`,
      `server: { host: 127.0.0.1, port: 0, shutdownGraceMs: 60000 }
sessionLogs: { dir: "${dir}/sessions" }
backends: { primary: { urls: ["${sim.baseUrl}"], model: m } }
`,
    );
    await using cli = startCli(["serve", "--config", `${dir}/config.yaml`]);
    const [, url] = await cli.waitFor(/Listening url=(\S+)/);
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "none", maxRetries: 0 });
    const question = "please repeat these twenty words slowly so that the answer keeps streaming for a while";
    const streams = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.chat.completions.create({
          model: "ai-router",
          stream: true,
          messages: [{ role: "user", content: question }],
        })),
    );
    const readers = streams.map((stream) => stream[Symbol.asyncIterator]());
    // Every stream has started before the signal.
    await Promise.all(readers.map((reader) => reader.next()));
    cli.process.kill("SIGTERM");
    await cli.waitFor(/Shutting down: draining/);
    const texts = await Promise.all(readers.map(async (reader) => {
      let text = "";
      for (let part = await reader.next(); !part.done; part = await reader.next()) {
        text += part.value.choices[0]?.delta.content ?? "";
      }
      return text;
    }));
    for (const text of texts) match(text, /one token at a time\.$/, "the whole answer arrived");
    equal((await cli.process.status).code, 0);
    ok(!/Grace period over/.test(cli.output()), "all finished within the grace period");
    const entries = await readSessionEntries(`${dir}/sessions`);
    equal(entries.length, 20);
    for (const entry of entries) equal(entry.status, 200, JSON.stringify(entry.error));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** A body of `total` bytes made on demand, so the test process itself never holds it. */
function makeLargeBody(total: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"model":"cloud","messages":[],"pad":"'));
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

/** Sends raw HTTP/1.1 and returns the first line of the answer (or "closed"). */
async function sendRaw(
  port: number,
  { head, bodyBytes }: { head: string; bodyBytes: number },
): Promise<string> {
  using conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode(head));
  await conn.write(new Uint8Array(bodyBytes).fill(0x20)).catch(() => {});
  const buffer = new Uint8Array(1024);
  // A bound on the wait, not a speed goal: before the fix the router waited for the rest forever.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<"no answer">((resolve) =>
    timer = setTimeout(() => resolve("no answer"), 15_000)
  );
  const read = await Promise.race([conn.read(buffer).catch(() => null), silence]).finally(() =>
    clearTimeout(timer)
  );
  if (read === "no answer") return read;
  return read === null
    ? "closed"
    : new TextDecoder().decode(buffer.subarray(0, read)).split("\r\n")[0] as string;
}

Deno.test("a restricted member's oversized body is refused before it is held: RSS grows by less than twice maxBodyBytes", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/.secrets`, "KID_KEY=kid-key\n", { mode: 0o600 });
    await Deno.writeTextFile(
      `${dir}/config.yaml`,
      `server: { host: 127.0.0.1, port: 0, maxBodyBytes: ${MAX_BODY_BYTES} }
sessionLogs: { enabled: false }
backends: { primary: { urls: ["${sim.baseUrl}"], model: m, aliases: [cloud] } }
users: { members: { kid: { key: KID_KEY, allowedModels: [ai-router] } } }
`,
    );
    await using cli = startCli([
      "serve",
      "--config",
      `${dir}/config.yaml`,
      "--secrets-file",
      `${dir}/.secrets`,
    ]);
    const [, url] = await cli.waitFor(/Listening url=(\S+)/);
    const port = Number(new URL(url as string).port);
    const post = (body: BodyInit) =>
      fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: "Bearer kid-key", "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(30_000),
      }).then(async (response) => {
        await response.body?.cancel();
        return response.status;
      }, () => "closed");
    // Warm-up: the code paths of a refusal are compiled and their buffers allocated before measuring.
    for (let i = 0; i < 3; i++) equal(await post(makeLargeBody(2 * MAX_BODY_BYTES)), 413);
    const before = await readRssBytes(cli.process.pid);
    const status = await post(makeLargeBody(96 * 1024 * 1024));
    ok(status === 413 || status === "closed", `a streamed 96 MiB body: ${status}`);
    const grown = (await readRssBytes(cli.process.pid)) - before;
    ok(grown < 2 * MAX_BODY_BYTES, `RSS grew by ${(grown / 1048576).toFixed(1)} MiB`);
    const declared = `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer kid-key\r\n` +
      `content-type: application/json\r\n` +
      `content-length: ${200 * 1024 * 1024}\r\n\r\n`;
    equal(
      await sendRaw(port, { head: declared, bodyBytes: 2 * 1024 * 1024 }),
      "HTTP/1.1 413 Payload Too Large",
    );
    equal(sim.requests.length, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a stream still open when the grace period ends gets one error event, and serve exits 0", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"], behaviour: { interTokenMs: 60_000 } });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/config.yaml`,
      `server: { host: 127.0.0.1, port: 0, shutdownGraceMs: 200 }
sessionLogs: { dir: "${dir}/sessions" }
backends: { primary: { urls: ["${sim.baseUrl}"], model: m, timeouts: { idleMs: 120000 } } }
`,
    );
    await using cli = startCli(["serve", "--config", `${dir}/config.yaml`]);
    const [, url] = await cli.waitFor(/Listening url=(\S+)/);
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "ai-router", stream: true, messages: [{ role: "user", content: "hi" }] }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream())
      .getReader();
    let text = (await reader.read()).value ?? "";
    cli.process.kill("SIGTERM");
    for (let part = await reader.read(); !part.done; part = await reader.read()) text += part.value;
    equal(text.match(/"error"/g)?.length, 1, text);
    match(text, /The router is shutting down/);
    ok(!text.includes("[DONE]"));
    equal((await cli.process.status).code, 0);
    const [entry] = await readSessionEntries(`${dir}/sessions`);
    match(entry?.error ?? "", /The router is shutting down/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
