import {
  bringUpContainer,
  type ContainerWait,
  toBackoffError,
  toNotReadyError,
  toShutdownError,
} from "./bring_up_container.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { SwapGroupQueue } from "./swap_group_queue.ts";
import { swapInContainer } from "./swap_in_container.ts";

/** A wait for a member of swap group `group`, queued on `swaps`. */
interface SwapGroupWait extends ContainerWait {
  group: string;
  swaps: SwapGroupQueue;
  deadline: number;
  signal: AbortSignal;
  draining: AbortSignal;
}

/**
 * One swap per group at a time, in arrival order, until its member is ready: the next request may then
 * swap it out again. A request for the running member waits behind an earlier swap too (the supervisor's
 * `isServing`).
 */
async function bringUpInSwapGroup(context: SupervisorContext, wait: SwapGroupWait): Promise<void> {
  const { tracked, backend, group, swaps, deadline, signal, draining } = wait;
  await swaps.run(
    group,
    deadline - context.clock.now(),
    AbortSignal.any([signal, draining]),
    async () => {
      if (draining.aborted) throw toShutdownError({ tracked, backend });
      await swapInContainer(context, tracked);
      await bringUpContainer(context, { tracked, backend, deadline, signal, draining });
    },
    () => {
      if (draining.aborted) throw toShutdownError({ tracked, backend });
      throw toNotReadyError(context, {
        tracked,
        backend,
        what: `waits for another swap in group "${group}"`,
      });
    },
  );
}

/** A request's wait for its container, which is not serving yet. */
export interface RequestWait extends ContainerWait {
  signal: AbortSignal;
  /** Aborts when the router begins to shut down. */
  draining: AbortSignal;
  swaps: SwapGroupQueue;
}

/**
 * Brings the container up for a request within `coldStartMs`, through its swap group's queue when it has one.
 * Fails at once when the router shuts down or the container is in backoff: before the swap queue, so a member
 * that cannot start does not stop the running one for nothing.
 */
export async function bringUpForRequest(context: SupervisorContext, wait: RequestWait): Promise<void> {
  const { tracked, backend, signal, draining, swaps } = wait;
  if (draining.aborted) throw toShutdownError({ tracked, backend });
  if (tracked.status === "backoff") throw toBackoffError(context, { tracked, backend });
  const deadline = context.clock.now() + context.config.coldStartMs;
  const group = tracked.spec.swapGroup;
  if (group === undefined) {
    return await bringUpContainer(context, { tracked, backend, deadline, signal, draining });
  }
  await bringUpInSwapGroup(context, { tracked, backend, group, swaps, deadline, signal, draining });
}
