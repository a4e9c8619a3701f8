import { explainStartError } from "./choose_vllm_image.ts";
import type { ContainerSummary } from "./container_runtime.ts";
import { probeContainer, type ProbeOptions } from "./probe_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { HASH_LABEL, MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";
import {
  computeBackoffMs,
  findBudgetProblem,
  isHoldingMemory,
  type TrackedContainer,
} from "./tracked_container.ts";

/** One step towards the wanted state, from what the engine says now. Runs inside the container's lock. */
export async function reconcileContainer(
  context: SupervisorContext,
  tracked: TrackedContainer,
): Promise<void> {
  if (context.stopping.aborted) return;
  const { runtime, config } = context;
  // The name too, not only the labels: another router on the same engine (another namePrefix) may run the same spec.
  const listed = await runtime.listContainers([`${MANAGED_LABEL}=1`, `${NAME_LABEL}=${tracked.name}`]);
  let summary: ContainerSummary | null = listed.find((c) => c.name === tracked.containerName) ?? null;
  // Kubernetes Deployments come from the manifests, not from the create body: nothing to compare.
  if (summary && !runtime.externallyDefined && summary.labels[HASH_LABEL] !== tracked.hash) {
    context.logger.info("Recreating container: its spec changed", {
      container: tracked.containerName,
    });
    await runtime.removeContainer(summary.id);
    summary = null;
    if (isHoldingMemory(tracked)) context.setStatus(tracked, "stopped");
  }
  tracked.id = summary?.id;
  // A paused container still holds its memory and port; the health check finds it unanswering.
  const running = summary?.state === "running" || summary?.state === "paused";
  if (!tracked.wanted) {
    if (running) await runtime.stopContainer(summary!.id, tracked.spec.stopTimeoutSeconds);
    if (tracked.status !== "refused") context.setStatus(tracked, "stopped");
    return;
  }
  if (running && isHoldingMemory(tracked)) {
    if (tracked.status !== "starting") await checkContainerHealth(context, tracked);
    return;
  }
  if (!running && isHoldingMemory(tracked)) {
    await failContainer(context, tracked, `Container exited (${summary ? summary.state : "removed"})`);
  }
  if (Date.now() < tracked.nextAttemptAt) return;
  if (!running) {
    const reason = findBudgetProblem(tracked, [...context.tracked.values()], context.budgetGib);
    if (reason) {
      if (tracked.status !== "refused") {
        context.logger.warn("Refusing to start container", {
          container: tracked.containerName,
          reason,
        });
      }
      tracked.lastError = reason;
      context.setStatus(tracked, "refused");
      return;
    }
    try {
      tracked.id = summary?.id ?? await createContainer(context, tracked);
      await runtime.startContainer(tracked.id);
    } catch (error) {
      const message = explainStartError(tracked.name, tracked.spec.image, (error as Error).message);
      await failContainer(context, tracked, `Cannot start container: ${message}`);
      return;
    }
    if (tracked.failures > 0) {
      tracked.restarts++;
      context.metrics?.containerRestarts.inc({ container: tracked.containerName });
    }
  }
  tracked.startedAt = Date.now();
  tracked.probeFailures = 0;
  context.setStatus(tracked, "starting");
  context.track(awaitContainerStartup(context, tracked, config.startTimeoutMs));
}

async function createContainer(context: SupervisorContext, tracked: TrackedContainer): Promise<string> {
  const { runtime } = context;
  if (!await runtime.hasImage(tracked.spec.image)) {
    // A first boot pulls multi-GB images: /health/deep shows it, and a failure ends in backoff.
    context.setStatus(tracked, "pulling");
    await runtime.pullImage(tracked.spec.image, context.stopping);
  }
  return await runtime.createContainer(tracked.containerName, tracked.body);
}

/** Probes a running, ready container; enough failed probes in a row restart it. */
async function checkContainerHealth(
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
async function awaitContainerStartup(
  context: SupervisorContext,
  tracked: TrackedContainer,
  timeoutMs: number,
): Promise<void> {
  const { probeIntervalMs, probeTimeoutMs } = context.config;
  const startedAt = tracked.startedAt;
  while (!context.stopping.aborted && tracked.status === "starting" && tracked.startedAt === startedAt) {
    const problem = await probeContainer(tracked.spec, probeTimeoutMs, toProbeOptions(context, tracked));
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

/** Where the runtime says the container's port is reached (Docker: 127.0.0.1, the default). */
function toProbeOptions(context: SupervisorContext, tracked: TrackedContainer): ProbeOptions {
  // The runtime knows: its box's address (Docker, `supervisor.engines.<e>.probeHost`) or a Service name.
  return { host: context.runtime.probeHost?.(tracked.containerName) ?? "127.0.0.1" };
}

/** Records a failure and schedules the next attempt; `discard` removes a wedged container (paused, hung). */
async function failContainer(
  context: SupervisorContext,
  tracked: TrackedContainer,
  reason: string,
  discard = false,
): Promise<void> {
  const { backoff, logTailLines } = context.config;
  tracked.failures++;
  tracked.lastError = reason;
  tracked.nextAttemptAt = Date.now() + computeBackoffMs(tracked.failures, backoff.initialMs, backoff.maxMs);
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
    // A hung or frozen process may ignore kill; a forced remove always works and the next step recreates it.
    await context.runtime.removeContainer(tracked.id);
    tracked.id = undefined;
  }
  context.track(context.sleep(tracked.nextAttemptAt - Date.now()).then(() => context.kick(tracked)));
}
