/**
 * `deno task bench`: direct to the simulator, through a bare pass-through proxy, and through ai-router
 * (auth, validation, routing, metrics, session sinks), side by side on loopback. Each target runs in
 * its own process, so CPU time and RSS are read per process from /proc; the load generator is this one.
 */
import { measureClassification } from "./_bench_classification.ts";
import { measureMetaRules } from "./_bench_meta_rules.ts";
import { measurePrivacy } from "./_bench_privacy.ts";
import { runSoak } from "./_bench_soak.ts";
import { BENCH_KEY, spawnBenchRouter, toBinaryV8Flags } from "./_bench_router_config.ts";
import { serveBareProxy } from "./_bench_proxy.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import {
  type BenchTarget,
  describeSessionLogs,
  type LoadResult,
  measureRssUnderStreams,
  readRssMib,
  runLoad,
  runLoadInRounds,
  runStreamsInRounds,
  spawnListening,
  spawnSimulator,
} from "./_bench_load.ts";
import denoJson from "../deno.json" with { type: "json" };

const encoder = new TextEncoder();
const print = (line = "") => Deno.stdout.writeSync(encoder.encode(line + "\n"));
/** Extra `deno run` flags for the router processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const extraRouterFlags = Deno.env.get("BENCH_ROUTER_FLAGS")?.split(" ").filter(Boolean) ?? [];
const routerFlags = [...toBinaryV8Flags(denoJson), ...extraRouterFlags];
/** `server.idleTimeoutMs` for the routers: unset keeps the default; 0 measures them on plain `Deno.serve`. */
const idleTimeoutEnv = Deno.env.get("BENCH_IDLE_TIMEOUT_MS");
const idleTimeoutMs = idleTimeoutEnv === undefined ? undefined : Number(idleTimeoutEnv);
/** `--quick`: only the load levels that the CPU targets are about (for A/B runs on a busy machine), no streams. */
const QUICK = Deno.args.includes("--quick");
/** `--streams`: only the streaming phase (time to first byte, for A/B runs of the stream path). */
const STREAMS_ONLY = Deno.args.includes("--streams");
/** Streams per target, one at a time. */
const STREAMS = 300;
/** `--soak`: after the usual phases, 100,000 more requests with the router's RSS read every 10,000. */
const SOAK = Deno.args.includes("--soak");
/**
 * `BENCH_COMPARE_WITH=/path/to/other/checkout/main.ts`: one more router, `before`, from another checkout,
 * loaded in the same rounds, so a change is compared on the same machine at the same moment.
 */
const COMPARE_WITH = Deno.env.get("BENCH_COMPARE_WITH");
/**
 * `before` runs with its own checkout's V8 flags, plus `BENCH_COMPARE_FLAGS` (e.g. to compare a V8 flag on
 * the same code) and `BENCH_ROUTER_FLAGS`.
 */
async function readCompareFlags(entry: string): Promise<string[]> {
  const json = JSON.parse(await Deno.readTextFile(new URL("./deno.json", `file://${entry}`)));
  const extra = Deno.env.get("BENCH_COMPARE_FLAGS")?.split(" ").filter(Boolean) ?? [];
  return [...toBinaryV8Flags(json), ...extraRouterFlags, ...extra];
}
/** Each level's requests are taken in this many turns per target, in rotation (see `runLoadInRounds`). */
const ROUNDS = 10;
const LEVELS: Array<[number, number]> = STREAMS_ONLY
  ? []
  : QUICK
  ? [[1, 1500], [16, 3000], [64, 3000]]
  : [[1, 1500], [16, 4000], [64, 4000]];

/** Child roles: a simulator or the bare proxy, each printing `PORT <n>` once it listens. */
async function serveRole(args: string[]): Promise<void> {
  const [role, value] = args;
  const announce = (port: number) => print(`PORT ${port}`);
  if (role === "simulator") {
    const sim = await startOpenAiSimulator({
      models: ["sim-primary"],
      behaviour: { interTokenMs: Number(value) },
    });
    announce(sim.port);
    return;
  }
  const server = serveBareProxy(value as string);
  announce(server.addr.port);
}

