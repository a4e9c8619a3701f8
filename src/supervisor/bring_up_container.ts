import { unavailable } from "../api_error.ts";
import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import { sleepUnlessAborted } from "./change_signal.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { ContainerStatus, TrackedContainer } from "./tracked_container.ts";

/** `Retry-After` for a lost engine: the next engine check, one reconcile period away. */
export function toEngineCheckSeconds(config: SupervisorConfig): number {
  return Math.max(1, Math.ceil(config.reconcileMs / 1000));
}

/** `Retry-After` for a request refused because the router is shutting down: a restart takes a few seconds. */
const SHUTDOWN_RETRY_SECONDS = 5;

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

/** The 503 for a request still waiting for a container when the router begins to shut down. */
export function toShutdownError(wait: ContainerWait): Error {
  return unavailable(
    `Backend "${wait.backend}" is not ready: the router is shutting down while container "${wait.tracked.containerName}" starts; retry once it is back`,
    SHUTDOWN_RETRY_SECONDS,
  );
}

/**
 * The 503 for a container in backoff after failures (crash loop, missing image, name clash): what failed,
 * with the image and where to read more, and `Retry-After` at its next attempt. Waiting would only repeat
 * the failure, so the request gets this at once and its plan may fall back.
 */
export function toBackoffError(context: SupervisorContext, wait: ContainerWait): Error {
  const { tracked, backend } = wait;
  const seconds = Math.max(1, Math.ceil((tracked.nextAttemptAt - context.clock.now()) / 1000));
  const times = tracked.failures === 1 ? "once" : `${tracked.failures} times in a row`;
  // Kubernetes names Deployments after the specs, in a namespace only the runtime knows.
  const log = context.runtime.externallyDefined
    ? "/health/deep"
    : `/health/deep or "docker logs ${tracked.containerName}"`;
  return unavailable(
    `Cannot start backend "${backend}": container "${tracked.containerName}" (image "${tracked.spec.image}") failed ${times}: ${
      tracked.lastError ?? "unknown reason"
    }; next attempt in ${seconds} s (its log: ${log})`,
    seconds,
  );
}

// Read through a call: TypeScript would otherwise keep the status narrowed across the awaits.
const statusOf = (tracked: TrackedContainer): ContainerStatus => tracked.status;

/**
 * Waits until the steps already queued for the container have run (a stop of a released container may be
 * under way: its "ready" is stale until then), or `ms` passed, or `signal` aborted.
 */
async function awaitQueuedSteps(
  context: SupervisorContext,
  { tracked, ms, signal }: { tracked: TrackedContainer; ms: number; signal: AbortSignal },
): Promise<void> {
  const settled = new AbortController();
  void tracked.lock.then(() => settled.abort());
  await sleepUnlessAborted(ms, { signal: AbortSignal.any([signal, settled.signal]), clock: context.clock });
}

/**
 * Marks the container wanted, schedules a step and waits until it is ready. Throws 503 when it is refused
 * or in backoff (with the reason), not ready by `deadline`, when the request ends, or when `draining`
 * aborts (the router shuts down).
 */
export async function bringUpContainer(
  context: SupervisorContext,
  wait: ContainerWait & { deadline: number; signal: AbortSignal; draining: AbortSignal },
): Promise<void> {
  const { tracked, backend, deadline, signal, draining } = wait;
  const released = !tracked.wanted;
  tracked.wanted = true;
  const waiting = AbortSignal.any([signal, draining]);
  // An idle stop or a swap released it: never hand out a "ready" that a running stop is about to end.
  if (released && tracked.status === "ready") {
    await awaitQueuedSteps(context, { tracked, ms: deadline - context.clock.now(), signal: waiting });
  }
  if (tracked.status === "refused") context.setStatus(tracked, "stopped");
  if (tracked.status !== "ready") context.kick(tracked);
  for (let status = statusOf(tracked); status !== "ready"; status = statusOf(tracked)) {
    if (draining.aborted) throw toShutdownError(wait);
    if (status === "refused") {
      throw unavailable(`Cannot start backend "${backend}": ${tracked.lastError}`, 30);
    }
    if (status === "backoff") throw toBackoffError(context, wait);
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
    await context.nextChange(left, waiting);
    // The step that stopped it ran before this request wanted it back: ask for another.
    if (statusOf(tracked) === "stopped" && status !== "stopped") context.kick(tracked);
  }
  tracked.lastUsed = context.clock.now();
}
