import { failContainer } from "./fail_container.ts";
import { probeContainer } from "./probe_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { TrackedContainer } from "./tracked_container.ts";

/** Probes a running, ready container; enough failed probes in a row restart it. */
export async function checkContainerHealth(
  context: SupervisorContext,
  tracked: TrackedContainer,
): Promise<void> {
  const problem = await probeContainer(tracked.spec, context.config.probeTimeoutMs);
  if (problem === undefined) {
    tracked.probeFailures = 0;
    if (tracked.status === "unhealthy") context.setStatus(tracked, "ready");
    return;
  }
  const state = await context.runtime.inspectContainer(tracked.id!);
  if (!state?.running) {
    return await failContainer(context, tracked, `Container exited (${state?.status ?? "removed"})`);
  }
  tracked.probeFailures++;
  context.setStatus(tracked, "unhealthy");
  if (tracked.probeFailures >= context.config.unhealthyAfter) {
    await failContainer(
      context,
      tracked,
      `Not answering after ${tracked.probeFailures} probes: ${problem}`,
      true,
    );
  }
}

/** Probes a freshly started container until it answers, dies or runs out of time. */
export async function awaitContainerStartup(
  context: SupervisorContext,
  tracked: TrackedContainer,
  timeoutMs: number,
): Promise<void> {
  const { probeIntervalMs, probeTimeoutMs } = context.config;
  const startedAt = tracked.startedAt;
  while (!context.stopping.aborted && tracked.status === "starting" && tracked.startedAt === startedAt) {
    const problem = await probeContainer(tracked.spec, probeTimeoutMs);
    if (tracked.status !== "starting" || tracked.startedAt !== startedAt) return;
    if (problem === undefined) {
      tracked.failures = 0;
      tracked.nextAttemptAt = 0;
      context.setStatus(tracked, "ready");
      context.logger.info("Container ready", {
        container: tracked.containerName,
        ms: Date.now() - startedAt,
      });
      return;
    }
    if (Date.now() - startedAt > timeoutMs) {
      await context.withLock(tracked, async () => {
        await failContainer(
          context,
          tracked,
          `Not ready after ${Math.round(timeoutMs / 1000)} s: ${problem}`,
          true,
        );
      });
      return;
    }
    const state = await context.runtime.inspectContainer(tracked.id!).catch(() => undefined);
    if (!state?.running) return context.kick(tracked);
    await context.sleep(probeIntervalMs);
  }
}
