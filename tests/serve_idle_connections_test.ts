/** A real `serve` closes connections that idle, and only those. */
import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startCli } from "./run_cli.ts";

const IDLE_TIMEOUT_MS = 500;
/** A bound on each wait, not a speed goal: far above the timeout, so "still open" means never closed. */
const OPEN_BOUND_MS = 15_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until the router closes the socket: "closed", or "still open" when it never does. */
async function readUntilClosed(conn: Deno.Conn): Promise<string> {
  const buffer = new Uint8Array(4096);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<"still open">((resolve) =>
    timer = setTimeout(() => resolve("still open"), OPEN_BOUND_MS)
  );
  try {
    while (true) {
      const read = await Promise.race([conn.read(buffer).catch(() => null), bound]);
      if (read === "still open") return read;
      if (read === null) return "closed";
    }
  } finally {
    clearTimeout(timer);
  }
}

/** One GET on an open socket, read to the end of its body; "closed" when the socket ended instead. */
async function getOnSocket(conn: Deno.Conn, path: string): Promise<string> {
  await conn.write(encoder.encode(`GET ${path} HTTP/1.1\r\nhost: router\r\n\r\n`));
  const buffer = new Uint8Array(65536);
  let text = "";
  while (true) {
    const read = await conn.read(buffer).catch(() => null);
    if (read === null) return "closed";
    text += decoder.decode(buffer.subarray(0, read));
    const headEnd = text.indexOf("\r\n\r\n");
    const length = Number(text.match(/content-length: (\d+)/i)?.[1] ?? NaN);
    if (headEnd >= 0 && text.length >= headEnd + 4 + length) return text.split("\r\n")[0] as string;
  }
}

Deno.test("serve closes silent, slowloris and idle keep-alive connections after server.idleTimeoutMs, but not busy ones", async () => {
  // The first token comes after more than one idle period: a request in flight is never timed out.
  await using sim = await startOpenAiSimulator({
    models: ["m"],
    behaviour: { ttftMs: 3 * IDLE_TIMEOUT_MS, interTokenMs: 100 },
  });
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/config.yaml`,
      `server: { host: 127.0.0.1, port: 0, idleTimeoutMs: ${IDLE_TIMEOUT_MS} }
sessionLogs: { dir: "${dir}/sessions" }
backends: { primary: { urls: ["${sim.baseUrl}"], model: m } }
`,
    );
    await using cli = startCli(["serve", "--config", `${dir}/config.yaml`]);
    const [, url] = await cli.waitFor(/Listening url=(\S+)/);
    const port = Number(new URL(url as string).port);
    const connect = () => Deno.connect({ hostname: "127.0.0.1", port });

    using silent = await connect();
    using midHeaders = await connect();
    await midHeaders.write(encoder.encode("GET /health HTTP/1.1\r\nhost: router\r\n"));
    using trickling = await connect();
    const trickle = (async () => {
      // Slowloris: one more header line every 200 ms, never the blank line that ends the head.
      for (let i = 0; i < 40; i++) {
        if (await trickling.write(encoder.encode(`x-pad-${i}: 1\r\n`)).then(() => false, () => true)) return;
        await sleep(200);
      }
    })();
    using idleKeepAlive = await connect();
    equal(await getOnSocket(idleKeepAlive, "/health"), "HTTP/1.1 200 OK");

    // A keep-alive client that asks again well within the timeout keeps its one connection for many periods.
    using busy = await connect();
    const busyClient = (async () => {
      const answers = [];
      for (let i = 0; i < 10; i++) {
        answers.push(await getOnSocket(busy, "/health"));
        await sleep(IDLE_TIMEOUT_MS / 2);
      }
      return answers;
    })();
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "none", maxRetries: 0 });
    const streaming = (async () => {
      const stream = await client.chat.completions.create({
        model: "ai-router",
        stream: true,
        messages: [{ role: "user", content: "a long answer, please" }],
      });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
      return text;
    })();

    const [silentEnd, midHeadersEnd, tricklingEnd, keepAliveEnd] = await Promise.all(
      [silent, midHeaders, trickling, idleKeepAlive].map(readUntilClosed),
    );
    equal(silentEnd, "closed", "silent after connecting");
    equal(midHeadersEnd, "closed", "stuck mid-headers");
    equal(tricklingEnd, "closed", "trickling headers");
    equal(keepAliveEnd, "closed", "idle keep-alive after one request");
    await trickle;
    equal(
      (await busyClient).join(),
      Array(10).fill("HTTP/1.1 200 OK").join(),
      "the busy client was never cut",
    );
    match(await streaming, /one token at a time\.$/, "the whole stream arrived");
    // A stop still drains and exits 0; then every session log is written. The router still saw the real
    // client address through its own connection handling.
    cli.process.kill("SIGTERM");
    equal((await cli.process.status).code, 0);
    const [log] = [...Deno.readDirSync(`${dir}/sessions`)].filter((file) => file.name.endsWith(".json"));
    ok(log, "the stream left a session log");
    const entry = JSON.parse(await Deno.readTextFile(`${dir}/sessions/${log.name}`));
    equal(entry.status, 200);
    equal(entry.client_ip, "127.0.0.1");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
