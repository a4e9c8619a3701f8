import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import { ConfigError } from "../config/load_config.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { combineSupervisions, type EngineSupervision } from "./combine_supervisions.ts";
import type { ContainerRuntime } from "./container_runtime.ts";
import type { ContainerProfile } from "./container_spec.ts";
import { createEngineRuntime } from "./create_engine_runtime.ts";
import { splitProfile } from "./split_profile.ts";
import type { Supervision } from "./supervision.ts";
import { Supervisor } from "./supervisor.ts";

/** One engine (box) to supervise: any {@linkcode ContainerRuntime} (Docker here; Kubernetes can slot in). */
export interface EngineTarget {
  name: string;
  runtime: ContainerRuntime;
  /** This box's budget override in GiB. */
  memoryBudgetGib?: number | undefined;
}

/** Options for {@linkcode startEngineSupervision}. */
export interface EngineSupervisionOptions {
  /** The main engine first: it runs the containers whose spec names no `engine`. */
  engines: readonly EngineTarget[];
  profile: ContainerProfile;
  config: SupervisorConfig;
  /** Backend name → container spec name. */
  backendContainers: Record<string, string>;
  logger: Logger;
  metrics?: Metrics;
  inFlight?: (backend: string) => number;
}

/**
 * The profile's shares by engine name (`names` in config order, the first runs the main box); a
 * `ConfigError` when a profile device names an engine that is not configured, or the first one.
 */
export function assignProfileShares(
  names: readonly string[],
  profile: ContainerProfile,
): Map<string, ContainerProfile> {
  const shares = new Map<string, ContainerProfile>();
  for (const { engine, profile: share } of splitProfile(profile)) {
    const name = engine ?? names[0] ?? "local";
    if (engine !== undefined && (!names.includes(engine) || engine === names[0])) {
      const containers = Object.keys(share.containers).map((c) => `containers.${c}.engine`).join(", ");
      const why = engine === names[0]
        ? "is the first engine, which runs the containers that name none: leave engine out"
        : `is not in supervisor.engines (${names.join(", ") || "not set: only one box is supervised"})`;
      throw new ConfigError(
        `Invalid config: devices.${engine} of the profile (${containers || "no containers"}) ${why}`,
      );
    }
    shares.set(name, share);
  }
  return shares;
}

/**
 * Starts one supervisor per engine, each with its own loop, timer, event stream, memory budget and swap
 * groups, all at once: an engine that does not answer marks only its own containers unreachable.
 */
async function startEngineSupervision(
  options: EngineSupervisionOptions,
): Promise<Supervision & AsyncDisposable> {
  const { engines, profile, config, backendContainers, logger } = options;
  const shares = assignProfileShares(engines.map((engine) => engine.name), profile);
  const parts: EngineSupervision[] = engines.map((engine) => {
    const share = shares.get(engine.name) ?? { device: profile.device, containers: {} };
    const links = Object.fromEntries(
      Object.entries(backendContainers).filter(([, container]) => container in share.containers),
    );
    const { memoryBudgetGib: _, ...common } = config;
    const supervisor = new Supervisor({
      runtime: engine.runtime,
      profile: share,
      config: engine.memoryBudgetGib === undefined
        ? common
        : { ...common, memoryBudgetGib: engine.memoryBudgetGib },
      backendContainers: links,
      logger,
      engine: { name: engine.name },
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.inFlight ? { inFlight: options.inFlight } : {}),
    });
    return { name: engine.name, supervision: supervisor, backends: Object.keys(links) };
  });
  const combined = combineSupervisions(parts);
  const started = await Promise.allSettled(parts.map((part) => (part.supervision as Supervisor).start()));
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await combined[Symbol.asyncDispose]();
    throw failed.reason;
  }
  return combined;
}

/** `supervisor.engines` names Docker engines: a `ConfigError` when `supervisor.engine` asks for Kubernetes. */
export function checkEnginesConfig(supervisor: SupervisorConfig): void {
  if (supervisor.engines && supervisor.engine === "kubernetes") {
    throw new ConfigError(
      "Invalid config: supervisor.engines names Docker engines (boxes); drop it or supervisor.engine: kubernetes",
    );
  }
}

/** Builds every configured engine's runtime (TLS files read here) and starts supervising them. */
export async function startConfiguredEngines(
  options: Omit<EngineSupervisionOptions, "engines">,
): Promise<Supervision & AsyncDisposable> {
  const { config } = options;
  checkEnginesConfig(config);
  const entries = Object.entries(config.engines ?? {});
  const engines: EngineTarget[] = [];
  try {
    for (const [name, engine] of entries) {
      engines.push({
        name,
        runtime: await createEngineRuntime(name, engine),
        memoryBudgetGib: name === entries[0]?.[0]
          ? config.memoryBudgetGib ?? engine.memoryBudgetGib
          : engine.memoryBudgetGib,
      });
    }
  } catch (error) {
    for (const engine of engines) engine.runtime.close();
    throw error;
  }
  options.logger.info("Container supervision on", { engines: entries.map(([name]) => name) });
  return await startEngineSupervision({ ...options, engines });
}
