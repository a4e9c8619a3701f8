import type { Logger } from "../logger.ts";
import { sleepUnlessAborted } from "./change_signal.ts";
import type { ContainerRuntime, EngineEvent } from "./container_runtime.ts";

/** Options for {@linkcode watchEngine}. */
export interface WatchEngineOptions {
  runtime: ContainerRuntime;
  labels: readonly string[];
  onEvent: (event: EngineEvent) => void;
  /** Called after every reconnect: events missed while disconnected are recovered by listing (INFRA.md §1.5). */
  onResync: () => Promise<void>;
  signal: AbortSignal;
  logger: Logger;
  retryMs?: number;
}

/** Follows the engine's event stream until `signal` aborts, reconnecting and resyncing when it drops. */
export async function watchEngine(options: WatchEngineOptions): Promise<void> {
  const { runtime, labels, onEvent, onResync, signal, logger, retryMs = 1_000 } = options;
  while (!signal.aborted) {
    try {
      await runtime.watchEvents(labels, onEvent, signal);
    } catch (error) {
      if (signal.aborted) return;
      logger.warn("Container event stream failed, reconnecting", { error });
    }
    if (signal.aborted) return;
    await sleepUnlessAborted(retryMs, signal);
    if (!signal.aborted) await onResync();
  }
}
