import { isStartOverdue } from "./decide_container_step.ts";
import { probeContainer, type ProbeOptions } from "./probe_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { computeBackoffMs, type TrackedContainer } from "./tracked_container.ts";

/** Probes a running, ready container; enough failed probes in a row restart it. */
export async function checkContainerHealth(
  context: SupervisorContext,
  tracked: TrackedContainer,
): Promise<void> {
  const problem = await probeContainer(
    tracked.spec,
    context.config.probeTimeoutMs,
    toProbeOptions(context, tracked),
  );
  if (problem === undefined) {
    tracked.probeFailures = 0;
    if (tracked.status === "unhealthy") context.setStatus(tracked, "ready");
    return;
  }
  const state = await context.runtime.inspectContainer(tracked.id!);
  if (!state?.running) {
    return await failContainer(context, tracked, {
      reason: `Container exited (${state?.status ?? "removed"})`,
    });
  }
  tracked.probeFailures++;
  context.setStatus(tracked, "unhealthy");
  if (tracked.probeFailures >= context.config.unhealthyAfter) {
    const reason = `Not answering after ${tracked.probeFailures} probes: ${problem}`;
    await failContainer(context, tracked, { reason, discard: true });
  }
}

/**
 * Probes a freshly started container every `probeIntervalMs` until it answers, dies or runs out of time.
 * An engine call that fails here says nothing about the container: the loop goes on, and the reconcile pass
 * reads the engine again (and takes over the timeout should the loop have ended).
 */
export async function awaitContainerStartup(
  context: SupervisorContext,
  tracked: TrackedContainer,
): Promise<void> {
  const { probeIntervalMs, probeTimeoutMs, startTimeoutMs } = context.config;
  const { startedAt, startSeq } = tracked;
  if (tracked.watchedSeq === startSeq) return; // one loop per start
  const isThisStart = () => tracked.status === "starting" && tracked.startSeq === startSeq;
  tracked.watchedSeq = startSeq;
  try {
    while (!context.stopping.aborted && isThisStart()) {
      const problem = await probeContainer(tracked.spec, probeTimeoutMs, toProbeOptions(context, tracked));
      if (!isThisStart()) return;
      if (problem === undefined) {
        tracked.failures = 0;
        tracked.nextAttemptAt = 0;
        context.setStatus(tracked, "ready");
        context.logger.info("Container ready", {
          container: tracked.containerName,
          ms: context.clock.now() - startedAt,
        });
        return;
      }
      tracked.startProblem = problem;
      if (isStartOverdue(startedAt, { now: context.clock.now(), startTimeoutMs })) {
        // The pass decides it (the same rule): a not-ready start past its limit fails and is discarded.
        return context.kick(tracked);
      }
      const state = await context.runtime.inspectContainer(tracked.id!).catch(() => "unknown" as const);
      if (state !== "unknown" && !state?.running) return context.kick(tracked);
      await context.sleep(probeIntervalMs);
    }
  } finally {
    if (tracked.watchedSeq === startSeq) tracked.watchedSeq = undefined;
  }
}

/** Where the runtime says the container's port is reached (Docker: 127.0.0.1, the default). */
function toProbeOptions(context: SupervisorContext, tracked: TrackedContainer): ProbeOptions {
  // The runtime knows: its box's address (Docker, `supervisor.engines.<e>.probeHost`) or a Service name.
  return { host: context.runtime.probeHost?.(tracked.containerName) ?? "127.0.0.1" };
}

/** Options for {@linkcode failContainer}. */
export interface FailOptions {
  reason: string;
  /** Remove the container (paused, hung): a hung process may ignore kill, a forced remove always works. */
  discard?: boolean;
}

/** Records a failure and schedules the next attempt after a backoff. */
export async function failContainer(
  context: SupervisorContext,
  tracked: TrackedContainer,
  { reason, discard = false }: FailOptions,
): Promise<void> {
  const { backoff, logTailLines } = context.config;
  tracked.failures++;
  tracked.lastError = reason;
  tracked.nextAttemptAt = context.clock.now() +
    computeBackoffMs(tracked.failures, backoff);
  context.setStatus(tracked, "backoff");
  context.logger.warn("Container failed", {
    container: tracked.containerName,
    reason,
    failures: tracked.failures,
  });
  if (tracked.id && logTailLines > 0) {
    tracked.logTail = await context.runtime.readLogs(tracked.id, logTailLines).catch(() => tracked.logTail);
  }
  if (discard && tracked.id) {
    await context.runtime.removeContainer(tracked.id);
    tracked.id = undefined;
  }
  context.track(
    context.sleep(tracked.nextAttemptAt - context.clock.now()).then(() => context.kick(tracked)),
  );
}
