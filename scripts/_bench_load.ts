import { toPercentile } from "../src/to_percentile.ts";
/** Load generation and process readings for `scripts/bench.ts`. */

/** One target under test: where to send requests, and which process does its work. */
export interface BenchTarget {
  name: string;
  chatUrl: string;
  model: string;
  headers: Record<string, string>;
  pid: number;
}

/** Latencies and throughput of one load run. */
export interface LoadResult {
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  cpuUsPerRequest: number;
  failures: number;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User plus system CPU time in microseconds from the text of a `/proc/<pid>/stat` or `task/<tid>/stat` file. */
export function toCpuUs(stat: string): number {
  // The command name in parentheses may hold spaces: the fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 1_000_000 / CLOCK_TICKS_PER_SECOND;
}

/** User plus system CPU time of a process in microseconds, from `/proc/<pid>/stat`. */
export const readCpuUs = (pid: number) => toCpuUs(Deno.readTextFileSync(`/proc/${pid}/stat`));

/** Resident set size of a process in MiB, from `/proc/<pid>/status`. */
export function readRssMib(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(Deno.readTextFileSync(`/proc/${pid}/status`));
  return Number(match?.[1] ?? 0) / 1024;
}

/** The bench's chat request body (one short user turn). */
export function chatBody(model: string, stream: boolean): string {
  return JSON.stringify({
    model,
    stream,
    messages: [{ role: "user", content: "What is the capital of France?" }],
  });
}

/** Sends `count` non-streaming chat requests with `concurrency` in flight; reads every body. */
export async function runLoad(
  target: BenchTarget,
  { concurrency, count }: { concurrency: number; count: number },
): Promise<LoadResult> {
  const [result] = await runLoadInRounds([target], concurrency, { count, rounds: 1 });
  return result as LoadResult;
}

/**
 * Loads each target with `count` requests split into `rounds` turns taken in rotation (a, b, c, a, b,
 * c, …), so that a machine whose other load comes and goes weighs on every target alike.
 */
export async function runLoadInRounds(
  targets: BenchTarget[],
  concurrency: number,
  options: { count: number; rounds: number },
): Promise<LoadResult[]> {
  const sums = targets.map(() => ({ latencies: [] as number[], failures: 0, ms: 0, cpuUs: 0 }));
  const share = Math.ceil(options.count / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const sum = sums[i]!;
      const turn = await loadOnce(target, { concurrency, count: share, latencies: sum.latencies });
      sum.failures += turn.failures;
      sum.ms += turn.ms;
      sum.cpuUs += turn.cpuUs;
    }
  }
  return sums.map((sum) => {
    sum.latencies.sort((a, b) => a - b);
    const count = sum.latencies.length;
    return {
      p50Ms: toPercentile(sum.latencies, 0.5),
      p99Ms: toPercentile(sum.latencies, 0.99),
      perSecond: count / (sum.ms / 1000),
      cpuUsPerRequest: sum.cpuUs / count,
      failures: sum.failures,
    };
  });
}

async function loadOnce(
  target: BenchTarget,
  { concurrency, count, latencies }: { concurrency: number; count: number; latencies: number[] },
) {
  const body = chatBody(target.model, false);
  const headers = { "content-type": "application/json", ...target.headers };
  let failures = 0;
  let next = 0;
  const cpuBefore = readCpuUs(target.pid);
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      const response = await fetch(target.chatUrl, { method: "POST", headers, body });
      await response.arrayBuffer();
      if (!response.ok) failures++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, ms: performance.now() - started, cpuUs: readCpuUs(target.pid) - cpuBefore };
}

/** Streams `count` chat answers one at a time: median time to first body byte and to the end. */
export async function runStreams(
  target: BenchTarget,
  { count, model = target.model }: { count: number; model?: string },
) {
  const [result] = await runStreamsInRounds([target], { count, rounds: 1, model });
  return result!;
}

/**
 * {@linkcode runStreams} for several targets in `rounds` turns each, in rotation, each round starting one
 * target later: load from other processes, and the first turn of a round, weigh on every target alike.
 */
export async function runStreamsInRounds(
  targets: BenchTarget[],
  { count, rounds, model }: { count: number; rounds: number; model?: string },
): Promise<Array<{ ttfbP50Ms: number; totalP50Ms: number }>> {
  const samples = targets.map(() => ({ firstByte: [] as number[], total: [] as number[] }));
  const share = Math.ceil(count / rounds);
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const i = (round + turn) % targets.length;
      await streamOnce(targets[i]!, { count: share, model, into: samples[i]! });
    }
  }
  return samples.map(({ firstByte, total }) => {
    firstByte.sort((a, b) => a - b);
    total.sort((a, b) => a - b);
    return { ttfbP50Ms: toPercentile(firstByte, 0.5), totalP50Ms: toPercentile(total, 0.5) };
  });
}

