import { EngineError, type EngineInfo } from "./container_runtime.ts";
import type { ContainerProfile } from "./container_spec.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { chooseGpuAccess, findGpuProblem, type GpuAccess } from "./to_create_body.ts";
import { createTrackedContainers } from "./tracked_container.ts";

/** What a supervisor knows about its engine (its box) being reachable. */
export interface EngineLink {
  /** The `supervisor.engines` key; `local` for the single engine of `dockerHost`. */
  name: string;
  /** Why the engine cannot be used right now; undefined while it answers. */
  problem: string | undefined;
  /** Whether the create bodies were built for this engine's GPU access (after its first answer). */
  prepared: boolean;
  /**
   * Why there is no engine at all (its socket does not exist) while it has never answered: supervision is then
   * off and backends are external, until the socket appears (an engine late at boot) and the engine answers.
   */
  absent?: string | undefined;
}

/**
 * Asks the engine for `/info` (each call has the engine's time limit). When it fails, every container of
 * the box counts as unreachable (down: requests fail at once and the plans' fallbacks answer). On the
 * first answer after a loss they count as stopped, so the next reconcile finds them again by label.
 * Returns the info, or undefined while the engine is lost.
 */
export async function checkEngine(
  context: SupervisorContext,
  link: EngineLink,
): Promise<EngineInfo | undefined> {
  const { logger, metrics } = context;
  try {
    const info = await context.runtime.info();
    link.absent = undefined;
    if (link.problem !== undefined) {
      logger.info("Container engine reachable again", { engine: link.name });
      for (const tracked of context.tracked.values()) {
        if (tracked.lastError === link.problem) tracked.lastError = null;
        if (tracked.status === "unreachable") context.setStatus(tracked, "stopped");
      }
      link.problem = undefined;
    }
    metrics?.engineUp.set({ engine: link.name }, 1);
    return info;
  } catch (error) {
    const problem = `Engine "${link.name}" is unreachable: ${(error as Error).message}`;
    if (link.problem === undefined) {
      logger.warn("Container engine unreachable", { engine: link.name, problem });
    }
    link.problem = problem;
    const noSocket = error instanceof EngineError && error.kind === "no-socket";
    link.absent = noSocket && !link.prepared ? (error as Error).message : undefined;
    metrics?.engineUp.set({ engine: link.name }, 0);
    for (const tracked of context.tracked.values()) {
      tracked.lastError = problem;
      if (tracked.status !== "unreachable") context.setStatus(tracked, "unreachable");
    }
    return undefined;
  }
}

/** How this box's containers reach the GPU, and why GPU containers will not start (when known). */
export interface EngineGpu {
  gpuAccess: GpuAccess;
  gpuProblem: string | undefined;
}

/**
 * Builds the create bodies (and config hashes) for the engine's GPU access, replacing the provisional ones
 * the records were made with before the engine first answered.
 */
export async function prepareEngine(
  context: SupervisorContext,
  options: { profile: ContainerProfile; namePrefix: string; info: EngineInfo },
): Promise<EngineGpu> {
  const { profile, namePrefix, info } = options;
  const gpuAccess = chooseGpuAccess(profile.device.gpuAccess, info);
  const needsGpu = Object.values(profile.containers).some((spec) => spec.gpu);
  const gpuProblem = needsGpu ? findGpuProblem(gpuAccess, info) : undefined;
  if (gpuProblem) context.logger.warn("GPU containers will not start", { reason: gpuProblem });
  for (
    const fresh of await createTrackedContainers(profile, { namePrefix, gpuAccess, now: context.clock.now() })
  ) {
    const tracked = context.tracked.get(fresh.name);
    if (tracked) Object.assign(tracked, { body: fresh.body, hash: fresh.hash });
  }
  return { gpuAccess, gpuProblem };
}
