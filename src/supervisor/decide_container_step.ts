import { type ContainerStatus, isHoldingStatus } from "./tracked_container.ts";

/** What one reconcile pass observed about a container: the engine's view and the supervisor's record. */
export interface ObservedContainer {
  /** The engine's container of this name, or undefined when it has none. */
  found: { id: string; state: string } | undefined;
  /** Whether the found container was created from another spec (never for externally defined ones). */
  specChanged: boolean;
  status: ContainerStatus;
  wanted: boolean;
  /** When a container in backoff may be started again (epoch ms). */
  nextAttemptAt: number;
  /** When the current start began (epoch ms). */
  startedAt: number;
  /** Whether a startup probe loop is watching the current start. */
  probing: boolean;
  /** The last failed probe of the current start. */
  startProblem: string | undefined;
  /** Why starting it would overcommit the memory budget; undefined when it fits. */
  budgetProblem: string | undefined;
}

/** The clock and limits a decision is taken with. */
export interface DecideOptions {
  now: number;
  startTimeoutMs: number;
}

/** One thing the executor does, in order. */
export type ContainerAction =
  /** The container's spec changed: remove it (a later action or pass creates it again). */
  | { kind: "remove"; id: string }
  | { kind: "stop"; id: string }
  | { kind: "set-status"; status: ContainerStatus }
  /** Probe a ready (or unhealthy) container once. */
  | { kind: "check-health" }
  /** Watch the current start until it answers: a probe loop every `probeIntervalMs`. */
  | { kind: "await-ready" }
  /** Record a failure and schedule the next attempt; `discard` removes the container (hung, wedged). */
  | { kind: "fail"; reason: string; discard: boolean }
  | { kind: "refuse"; reason: string }
  /** Create (when `id` is undefined) and start it, then watch the start. */
  | { kind: "start"; id: string | undefined }
  /** A running container the supervisor did not start (adopted, or found after a failure): watch it start. */
  | { kind: "adopt" };

/** Whether a start that began at `startedAt` is past `startTimeoutMs`. */
export function isStartOverdue(startedAt: number, options: DecideOptions): boolean {
  return options.now - startedAt > options.startTimeoutMs;
}

/**
 * The reconcile decision, level-triggered: from what is observed now (not from how it got there), the actions
 * that move the container one step towards its wanted state. Pure: no engine, no clock, no I/O.
 */
export function decideContainerStep(observed: ObservedContainer, options: DecideOptions): ContainerAction[] {
  const actions: ContainerAction[] = [];
  let { found, status } = observed;
  if (found && observed.specChanged) {
    actions.push({ kind: "remove", id: found.id });
    found = undefined;
    if (isHoldingStatus(status)) {
      status = "stopped";
      actions.push({ kind: "set-status", status });
    }
  }
  // A paused container still holds its memory and port; the health check finds it unanswering.
  const running = found?.state === "running" || found?.state === "paused";
  if (!observed.wanted) {
    if (running) actions.push({ kind: "stop", id: found!.id });
    if (status !== "refused" && status !== "stopped") actions.push({ kind: "set-status", status: "stopped" });
    return actions;
  }
  if (running && isHoldingStatus(status)) {
    if (status !== "starting") return [...actions, { kind: "check-health" }];
    // A start is watched by its probe loop; should the loop have ended (an engine error), the pass takes over.
    if (isStartOverdue(observed.startedAt, options)) {
      const seconds = Math.round(options.startTimeoutMs / 1000);
      const reason = `Not ready after ${seconds} s: ${observed.startProblem ?? "no answer yet"}`;
      return [...actions, { kind: "fail", reason, discard: true }];
    }
    return observed.probing ? actions : [...actions, { kind: "await-ready" }];
  }
  if (!running && isHoldingStatus(status)) {
    // The failure schedules the next attempt after a backoff, so nothing more happens in this pass.
    const reason = `Container exited (${found ? found.state : "removed"})`;
    return [...actions, { kind: "fail", reason, discard: false }];
  }
  if (options.now < observed.nextAttemptAt) return actions;
  if (running) return [...actions, { kind: "adopt" }];
  if (observed.budgetProblem) return [...actions, { kind: "refuse", reason: observed.budgetProblem }];
  return [...actions, { kind: "start", id: found?.id }];
}