const f = (value: number, digits = 2) => value.toFixed(digits).padStart(9);

function printLevel(concurrency: number, results: Record<string, LoadResult>): void {
  const { direct, proxy, router } = results as Record<"direct" | "proxy" | "router", LoadResult>;
  const cpuRatios = Object.entries(results).filter(([name]) => name !== "direct" && name !== "proxy")
    .map(([name, r]) => `${name} ${(r.cpuUsPerRequest / proxy.cpuUsPerRequest).toFixed(2)}×`);
  print(`\nconcurrency ${concurrency}`);
  print("target      p50 ms    p99 ms     req/s  CPU µs/req  fails");
  for (const [name, r] of Object.entries(results)) {
    print(
      `${name.padEnd(8)}${f(r.p50Ms, 3)} ${f(r.p99Ms, 3)} ${f(r.perSecond, 0)} ${
        f(r.cpuUsPerRequest, 0)
      }   ${r.failures}`,
    );
  }
  print(
    `router vs direct: +${(router.p50Ms - direct.p50Ms).toFixed(3)} ms p50, ${
      (router.perSecond / direct.perSecond).toFixed(2)
    }× req/s` +
      ` | vs proxy: +${(router.p50Ms - proxy.p50Ms).toFixed(3)} ms p50, ${
        (router.perSecond / proxy.perSecond).toFixed(2)
      }× req/s,` +
      ` ${(router.cpuUsPerRequest / proxy.cpuUsPerRequest).toFixed(2)}× CPU/req`,
  );
  print(`CPU/req vs proxy: ${cpuRatios.join(", ")}`);
}

