/**
 * One turn of `scripts/cpu_ledger.ts`'s load on one target: `count` chat requests with `concurrency` in
 * flight. Non-streaming requests go through the bench's own `runLoad`; streaming ones send the bench's
 * streaming body and read each answer to its end as the bench's streaming phase does (`streamOnce` in
 * `_bench_load.ts`), but with `concurrency` streams in flight instead of one.
 */
import { type BenchTarget, chatBody, runLoad, timeStream } from "./_bench_load.ts";
import { toPercentile } from "../src/to_percentile.ts";

/** What one turn measured: failures, its p50 latency, and per stream the ms to the first body byte and the end. */
export interface TurnResult {
  failures: number;
  p50Ms: number;
  /** Empty for non-streaming turns. */
  firstByteMs: number[];
  /** Empty for non-streaming turns. */
  totalMs: number[];
}

/** Runs one turn; `stream` picks streaming chat completions. */
export async function runTurn(
  target: BenchTarget,
  { concurrency, count, stream }: { concurrency: number; count: number; stream: boolean },
): Promise<TurnResult> {
  if (!stream) {
    const { failures, p50Ms } = await runLoad(target, { concurrency, count });
    return { failures, p50Ms, firstByteMs: [], totalMs: [] };
  }
  const body = chatBody(target.model, true);
  const headers = { "content-type": "application/json", ...target.headers };
  const firstByteMs: number[] = [];
  const totalMs: number[] = [];
  let failures = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const timing = await timeStream(target.chatUrl, { headers, body });
      if (!timing.ok) failures++;
      firstByteMs.push(timing.firstByteMs);
      totalMs.push(timing.totalMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, p50Ms: toPooledP50(totalMs), firstByteMs, totalMs };
}

/** The p50 of samples pooled over every turn (the bench's streaming phase pools them the same way). */
export function toPooledP50(samples: number[]): number {
  return toPercentile(samples.toSorted((a, b) => a - b), 0.5);
}
