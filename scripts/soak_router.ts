/**
 * `deno run -A scripts/soak_router.ts`: the bench's router alone (whole pipeline, session log files) for
 * its memory figures: RSS idle, with 64 slow streams open and after they end, then `--soak`'s 100,000
 * requests. The same phases as `deno task bench --soak` without the comparison targets, for a busy machine.
 * `--no-soak` stops after the streams, `--no-logs` turns session logs off; `SOAK_ROUTER_FLAGS` adds `deno run` flags (e.g. V8 heap flags), and
 * the router inherits the environment (e.g. `GLIBC_TUNABLES`), to compare memory settings.
 */
import { spawnBenchRouter, toBinaryV8Flags } from "./_bench_router_config.ts";
import { measureRssUnderStreams, readRssMib, runLoad, spawnSimulator } from "./_bench_load.ts";
import { runSoak } from "./_bench_soak.ts";
import denoJson from "../deno.json" with { type: "json" };

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const v8Flags = [
  ...toBinaryV8Flags(denoJson),
  ...Deno.env.get("SOAK_ROUTER_FLAGS")?.split(" ").filter(Boolean) ?? [],
];
const dir = await Deno.makeTempDir({ prefix: "ai-router-soak-" });
const fast = await spawnSimulator(0);
const slow = await spawnSimulator(20);
const children = [fast.child, slow.child];
try {
  const router = await spawnBenchRouter({
    dir,
    name: "router",
    fastPort: fast.port,
    slowPort: slow.port,
    flags: v8Flags,
    sessionLogs: !Deno.args.includes("--no-logs"),
  });
  children.push(router.child);
  const { target } = router;
  // The JS heap in use and ArrayBuffers outside it (`/health/deep`, `Deno.memoryUsage()`), to tell V8's
  // share of RSS from native memory.
  const heapMib = async () => {
    const health = await (await fetch(`http://127.0.0.1:${router.port}/health/deep`, target)).json();
    const { heapUsedBytes, externalBytes } = health.process;
    return `${(heapUsedBytes / 1048576).toFixed(1)}/${(externalBytes / 1048576).toFixed(1)}`;
  };
  const idle = readRssMib(target.pid);
  const idleHeap = await heapMib();
  await runLoad(target, { concurrency: 16, count: 2000 });
  const afterLoad = readRssMib(target.pid);
  const afterLoadHeap = await heapMib();
  const withStreams = await measureRssUnderStreams(target, { model: "slow", count: 64 });
  const afterStreams = readRssMib(target.pid);
  print(
    `router RSS MiB: idle ${idle.toFixed(1)}, after 2,000 requests ${
      afterLoad.toFixed(1)
    }, with 64 streams open ${withStreams.toFixed(1)}, after they ended ${afterStreams.toFixed(1)}; ` +
      `JS heap used/external MiB: idle ${idleHeap}, after the requests ${afterLoadHeap}, after the streams ${await heapMib()}`,
  );
  if (!Deno.args.includes("--no-soak")) {
    for (
      const line of await runSoak(target, {
        onSlice: print,
        describeHeap: async () => `JS heap used/external MiB ${await heapMib()}`,
      })
    ) print(line);
  }
} finally {
  for (const child of children) {
    child.kill();
    await child.status;
  }
  await Deno.remove(dir, { recursive: true });
}
