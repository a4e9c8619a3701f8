import { explainStartError } from "./choose_vllm_image.ts";
import { awaitContainerStartup, checkContainerHealth } from "./check_container_health.ts";
import type { ContainerSummary } from "./container_runtime.ts";
import { failContainer } from "./fail_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { HASH_LABEL, MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";
import { findBudgetProblem, isHoldingMemory, type TrackedContainer } from "./tracked_container.ts";

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
  if (summary && summary.labels[HASH_LABEL] !== tracked.hash) {
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
