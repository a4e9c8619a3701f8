import type { Clock } from "../clock.ts";
import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { ContainerRuntime } from "./container_runtime.ts";
import type { ContainerStatus, TrackedContainer } from "./tracked_container.ts";

/**
 * What the reconcile, health and swap steps need from the {@linkcode Supervisor} that owns them: its
 * dependencies, its containers and the few operations that touch its private lifecycle state.
 */
export interface SupervisorContext {
  runtime: ContainerRuntime;
  config: SupervisorConfig;
  logger: Logger;
  metrics: Metrics | undefined;
  /** Every tracked container, by spec name. */
  tracked: ReadonlyMap<string, TrackedContainer>;
  budgetGib: number;
  /** Time and timers: every deadline, backoff and sleep of the supervisor reads this clock. */
  clock: Clock;
  /** Aborted when the supervisor stops. */
  stopping: AbortSignal;
  /** Sets a container's status, its gauge and wakes the requests waiting for a change. */
  setStatus(tracked: TrackedContainer, status: ContainerStatus): void;
  /** Runs one step on a container after its previous step, logging instead of throwing. */
  withLock(tracked: TrackedContainer, step: () => Promise<void>): Promise<void>;
  /** Keeps a background task so `stop()` can wait for it. */
  track(task: Promise<unknown>): void;
  /** Schedules one reconcile step for a container. */
  kick(tracked: TrackedContainer): void;
  /** Whether the router has open requests (streams until their last byte) to a backend of this container. */
  isBusy(tracked: TrackedContainer): boolean;
  /** Sleeps on the clock, ending early when the supervisor stops. */
  sleep(ms: number): Promise<void>;
  /** Resolves on the next status change of any container, after `ms`, or when `signal` aborts. */
  nextChange(ms: number, signal: AbortSignal): Promise<void>;
}
