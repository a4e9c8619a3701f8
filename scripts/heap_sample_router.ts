/**
 * `deno run -A scripts/heap_sample_router.ts [count] [concurrency] [--no-logs]`: where the bench's router
 * allocates, per request. Runs it with `--inspect`, loads it, and records V8's sampling heap profiler over
 * `count` requests through the inspector (`HeapProfiler.startSampling` with the objects later collected
 * kept, so garbage counts too); prints the bytes per request of the top allocating functions and places.
 */
import { BENCH_KEY, buildRouterConfig } from "./_bench_router_config.ts";
import { runLoad, spawnListening, spawnSimulator } from "./_bench_load.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { connectInspector } from "./_inspector.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const sessionLogs = !Deno.args.includes("--no-logs");
/** `HEAP_TOP`: how many functions to list. */
const top = Number(Deno.env.get("HEAP_TOP") ?? 25);
const [count = 5000, concurrency = 1] = Deno.args.filter((a) => !a.startsWith("--")).map(Number);
const main = new URL("../main.ts", import.meta.url).pathname;
const dir = await Deno.makeTempDir({ prefix: "ai-router-heap-" });

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const place = (url: string) =>
  url === ""
    ? "(native)"
    : url.includes("/src/")
    ? `src/${url.split("/src/")[1]}`
    : url.includes("/npm/") || url.includes("node_modules")
    ? `npm:${url.split(/node_modules\/|\/npm\/[^/]+\//).pop()?.split("/")[0] ?? url}`
    : url.split("/").slice(0, 2).join("/");

const sim = await spawnSimulator(0);
try {
  const config = `${dir}/router.yaml`;
  await Deno.mkdir(`${dir}/router`);
  await Deno.writeTextFile(
    config,
    buildRouterConfig({ fast: sim.port, slow: sim.port }, {
      dir: `${dir}/router`,
      keyHash: toKeyHash(BENCH_KEY),
      sessionLogs,
    }),
  );
  const flags = ["--inspect=127.0.0.1:0", "--v8-flags=--max-old-space-size=384,--max-semi-space-size=8"];
  const router = await spawnListening(
    ["run", "-A", ...flags, main, "serve", "--config", config, "--secrets-file", `${dir}/none`],
    // The port first (what spawnListening reads), the inspector's address second.
    {
      pattern: /(?=[\s\S]*Listening url=http:\/\/127\.0\.0\.1:(\d+))Debugger listening on (ws:\/\/\S+)/,
      from: "stderr",
    },
  );
  const target = {
    name: "router",
    chatUrl: `http://127.0.0.1:${router.port}/v1/chat/completions`,
    model: "ai-router",
    headers: { authorization: `Bearer ${BENCH_KEY}` },
    pid: router.child.pid,
  };
  const inspector = await connectInspector(router.match[2]!);
  await runLoad(target, { concurrency, count: 1000 });
  await inspector.send("HeapProfiler.enable");
  await inspector.send("HeapProfiler.startSampling", {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await runLoad(target, { concurrency, count });
  const { profile } = await inspector.send("HeapProfiler.stopSampling") as { profile: { head: ProfileNode } };
  inspector.close();
  router.child.kill("SIGTERM");
  await router.child.status;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let total = 0;
  // HEAP_STACKS=<function name>: also print the stacks that allocate in that function.
  const traced = Deno.env.get("HEAP_STACKS");
  const stacks = new Map<string, number>();
  const walk = (node: ProfileNode, path: string[]) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${place(url)}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    byPlace.set(place(url), (byPlace.get(place(url)) ?? 0) + node.selfSize);
    total += node.selfSize;
    const stack = [...path, key];
    if (traced && functionName === traced && node.selfSize > 0) {
      const shown = stack.slice(-8).join(" < ");
      stacks.set(shown, (stacks.get(shown) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, stack);
  };
  walk(profile.head, []);
  const perRequest = (bytes: number) => `${(bytes / count / 1024).toFixed(2).padStart(7)} KiB`;
  print(
    `${count} requests at ${concurrency}${sessionLogs ? "" : " (no session logs)"}: ${
      perRequest(total)
    }/req sampled`,
  );
  for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    print(`${perRequest(bytes)}  ${key}`);
  }
  for (const [stack, bytes] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    print(`${perRequest(bytes)}  ${stack}`);
  }
  print("by place:");
  for (const [key, bytes] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    print(`${perRequest(bytes)}  ${key}`);
  }
} finally {
  sim.child.kill("SIGTERM");
  await sim.child.status;
  await Deno.remove(dir, { recursive: true });
}
