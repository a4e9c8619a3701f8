/**
 * `deno run -A scripts/cpu_ledger.ts [count] [--runs=N] [--rounds=R] [--interval=µs] [--concurrency=N]
 * [--stream]`: one table of CPU µs per request (at concurrency 1 unless told) that adds up to the process's CPU, for the bench router (whole pipeline,
 * session files on), the same router without session files (`no-logs`) and the bench's bare `Deno.serve` +
 * `fetch` proxy, each in its own process under `--cpu-prof`. Each target takes `count` requests in `rounds`
 * turns in rotation; only the samples and the CPU inside those turns count. The rows: the main thread's
 * samples by stage (`_cpu_ledger_stages.ts` gives the rule), the main thread's CPU that its samples do not
 * account for, the session-log worker's samples and unaccounted CPU, every other thread by name, and what
 * ended threads and clock-tick rounding leave. `--runs=N` repeats everything with fresh processes and prints
 * min–max per row; `--interval` is the sampling interval (`--cpu-prof-interval`, Deno's default 1000 µs).
 * `--concurrency=N` keeps N requests in flight per turn (warm-up included); `--stream` sends streaming chat
 * completions read to the end (`_cpu_ledger_load.ts`) and prints each target's p50 time to the first body
 * byte and to the end beside the table.
 */