async function streamOnce(
  target: BenchTarget,
  { count, model = target.model, into }: {
    count: number;
    model?: string | undefined;
    into: { firstByte: number[]; total: number[] };
  },
): Promise<void> {
  const body = chatBody(model, true);
  const headers = { "content-type": "application/json", ...target.headers };
  const { firstByte, total } = into;
  for (let i = 0; i < count; i++) {
    const timing = await timeStream(target.chatUrl, { headers, body });
    firstByte.push(timing.firstByteMs);
    total.push(timing.totalMs);
  }
}

/** Sends one streaming request and reads it to its end: ms to the first body read and to the end. */
export async function timeStream(
  url: string,
  { headers, body }: { headers: Record<string, string>; body: string },
): Promise<{ ok: boolean; firstByteMs: number; totalMs: number }> {
  const t0 = performance.now();
  const response = await fetch(url, { method: "POST", headers, body });
  const reader = response.body!.getReader();
  let firstByteMs = -1;
  while (true) {
    const { done } = await reader.read();
    if (firstByteMs < 0) firstByteMs = performance.now() - t0;
    if (done) break;
  }
  return { ok: response.ok, firstByteMs, totalMs: performance.now() - t0 };
}

/** Opens `count` slow streams at once and reads the process's RSS while all of them are open. */
export async function measureRssUnderStreams(
  target: BenchTarget,
  { model, count }: { model: string; count: number },
): Promise<number> {
  const body = chatBody(model, true);
  const headers = { "content-type": "application/json", ...target.headers };
  const responses = await Promise.all(
    Array.from({ length: count }, () => fetch(target.chatUrl, { method: "POST", headers, body })),
  );
  const readers = responses.map((r) => r.body!.getReader());
  await Promise.all(readers.map((r) => r.read()));
  const rss = readRssMib(target.pid);
  await Promise.all(readers.map(async (r) => {
    while (!(await r.read()).done);
  }));
  return rss;
}

/** Runs `deno <args>` and waits until `pattern` (capturing the port) shows up on `from`; drains both outputs. */
export async function spawnListening(
  args: string[],
  { pattern, from, env = {} }: {
    pattern: RegExp;
    from: "stdout" | "stderr";
    /** Added to the inherited environment. */
    env?: Record<string, string>;
  },
) {
  const child = new Deno.Command(Deno.execPath(), { args, env, stdout: "piped", stderr: "piped" }).spawn();
  const other = from === "stdout" ? child.stderr : child.stdout;
  other.pipeTo(new WritableStream()).catch(() => {});
  const lines = child[from].pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (true) {
    const { value, done } = await lines.read();
    if (done) throw new Error(`Child ${args.join(" ")} exited before listening: ${text}`);
    text += value;
    const match = pattern.exec(text);
    if (match) {
      (async () => {
        while (!(await lines.read()).done);
      })().catch(() => {});
      return { child, port: Number(match[1]), match };
    }
  }
}

/** `bench.ts`, whose `simulator` and `proxy` roles the bench scripts start in processes of their own. */
export const BENCH_SCRIPT = new URL("./bench.ts", import.meta.url).pathname;

/** Starts the project's OpenAI simulator (`bench.ts simulator`) with this delay between tokens, on a free port. */
export function spawnSimulator(interTokenMs: number) {
  return spawnListening(["run", "-A", BENCH_SCRIPT, "simulator", String(interTokenMs)], {
    pattern: /PORT (\d+)/,
    from: "stdout",
  });
}

/** How many session log files the router wrote and what its metrics say it dropped (queue full). */
export async function describeSessionLogs(
  port: number,
  { dir, key }: { dir: string; key: string },
): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // let the writer drain its queue
  let files = 0;
  const entries = Deno.readDir(`${dir}/sessions`);
  for await (const entry of entries) if (entry.name.endsWith(".json")) files++;
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`, {
    headers: { authorization: `Bearer ${key}` },
  })).text();
  const read = (name: string) =>
    /^(\S+) (\S+)$/m.exec(metrics.split("\n").find((l) => l.startsWith(name)) ?? "")?.[2];
  return `session logs: ${files} files on disk (rotation keeps maxFiles 5000), dropped ${
    read("ai_router_session_log_dropped_total") ?? "?"
  }, write errors ${read("ai_router_session_log_write_errors_total") ?? "?"}; classifier results: ${
    metrics.split("\n").filter((l) => l.startsWith("ai_router_classifier_results_total")).map((l) =>
      l.replace("ai_router_classifier_results_total", "")
    ).join(" ")
  }`;
}
