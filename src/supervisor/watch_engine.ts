import { type Clock, systemClock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import { sleepUnlessAborted } from "./change_signal.ts";
import type { ContainerRuntime, EngineEvent } from "./container_runtime.ts";

/** Options for {@linkcode watchEngine}. */
export interface WatchEngineOptions {
  runtime: ContainerRuntime;
  labels: readonly string[];
  onEvent: (event: EngineEvent) => void;
  /** Called after every reconnect: events missed while disconnected are recovered by listing (docs/decisions.md, "Container engines"). */
  onResync: () => Promise<void>;
  signal: AbortSignal;
  logger: Logger;
  retryMs?: number;
  /** The machine's by default. */
  clock?: Clock;
}

/** The longest wait between reconnects while the engine stays away (a box that is off for hours). */
const MAX_RETRY_MS = 30_000;

/**
 * Follows the engine's event stream until `signal` aborts, reconnecting and resyncing when it drops. Failed
 * connects in a row wait twice as long each time (up to 30 s) and only the first is logged as a warning:
 * a lost box would otherwise log every second. The reconcile loop still runs every `reconcileMs` meanwhile.
 */
export async function watchEngine(options: WatchEngineOptions): Promise<void> {
  const { runtime, labels, onEvent, onResync, signal, logger, retryMs = 1_000, clock = systemClock } =
    options;
  let failures = 0;
  while (!signal.aborted) {
    const startedAt = clock.now();
    try {
      await runtime.watchEvents(labels, onEvent, signal);
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      // A stream that ran for a while was connected: its drop starts a new series.
      if (clock.now() - startedAt > MAX_RETRY_MS) failures = 0;
      failures++;
      if (failures === 1) logger.warn("Container event stream failed, reconnecting", { error });
      else logger.debug("Container event stream still failing", { error, failures });
    }
    if (signal.aborted) return;
    await sleepUnlessAborted(Math.min(MAX_RETRY_MS, retryMs * 2 ** Math.max(0, failures - 1)), {
      signal,
      clock,
    });
    if (!signal.aborted) await onResync();
  }
}