import { spawnBenchRouter, toBinaryV8Flags } from "./_bench_router_config.ts";
import { type BenchTarget, spawnListening, spawnSimulator } from "./_bench_load.ts";
import { runTurn, toPooledP50 } from "./_cpu_ledger_load.ts";
import type { CpuProfile } from "./_cpu_ledger_stages.ts";
import { addCpuDelta, type CpuReading, createMonotonicClock, readCpu } from "./_cpu_ledger_threads.ts";
import { buildLedger, formatLedgers, type Ledger } from "./_cpu_ledger_table.ts";
import denoJson from "../deno.json" with { type: "json" };

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const option = (name: string, fallback: number) =>
  Number(Deno.args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const count = Number(Deno.args.find((a) => !a.startsWith("--")) ?? 3000);
const runs = option("runs", 1);
const rounds = option("rounds", 5);
const interval = Deno.args.find((a) => a.startsWith("--interval="))?.split("=")[1];
const concurrency = option("concurrency", 1);
const stream = Deno.args.includes("--stream");
if (!Number.isInteger(concurrency) || concurrency < 1) {
  throw new Error("--concurrency takes a whole number ≥ 1");
}
const load = { concurrency, stream };
const WARM_UP = 500;
const PROXY_SCRIPT = new URL("./_bench_proxy.ts", import.meta.url).pathname;

interface Measured {
  child: Deno.ChildProcess;
  target: BenchTarget;
  profileDir: string;
  windows: Array<[number, number]>;
  cpu: CpuReading;
  p50s: number[];
  /** Per stream, pooled over the turns (`--stream` only). */
  firstByteMs: number[];
  totalMs: number[];
  requests: number;
}

async function startTargets(dir: string, simPort: number): Promise<Measured[]> {
  const profileFlags = (name: string) => [
    "--cpu-prof",
    `--cpu-prof-dir=${dir}/prof-${name}`,
    ...interval ? [`--cpu-prof-interval=${interval}`] : [],
  ];
  const v8 = toBinaryV8Flags(denoJson);
  const routers = await Promise.all(
    [["router", true], ["no-logs", false]].map(([name, sessionLogs]) =>
      spawnBenchRouter({
        dir,
        name: name as string,
        fastPort: simPort,
        slowPort: simPort,
        flags: [...v8, ...profileFlags(name as string)],
        sessionLogs: sessionLogs as boolean,
      })
    ),
  );
  // As in `bench.ts`: the proxy runs without the router's V8 flags.
  const proxy = await spawnListening(
    ["run", "-A", ...profileFlags("proxy"), PROXY_SCRIPT, `http://127.0.0.1:${simPort}`],
    { pattern: /PORT (\d+)/, from: "stdout" },
  );
  const proxyTarget: BenchTarget = {
    name: "proxy",
    chatUrl: `http://127.0.0.1:${proxy.port}/v1/chat/completions`,
    model: "sim-primary",
    headers: {},
    pid: proxy.child.pid,
  };
  return [...routers, { child: proxy.child, target: proxyTarget }].map(({ child, target }) => ({
    child,
    target,
    profileDir: `${dir}/prof-${target.name}`,
    windows: [],
    cpu: { processUs: 0, threads: new Map() },
    p50s: [],
    firstByteMs: [],
    totalMs: [],
    requests: 0,
  }));
}

/** Reads the profiles a stopped target wrote: the main thread's and each worker's (by thread name). */
async function readProfiles(dir: string) {
  let main: CpuProfile | undefined;
  const workers = new Map<string, CpuProfile>();
  for await (const file of Deno.readDir(dir)) {
    const profile = JSON.parse(await Deno.readTextFile(`${dir}/${file.name}`)) as CpuProfile;
    const worker = /^CPU\.\d+\.\d+\.(.+)\.cpuprofile$/.exec(file.name)?.[1];
    if (worker) workers.set(worker, profile);
    else main = profile;
  }
  if (!main) throw new Error(`no main-thread profile in ${dir}`);
  return { main, workers };
}

async function measureOnce(simPort: number, clock: { nowUs: () => number }): Promise<Map<string, Ledger>> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-ledger-" });
  const targets = await startTargets(dir, simPort);
  try {
    for (const t of targets) await runTurn(t.target, { ...load, count: WARM_UP });
    const share = Math.ceil(count / rounds);
    for (let round = 0; round < rounds; round++) {
      for (let turn = 0; turn < targets.length; turn++) {
        const t = targets[(round + turn) % targets.length]!;
        const before = readCpu(t.target.pid);
        const from = clock.nowUs();
        const result = await runTurn(t.target, { ...load, count: share });
        t.windows.push([from, clock.nowUs()]);
        addCpuDelta(t.cpu, { before, after: readCpu(t.target.pid) });
        if (result.failures > 0) throw new Error(`${t.target.name}: ${result.failures} failed requests`);
        t.p50s.push(result.p50Ms);
        t.firstByteMs.push(...result.firstByteMs);
        t.totalMs.push(...result.totalMs);
        t.requests += share;
      }
    }
    const ledgers = new Map<string, Ledger>();
    for (const t of targets) {
      t.child.kill("SIGTERM");
      await t.child.status;
      const { main, workers } = await readProfiles(t.profileDir);
      const { cpu, windows, requests } = t;
      ledgers.set(t.target.name, buildLedger({ main, workers, cpu, pid: t.target.pid, windows, requests }));
      const p50 = t.p50s.toSorted((a, b) => a - b)[Math.floor(t.p50s.length / 2)]!;
      const latency = stream
        ? `p50 first byte ${toPooledP50(t.firstByteMs).toFixed(3)} ms, p50 end ${
          toPooledP50(t.totalMs).toFixed(3)
        } ms (all ${t.totalMs.length} streams)`
        : `p50 ${p50.toFixed(3)} ms (median of ${rounds} turns)`;
      print(
        `${t.target.name}: ${requests} ${stream ? "streams" : "requests"}, ${latency}, ${
          (cpu.processUs / requests).toFixed(0)
        } µs CPU/req`,
      );
    }
    return ledgers;
  } finally {
    for (const t of targets) {
      try {
        t.child.kill("SIGKILL");
        await t.child.status;
      } catch {
        // already stopped above
      }
    }
    await Deno.remove(dir, { recursive: true });
  }
}

const clock = createMonotonicClock();
const sim = await spawnSimulator(0);
try {
  const columns = new Map<string, Ledger[]>();
  for (let run = 1; run <= runs; run++) {
    print(`run ${run} of ${runs} (load average ${Deno.loadavg().map((l) => l.toFixed(2)).join(" ")})`);
    for (const [name, ledger] of await measureOnce(sim.port, clock)) {
      columns.set(name, [...columns.get(name) ?? [], ledger]);
    }
  }
  print(
    `\nconcurrency ${concurrency}${
      stream ? ", streaming" : ""
    }, ${count} requests per target per run, ${runs} run(s), sampled every ${interval ?? 1000} µs`,
  );
  print(formatLedgers(["router", "no-logs", "proxy"].map((name) => ({ name, runs: columns.get(name)! }))));
} finally {
  clock.close();
  sim.child.kill();
  await sim.child.status;
}
