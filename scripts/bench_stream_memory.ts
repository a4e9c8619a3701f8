/**
 * `deno run -A scripts/bench_stream_memory.ts [streams] [--no-logs]`: what each open stream holds in the
 * bench's router. Runs it (the shipped V8 flags, the unit's allocator settings) with `--inspect`, warms it
 * with 1,000 requests and 64 streams, then reads the JS heap in use after a full GC and the RSS, opens
 * `streams` (64) slow streams at once (the simulator waits 200 ms between tokens), reads the same with all of
 * them open after their first chunk, and prints the difference per stream, with the functions that
 * allocated the objects still alive then (V8's sampling heap profiler, collected objects left out).
 */
import {
  BENCH_KEY,
  buildRouterConfig,
  readUnitAllocatorEnv,
  toBinaryV8Flags,
} from "./_bench_router_config.ts";
import { readRssMib, runLoad, spawnListening, spawnSimulator } from "./_bench_load.ts";
import { connectInspector } from "./_inspector.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import denoJson from "../deno.json" with { type: "json" };

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const [count = 64] = Deno.args.filter((a) => !a.startsWith("--")).map(Number);
const main = new URL("../main.ts", import.meta.url).pathname;
const dir = await Deno.makeTempDir({ prefix: "ai-router-streams-" });

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const fast = await spawnSimulator(0);
const slow = await spawnSimulator(200);
const children = [fast.child, slow.child];
try {
  const config = `${dir}/router.yaml`;
  await Deno.mkdir(`${dir}/router`);
  await Deno.writeTextFile(
    config,
    buildRouterConfig({ fast: fast.port, slow: slow.port }, {
      dir: `${dir}/router`,
      keyHash: toKeyHash(BENCH_KEY),
      sessionLogs: !Deno.args.includes("--no-logs"),
    }),
  );
  const flags = ["--inspect=127.0.0.1:0", ...toBinaryV8Flags(denoJson)];
  const router = await spawnListening(
    ["run", "-A", ...flags, main, "serve", "--config", config, "--secrets-file", `${dir}/none`],
    {
      pattern: /(?=[\s\S]*Listening url=http:\/\/127\.0\.0\.1:(\d+))Debugger listening on (ws:\/\/\S+)/,
      from: "stderr",
      env: readUnitAllocatorEnv(),
    },
  );
  children.push(router.child);
  const target = {
    name: "router",
    chatUrl: `http://127.0.0.1:${router.port}/v1/chat/completions`,
    model: "ai-router",
    headers: { authorization: `Bearer ${BENCH_KEY}` },
    pid: router.child.pid,
  };
  const inspector = await connectInspector(router.match[2]!);
  const body = JSON.stringify({
    model: "slow",
    stream: true,
    messages: [{ role: "user", content: "What is the capital of France?" }],
  });
  const headers = { "content-type": "application/json", ...target.headers };
  /** Opens `n` streams at once and waits for each one's first chunk; returns their readers. */
  const openStreams = async (n: number) => {
    const responses = await Promise.all(
      Array.from({ length: n }, () => fetch(target.chatUrl, { method: "POST", headers, body })),
    );
    const readers = responses.map((r) => r.body!.getReader());
    await Promise.all(readers.map((r) => r.read()));
    return readers;
  };
  const drain = (readers: ReadableStreamDefaultReader<Uint8Array>[]) =>
    Promise.all(readers.map(async (r) => {
      while (!(await r.read()).done);
    }));
  const readHeap = async () => {
    await inspector.send("HeapProfiler.collectGarbage");
    const { usedSize } = await inspector.send("Runtime.getHeapUsage") as { usedSize: number };
    return { used: usedSize, rss: readRssMib(target.pid) };
  };
  await runLoad(target, { concurrency: 16, count: 1000 });
  await drain(await openStreams(64)); // the streaming path compiled, the connection pools filled
  await inspector.send("HeapProfiler.enable");
  const before = await readHeap();
  await inspector.send("HeapProfiler.startSampling", { samplingInterval: 256 });
  const readers = await openStreams(count);
  const open = await readHeap();
  const { profile } = await inspector.send("HeapProfiler.stopSampling") as { profile: { head: ProfileNode } };
  await drain(readers);
  const after = await readHeap();
  inspector.close();
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KiB`;
  print(
    `${count} streams open: JS heap after a full GC ${kib(before.used)} -> ${kib(open.used)}, per stream ${
      kib((open.used - before.used) / count)
    }; after they ended ${kib(after.used)}`,
  );
  print(
    `RSS ${before.rss.toFixed(1)} -> ${open.rss.toFixed(1)} MiB, per stream ${
      kib((open.rss - before.rss) * 1024 * 1024 / count)
    }; after they ended ${after.rss.toFixed(1)} MiB`,
  );
  const byFunction = new Map<string, number>();
  const walk = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.includes("/src/") ? `src/${url.split("/src/")[1]}` : url.split("/").slice(-2).join("/");
    const key = `${functionName || "(anonymous)"} ${where}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  print("live objects allocated while the streams opened, per stream (sampled), by allocating function:");
  for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    if (bytes > 0) print(`${kib(bytes / count)}  ${key}`);
  }
} finally {
  for (const child of children) {
    child.kill("SIGTERM");
    await child.status;
  }
  await Deno.remove(dir, { recursive: true });
}
