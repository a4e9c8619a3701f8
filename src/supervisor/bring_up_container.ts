import { unavailable } from "../api_error.ts";
import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { ContainerStatus, TrackedContainer } from "./tracked_container.ts";

/** `Retry-After` for a lost engine: the next engine check, one reconcile period away. */
export function toEngineCheckSeconds(config: SupervisorConfig): number {
  return Math.max(1, Math.ceil(config.reconcileMs / 1000));
}

/** Which request waits for which container, for {@linkcode bringUpContainer} and {@linkcode toNotReadyError}. */
export interface ContainerWait {
  tracked: TrackedContainer;
  backend: string;
}

/** The 503 for a request whose container is not ready within `coldStartMs`; `what` says where it is. */
export function toNotReadyError(context: SupervisorContext, wait: ContainerWait & { what: string }): Error {
  const { tracked, backend, what } = wait;
  const seconds = context.config.coldStartMs / 1000;
  return unavailable(
    `Backend "${backend}" is not ready: container "${tracked.containerName}" ${what} after ${
      Math.round(seconds)
    } s`,
    Math.max(1, seconds),
  );
}

// Read through a call: TypeScript would otherwise keep the status narrowed across the awaits.
const statusOf = (tracked: TrackedContainer): ContainerStatus => tracked.status;

/**
 * Marks the container wanted, schedules a step and waits until it is ready. Throws 503 when it is refused
 * (with the reason) or not ready by `deadline`, or when the request or the supervisor ends.
 */
export async function bringUpContainer(
  context: SupervisorContext,
  wait: ContainerWait & { deadline: number; signal: AbortSignal },
): Promise<void> {
  const { tracked, backend, deadline, signal } = wait;
  tracked.wanted = true;
  if (tracked.status === "refused") context.setStatus(tracked, "stopped");
  if (tracked.status !== "ready") context.kick(tracked);
  for (let status = statusOf(tracked); status !== "ready"; status = statusOf(tracked)) {
    if (status === "refused") {
      throw unavailable(`Cannot start backend "${backend}": ${tracked.lastError}`, 30);
    }
    if (status === "unreachable") {
      // The box is lost: fail at once so the plan's fallback answers instead of waiting for coldStartMs. Retry
      // after the next engine check, as the supervisor says when it already knew the box was lost.
      throw unavailable(
        `Cannot start backend "${backend}": ${tracked.lastError}`,
        toEngineCheckSeconds(context.config),
      );
    }
    const left = deadline - context.clock.now();
    if (left <= 0 || signal.aborted || context.stopping.aborted) {
      throw toNotReadyError(context, { tracked, backend, what: `is ${status}` });
    }
    await context.nextChange(left, signal);
  }
  tracked.lastUsed = context.clock.now();
}
