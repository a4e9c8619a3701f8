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

/** Resident memory of a process, from the kernel's own count. */
async function readRssBytes(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]) * 1024;
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
