/** `deno task bench --soak`: 100,000 requests through the router, its RSS read every 10,000. */
import { type BenchTarget, readRssMib, runLoad } from "./_bench_load.ts";

const SLICE = 10_000;
const SLICES = 10;
/** The memory target: RSS after the soak at most 10 % above its reading after the first slice (warm, pools full). */
const FLAT = 1.1;

/**
 * Runs the soak at `concurrency` and returns printable lines: the RSS series, the growth from the first
 * slice to the last, and whether it stayed within 10 %. The first slice is the baseline because it fills
 * the JIT, the connection pools and the heap to their working size; growth after that is a leak.
 */
export async function runSoak(
  target: BenchTarget,
  options: {
    concurrency?: number;
    onSlice?: (line: string) => void;
    /** Printed after each slice's RSS, e.g. the JS heap, to tell a JavaScript leak from native growth. */
    describeHeap?: () => Promise<string>;
  } = {},
): Promise<string[]> {
  const { concurrency = 16, onSlice } = options;
  const series: number[] = [readRssMib(target.pid)];
  let failures = 0;
  let cpuUs = 0;
  const started = performance.now();
  for (let i = 0; i < SLICES; i++) {
    const result = await runLoad(target, { concurrency, count: SLICE });
    failures += result.failures;
    cpuUs += result.cpuUsPerRequest * SLICE;
    series.push(readRssMib(target.pid));
    const heap = options.describeHeap ? `, ${await options.describeHeap()}` : "";
    onSlice?.(`soak: ${(i + 1) * SLICE} requests, RSS ${series.at(-1)?.toFixed(1)} MiB${heap}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const [, first = 0] = series;
  const last = series.at(-1) ?? 0;
  const growth = last / first;
  return [
    `soak: ${SLICES * SLICE} requests at concurrency ${concurrency} in ${seconds.toFixed(0)} s, ${
      (cpuUs / (SLICES * SLICE)).toFixed(0)
    } µs CPU/req, ${failures} failures`,
    `router RSS MiB before, then after each ${SLICE}: ${series.map((v) => v.toFixed(1)).join(" ")}`,
    `growth after the first slice: ${((growth - 1) * 100).toFixed(1)} % (${
      growth <= FLAT ? "flat, within 10 %" : "NOT flat: more than 10 %"
    })`,
  ];
}
