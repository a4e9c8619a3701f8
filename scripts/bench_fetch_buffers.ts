/**
 * `deno run -A --v8-flags=--expose-gc scripts/bench_fetch_buffers.ts`: native memory a `fetch` answer read
 * whole leaves behind until V8's next full GC. A local `Deno.serve` answers a 300-byte JSON body with a
 * length (`fixed`) or chunked (`chunked`, as a server that can stream answers); 1,280 answers are read with
 * `arrayBuffer()` at concurrency 64, as is or copied out with `toOwnedBytes` (`owned`). After each mode the
 * malloc main arena (`[heap]` in `/proc/self/smaps`) is read after glibc's `malloc_trim(0)` (through gdb),
 * once without and once after a full GC: what only a GC frees is the first figure minus the second.
 */
import { toOwnedBytes } from "../src/relay/read_upstream_json.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with --v8-flags=--expose-gc");

function readHeapKb(): number {
  let kb = 0;
  let inHeap = false;
  for (const line of Deno.readTextFileSync("/proc/self/smaps").split("\n")) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inHeap = line.endsWith("[heap]");
    else if (inHeap && line.startsWith("Rss:")) kb += Number(/(\d+)/.exec(line)?.[1]);
  }
  return kb;
}

async function trimmedHeapKb({ collect }: { collect: boolean }): Promise<number> {
  if (collect) gc!();
  const args = ["-p", String(Deno.pid), "-batch", "-ex", "call (int)malloc_trim(0)"];
  await new Deno.Command("gdb", { args, stdout: "null", stderr: "null" }).output();
  return readHeapKb();
}

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const answer = encoder.encode(JSON.stringify({ object: "chat.completion", content: "Paris ".repeat(40) }));
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (request) => {
  await request.arrayBuffer();
  const chunked = new URL(request.url).pathname === "/chunked";
  const body = chunked ? ReadableStream.from([answer]) : answer;
  return new Response(body, { headers: { "content-type": "application/json" } });
});
const client = Deno.createHttpClient({});
const url = (path: string) => `http://127.0.0.1:${server.addr.port}/${path}`;
const warmUp = (path: string) =>
  Promise.all(Array.from({ length: 64 }, async () => {
    await (await fetch(url(path), { method: "POST", body: "{}", client })).arrayBuffer();
  }));
try {
  // The 64 pooled connections each way and the JIT, before any figure.
  for (let round = 0; round < 5; round++) await Promise.all([warmUp("fixed"), warmUp("chunked")]);
  for (const mode of ["fixed", "chunked", "owned"]) {
    const path = mode === "fixed" ? "fixed" : "chunked";
    const readOne = async () => {
      const response = await fetch(url(path), { method: "POST", body: "{}", client });
      const whole = await response.arrayBuffer();
      return mode === "owned" ? toOwnedBytes(whole) : new Uint8Array(whole);
    };
    await readOne();
    const before = await trimmedHeapKb({ collect: true });
    for (let round = 0; round < 20; round++) await Promise.all(Array.from({ length: 64 }, readOne));
    const withoutGc = await trimmedHeapKb({ collect: false });
    const afterGc = await trimmedHeapKb({ collect: true });
    const mib = (kb: number) => `${kb >= 0 ? "+" : ""}${(kb / 1024).toFixed(1)} MiB`;
    print(
      `${mode.padEnd(8)} [heap] after 1,280 answers: ${mib(withoutGc - before)}, after a full GC ${
        mib(afterGc - before)
      }`,
    );
  }
} finally {
  client.close();
  await server.shutdown();
}
