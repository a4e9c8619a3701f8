import { explainStartError } from "./choose_vllm_image.ts";
import { type ContainerSummary, isContainerFactory } from "./container_runtime.ts";
import {
  type ContainerAction,
  decideContainerStep,
  type ObservedContainer,
} from "./decide_container_step.ts";
import { awaitContainerStartup, checkContainerHealth, failContainer } from "./watch_container_health.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { HASH_LABEL, MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";
import { findBudgetProblem, type TrackedContainer } from "./tracked_container.ts";

/**
 * One reconcile pass for a container: reads its actual state from the engine, decides
 * ({@linkcode decideContainerStep}) and carries the actions out. Runs inside the container's lock.
 */
export async function reconcileContainer(
  context: SupervisorContext,
  tracked: TrackedContainer,
): Promise<void> {
  if (context.stopping.aborted) return;
  // The name too, not only the labels: another router on the same engine (another namePrefix) may run the same spec.
  const listed = await context.runtime.listContainers([
    `${MANAGED_LABEL}=1`,
    `${NAME_LABEL}=${tracked.name}`,
  ]);
  const summary = listed.find((c) => c.name === tracked.containerName);
  tracked.id = summary?.id;
  const observed = observeContainer(context, { tracked, summary });
  const actions = decideContainerStep(observed, {
    now: context.clock.now(),
    startTimeoutMs: context.config.startTimeoutMs,
  });
  for (const action of actions) {
    if (context.stopping.aborted) return;
    await runAction(context, { tracked, action });
  }
}

/** The decision's input: the engine's container (if any) and the supervisor's record of it. */
function observeContainer(
  context: SupervisorContext,
  { tracked, summary }: { tracked: TrackedContainer; summary: ContainerSummary | undefined },
): ObservedContainer {
  return {
    found: summary && { id: summary.id, state: summary.state },
    // Kubernetes Deployments come from the manifests, not from the create body: nothing to compare.
    specChanged: summary !== undefined && !context.runtime.externallyDefined &&
      summary.labels[HASH_LABEL] !== tracked.hash,
    status: tracked.status,
    wanted: tracked.wanted,
    nextAttemptAt: tracked.nextAttemptAt,
    startedAt: tracked.startedAt,
    probing: tracked.watchedSeq === tracked.startSeq,
    startProblem: tracked.startProblem,
    budgetProblem: findBudgetProblem(tracked, {
      all: [...context.tracked.values()],
      budgetGib: context.budgetGib,
    }),
  };
}

/** Carries out one action of the decision. */
async function runAction(
  context: SupervisorContext,
  { tracked, action }: { tracked: TrackedContainer; action: ContainerAction },
): Promise<void> {
  const { runtime, logger } = context;
  switch (action.kind) {
    case "remove":
      logger.info("Recreating container: its spec changed", { container: tracked.containerName });
      await runtime.removeContainer(action.id);
      tracked.id = undefined;
      return;
    case "stop":
      return await runtime.stopContainer(action.id, tracked.spec.stopTimeoutSeconds);
    case "set-status":
      return context.setStatus(tracked, action.status);
    case "check-health":
      return await checkContainerHealth(context, tracked);
    case "await-ready":
      return context.track(awaitContainerStartup(context, tracked));
    case "fail":
      return await failContainer(context, tracked, { reason: action.reason, discard: action.discard });
    case "refuse":
      if (tracked.status !== "refused") {
        logger.warn("Refusing to start container", {
          container: tracked.containerName,
          reason: action.reason,
        });
      }
      tracked.lastError = action.reason;
      return context.setStatus(tracked, "refused");
    case "start":
      return await startContainer(context, { tracked, id: action.id });
    case "adopt":
      return beginStart(context, tracked);
  }
}

/** Creates the container when it has no id, starts it and watches the start. */
async function startContainer(
  context: SupervisorContext,
  { tracked, id }: { tracked: TrackedContainer; id: string | undefined },
): Promise<void> {
  try {
    tracked.id = id ?? await createContainer(context, tracked);
    await context.runtime.startContainer(tracked.id);
  } catch (error) {
    const message = explainStartError((error as Error).message, {
      name: tracked.name,
      image: tracked.spec.image,
    });
    return await failContainer(context, tracked, { reason: `Cannot start container: ${message}` });
  }
  if (tracked.failures > 0) {
    tracked.restarts++;
    context.metrics?.containerRestarts.inc({ container: tracked.containerName });
  }
  beginStart(context, tracked);
}

/** Marks a running container as starting now and watches it until it answers. */
function beginStart(context: SupervisorContext, tracked: TrackedContainer): void {
  tracked.startedAt = context.clock.now();
  tracked.startSeq++;
  tracked.probeFailures = 0;
  tracked.startProblem = undefined;
  context.setStatus(tracked, "starting");
  context.track(awaitContainerStartup(context, tracked));
}

/**
 * Pulls the image when missing and creates the container. A runtime that does not create containers
 * (Kubernetes: the manifests define them; the kubelet pulls images) says why it is missing instead.
 */
async function createContainer(context: SupervisorContext, tracked: TrackedContainer): Promise<string> {
  const { runtime } = context;
  if (!isContainerFactory(runtime)) {
    return await (runtime.explainMissing?.(tracked.containerName) ??
      Promise.reject(
        new Error(
          `Container "${tracked.containerName}" does not exist: this engine does not create containers`,
        ),
      ));
  }
  if (!await runtime.hasImage(tracked.spec.image)) {
    // A first boot pulls multi-GB images: /health/deep shows it, and a failure ends in backoff.
    context.setStatus(tracked, "pulling");
    await runtime.pullImage(tracked.spec.image, context.stopping);
  }
  return await runtime.createContainer(tracked.containerName, tracked.body);
}
