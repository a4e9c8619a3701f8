import type { SupervisorContext } from "./supervisor_context.ts";
import { computeBackoffMs, type TrackedContainer } from "./tracked_container.ts";

/** Records a failure and schedules the next attempt; `discard` removes a wedged container (paused, hung). */
export async function failContainer(
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