async function main(): Promise<void> {
  const self = new URL(import.meta.url).pathname;
  const dir = await Deno.makeTempDir({ prefix: "ai-router-bench-" });
  const children: Deno.ChildProcess[] = [];
  try {
    const fast = await spawnSimulator(0);
    const slow = await spawnSimulator(20);
    const proxy = await spawnListening(["run", "-A", self, "proxy", `http://127.0.0.1:${fast.port}`], {
      pattern: /PORT (\d+)/,
      from: "stdout",
    });
    const spawnRouter = (
      name: string,
      { sessionLogs, entry, flags = routerFlags }: { sessionLogs: boolean; entry?: string; flags?: string[] },
    ) =>
      spawnBenchRouter({
        dir,
        name,
        fastPort: fast.port,
        slowPort: slow.port,
        flags,
        sessionLogs,
        idleTimeoutMs,
        ...entry ? { entry } : {},
      });
    const router = await spawnRouter("router", { sessionLogs: true });
    const noLogs = await spawnRouter("no-logs", { sessionLogs: false });
    children.push(fast.child, slow.child, proxy.child, router.child, noLogs.child);
    const before = COMPARE_WITH
      ? await spawnRouter("before", {
        sessionLogs: true,
        entry: COMPARE_WITH,
        flags: await readCompareFlags(COMPARE_WITH),
      })
      : undefined;
    if (before) children.push(before.child);
    const targets: BenchTarget[] = [
      {
        name: "direct",
        chatUrl: `http://127.0.0.1:${fast.port}/v1/chat/completions`,
        model: "sim-primary",
        headers: {},
        pid: fast.child.pid,
      },
      {
        name: "proxy",
        chatUrl: `http://127.0.0.1:${proxy.port}/v1/chat/completions`,
        model: "sim-primary",
        headers: {},
        pid: proxy.child.pid,
      },
      router.target,
      noLogs.target,
      ...before ? [before.target] : [],
    ];
    const mainRouter = targets[2] as BenchTarget;
    const rssIdle = readRssMib(mainRouter.pid);
    const proxyRssIdle = readRssMib(proxy.child.pid);
    for (const target of targets) await runLoad(target, { concurrency: 16, count: 1000 }); // warm-up: JIT, connection pools
    print(
      `ai-router bench: ${Deno.build.target}, ${navigator.hardwareConcurrency} cores, deno ${Deno.version.deno}`,
    );
    print(
      "CPU µs/req is the target process's own CPU (direct: the simulator; proxy and router: the hop only).",
    );
    print(
      "no-logs is the same router with sessionLogs.enabled false (no file per request); ratios are for router.",
    );
    print(`server.idleTimeoutMs: ${idleTimeoutMs ?? "default"} (0: plain Deno.serve, no idle timeout)`);
    for (const [concurrency, count] of LEVELS) {
      const measured = await runLoadInRounds(targets, concurrency, { count, rounds: ROUNDS });
      const results = Object.fromEntries(targets.map((t, i) => [t.name, measured[i] as LoadResult]));
      printLevel(concurrency, results);
    }
    if (QUICK) return;
    print(
      `\nstreaming (one at a time, ${STREAMS} each in ${ROUNDS} rounds): p50 time to first byte / p50 total, ms`,
    );
    const measuredStreams = await runStreamsInRounds(targets, { count: STREAMS, rounds: ROUNDS });
    const streams = Object.fromEntries(targets.map((t, i) => [t.name, measuredStreams[i]!]));
    for (const target of targets) {
      print(
        `${target.name.padEnd(8)}${f(streams[target.name]!.ttfbP50Ms, 3)} ${
          f(streams[target.name]!.totalP50Ms, 3)
        }`,
      );
    }
    print(
      `router TTFB added: +${
        (streams.router!.ttfbP50Ms - streams.direct!.ttfbP50Ms).toFixed(3)
      } ms vs direct, +${(streams.router!.ttfbP50Ms - streams.proxy!.ttfbP50Ms).toFixed(3)} ms vs proxy`,
    );
    if (STREAMS_ONLY) return;
    print("\nrule stage with META detection (applyRules in-process, 32K tokens), µs:   p50       p99");
    for (const r of measureMetaRules()) {
      print(`${r.name.padEnd(52)}${f(r.p50Us, 1)} ${f(r.p99Us, 1)}   (${r.count}, ${r.tokens} tokens)`);
    }
    print("\nprivacy detection (createDetector().detect in-process), µs:         p50       p99");
    for (const r of measurePrivacy()) {
      print(`${r.name.padEnd(58)}${f(r.p50Us, 1)} ${f(r.p99Us, 1)}   (${r.chars} chars)`);
    }
    print("\nclassification (in-process classifier, simulator decode), ms:   p50       p99");
    for (const c of await measureClassification(`http://127.0.0.1:${fast.port}/v1`)) {
      print(`${c.name.padEnd(42)}${f(c.p50Ms, 4)} ${f(c.p99Ms, 4)}   (${c.count})`);
    }
    const rssAfterLoad = readRssMib(mainRouter.pid);
    const proxyRssAfterLoad = readRssMib(proxy.child.pid);
    const rssStreams = await measureRssUnderStreams(mainRouter, { model: "slow", count: 64 });
    const afterStreams = readRssMib(mainRouter.pid);
    await runLoad(mainRouter, { concurrency: 64, count: 10_000 });
    const after10k = readRssMib(mainRouter.pid);
    print(
      "\nrouter RSS MiB: idle (before any load) / after the load above / with 64 concurrent streams open /",
    );
    print("                after those streams ended / after 10,000 more requests at concurrency 64");
    const rss = [rssIdle, rssAfterLoad, rssStreams, afterStreams, after10k].map((v) => f(v, 1)).join(" ");
    print(
      `${rss}   (bare proxy idle ${proxyRssIdle.toFixed(1)}, after the load ${proxyRssAfterLoad.toFixed(1)})`,
    );
    if (SOAK) { for (const line of ["", ...await runSoak(mainRouter)]) print(line); }
    print(`\n${await describeSessionLogs(router.port, { dir: `${dir}/router`, key: BENCH_KEY })}`);
  } finally {
    for (const child of children) {
      child.kill();
      await child.status;
    }
    await Deno.remove(dir, { recursive: true });
  }
}

if (Deno.args[0] === "simulator" || Deno.args[0] === "proxy") await serveRole(Deno.args);
else await main();
