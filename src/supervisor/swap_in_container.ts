import { reconcileContainer } from "./reconcile_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { TrackedContainer } from "./tracked_container.ts";

const DRAIN_POLL_MS = 100;
/** A member handed to a request this recently is busy: that request is about to open. */
const HANDOFF_MS = 250;

function isInUse(context: SupervisorContext, member: TrackedContainer): boolean {
  return context.isBusy(member) || context.clock.now() - member.lastUsed < HANDOFF_MS;
}

/** Waits until none of `members` has open requests, or `limitMs` passed; says whether they drained. */
async function drainRequests(
  context: SupervisorContext,
  { members, limitMs }: { members: readonly TrackedContainer[]; limitMs: number },
): Promise<boolean> {
  const deadline = context.clock.now() + limitMs;
  while (members.some((member) => isInUse(context, member))) {
    if (context.clock.now() >= deadline || context.stopping.aborted) return false;
    await context.sleep(DRAIN_POLL_MS);
  }
  return true;
}

/**
 * Stops every other member of the container's swap group first, so at most one runs. Their open answers
 * finish first (up to `swapDrainMs`): a swap should not cut someone else's stream mid-sentence. The caller
 * runs one swap per group at a time and marks `tracked` wanted only afterwards.
 */
export async function swapInContainer(context: SupervisorContext, tracked: TrackedContainer): Promise<void> {
  const group = tracked.spec.swapGroup!;
  const others = [...context.tracked.values()].filter((t) =>
    t !== tracked && t.spec.swapGroup === group && t.wanted
  );
  if (!await drainRequests(context, { members: others, limitMs: context.config.swapDrainMs })) {
    context.logger.warn("Swapping out a container with open requests: they did not finish in time", {
      group,
      containers: others.filter((other) => context.isBusy(other)).map((other) => other.containerName),
      swapDrainMs: context.config.swapDrainMs,
    });
  }
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

/**
 * Marks ready containers unused for longer than their `idleTimeoutMs` as unwanted; the next step stops them.
 * A container still answering is in use: its idle time starts when its last answer ends.
 */
export function releaseIdleContainers(context: SupervisorContext, now: number): void {
  for (const tracked of context.tracked.values()) {
    if (context.isBusy(tracked)) {
      tracked.lastUsed = now;
      continue;
    }
    const idle = tracked.spec.idleTimeoutMs;
    if (
      idle !== undefined && tracked.wanted && tracked.status === "ready" && now - tracked.lastUsed > idle
    ) {
      context.logger.info("Stopping idle container", { container: tracked.containerName });
      tracked.wanted = false;
    }
  }
}
