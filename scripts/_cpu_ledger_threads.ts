/**
 * Process and per-thread CPU readings (Linux `/proc`) and the monotonic clock the V8 profiler stamps its
 * samples with, for `scripts/cpu_ledger.ts`.
 */
import { readCpuUs, toCpuUs } from "./_bench_load.ts";

const CLOCK_MONOTONIC = 1;

/** One reading: the process's CPU and each live thread's (by thread id), in µs. */
export interface CpuReading {
  processUs: number;
  threads: Map<number, { name: string; us: number }>;
}

/** The process's user + system CPU and every live thread's, from `/proc/<pid>/stat` and `task/<tid>/stat`. */
export function readCpu(pid: number): CpuReading {
  const threads = new Map<number, { name: string; us: number }>();
  for (const entry of Deno.readDirSync(`/proc/${pid}/task`)) {
    try {
      const stat = Deno.readTextFileSync(`/proc/${pid}/task/${entry.name}/stat`);
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      threads.set(Number(entry.name), { name, us: toCpuUs(stat) });
    } catch {
      // the thread ended between the listing and the read: its time stays in the process total
    }
  }
  return { processUs: readCpuUs(pid), threads };
}

/** Adds `after − before` of the process and of each thread (one born in between counts from 0) to `sum`. */
export function addCpuDelta(sum: CpuReading, { before, after }: { before: CpuReading; after: CpuReading }) {
  sum.processUs += after.processUs - before.processUs;
  for (const [tid, { name, us }] of after.threads) {
    const delta = us - (before.threads.get(tid)?.us ?? 0);
    const previous = sum.threads.get(tid);
    sum.threads.set(tid, { name, us: (previous?.us ?? 0) + delta });
  }
}

/**
 * `CLOCK_MONOTONIC` in µs: V8's `TimeTicks`, the clock of a `.cpuprofile`'s `startTime` and `timeDeltas` on
 * Linux (v8/v8 src/base/platform/time.cc `ClockNow(CLOCK_MONOTONIC)`), so that samples can be cut to the
 * load's windows. `performance.now()` has another origin, hence libc through FFI.
 */
export function createMonotonicClock(): { nowUs: () => number; close: () => void } {
  const libc = Deno.dlopen(
    "libc.so.6",
    {
      clock_gettime: { parameters: ["i32", "buffer"], result: "i32" },
    } as const,
  );
  const timespec = new BigInt64Array(2);
  return {
    nowUs: () => {
      if (libc.symbols.clock_gettime(CLOCK_MONOTONIC, timespec) !== 0) {
        throw new Error("clock_gettime failed");
      }
      return Number(timespec[0]) * 1e6 + Number(timespec[1]) / 1e3;
    },
    close: () => libc.close(),
  };
}

/** A thread's row in the ledger, by the name the runtime gives it. */
export function toThreadGroup(name: string): string {
  if (name.startsWith("V8 DefaultWorke")) return "V8 platform threads (concurrent GC, compiling)";
  if (name.startsWith("tokio-runtime")) return "tokio blocking pool (file and DNS ops)";
  if (name.startsWith("v8:ProfEvntProc")) return "the profiler's own threads (only under --cpu-prof)";
  return `other threads (${name})`;
}
