import { reconcileContainer } from "./reconcile_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { TrackedContainer } from "./tracked_container.ts";

/** Stops every other member of the container's swap group first, so at most one runs. */
export async function swapInContainer(context: SupervisorContext, tracked: TrackedContainer): Promise<void> {
  const group = tracked.spec.swapGroup!;
  const others = [...context.tracked.values()].filter((t) =>
    t !== tracked && t.spec.swapGroup === group && t.wanted
  );
  for (const other of others) other.wanted = false;
  await Promise.all(others.map((other) => context.withLock(other, () => reconcileContainer(context, other))));
  if (others.length > 0) {
    context.metrics?.containerSwaps.inc({ group });
    context.logger.info("Swapped containers", {
      group,
      from: others.map((o) => o.name),
      to: tracked.name,
    });
  }
}

/** Marks ready containers unused for longer than their `idleTimeoutMs` as unwanted; the next step stops them. */
export function releaseIdleContainers(context: SupervisorContext, now: number): void {
  for (const tracked of context.tracked.values()) {
    const idle = tracked.spec.idleTimeoutMs;
    if (
      idle !== undefined && tracked.wanted && tracked.status === "ready" && now - tracked.lastUsed > idle
    ) {
      context.logger.info("Stopping idle container", { container: tracked.containerName });
      tracked.wanted = false;
    }
  }
}
