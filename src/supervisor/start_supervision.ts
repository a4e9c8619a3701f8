import type { Config } from "../config/config_schema.ts";
import { ConfigError } from "../config/load_config.ts";
import { ENGINE_CALL_TIMEOUT_MS, type EngineConfig } from "../config/engine_schema.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { checkBackendContainers } from "./check_backend_containers.ts";
import { connectKubernetes, type ConnectKubernetesOptions } from "./connect_kubernetes.ts";
import { EngineError } from "./container_runtime.ts";
import type { ContainerProfile } from "./container_spec.ts";
import { loadContainerProfile } from "./load_container_profile.ts";
import { createNoSupervision, type Supervision } from "./supervision.ts";
import { assignProfileShares, startConfiguredEngines } from "./start_engine_supervision.ts";
import { Supervisor } from "./supervisor.ts";

/** Options for {@linkcode startSupervision}. */
export interface StartSupervisionOptions {
  config: Config;
  logger: Logger;
  metrics?: Metrics;
  /** `DOCKER_HOST` from the environment; `supervisor.dockerHost` wins. */
  dockerHost?: string | undefined;
  /** For `supervisor.engine: kubernetes`: the in-cluster environment (or, in tests, the API's URL). */
  kubernetes?: ConnectKubernetesOptions;
  /** A profile already loaded (tests); otherwise `supervisor.profile` is read. */
  profile?: ContainerProfile;
  /** Open requests per backend, so idle stops and swaps do not cut answers (see `SupervisorOptions`). */
  inFlight?: (backend: string) => number;
}

/** Maps each backend to its container spec; checks that the spec exists and fits the backend (port, model, context). */
export function linkBackendContainers(config: Config, profile: ContainerProfile): Record<string, string> {
  const links: Record<string, string> = {};
  for (const [backend, { container }] of Object.entries(config.backends)) {
    if (container === undefined) continue;
    if (!(container in profile.containers)) {
      throw new ConfigError(
        `Invalid config: backends.${backend}.container: no container "${container}" in the profile`,
      );
    }
    links[backend] = container;
  }
  checkBackendContainers(config, { profile, links });
  return links;
}

/**
 * Starts the supervisor when it is enabled and an engine answers; otherwise returns supervision that is off and
 * says why, so the router still serves with every backend treated as external.
 */
export async function startSupervision(
  options: StartSupervisionOptions,
): Promise<Supervision & AsyncDisposable> {
  const { config, logger } = options;
  const off = (reason: string) => ({
    ...createNoSupervision(reason),
    [Symbol.asyncDispose]: () => Promise.resolve(),
  });
  if (!config.supervisor.enabled) return off("supervisor.enabled is false: backends are external");
  const profileName = config.supervisor.profile;
  if (!options.profile && !profileName) return off("no supervisor.profile configured: backends are external");
  const profile = options.profile ?? await loadContainerProfile(profileName!);
  const backendContainers = linkBackendContainers(config, profile);
  if (config.supervisor.engine !== "kubernetes") {
    // One path for one box and for several: `dockerHost` (or DOCKER_HOST) is the one engine "local", so an
    // engine late at boot is retried by its supervisor either way, and a missing socket is waited for.
    const engines = config.supervisor.engines ?? { local: toSingleEngine(config, options.dockerHost) };
    if (!config.supervisor.engines) assignProfileShares([], profile);
    const { metrics, inFlight } = options;
    return await startConfiguredEngines({
      profile,
      config: { ...config.supervisor, engines },
      backendContainers,
      logger,
      ...(metrics ? { metrics } : {}),
      ...(inFlight ? { inFlight } : {}),
    });
  }
  // One namespace: a profile that puts containers on other boxes needs supervisor.engines.
  assignProfileShares([], profile);
  let runtime;
  try {
    runtime = await connectKubernetes(options.kubernetes ?? {});
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    logger.warn("Container supervision is off", { reason: error.message });
    return off(`${error.message}: supervision is off, backends are external`);
  }
  const supervisor = new Supervisor({
    runtime,
    profile,
    // Deployments are named like their spec (infra/k3s): the namespace, not a prefix, keeps routers apart.
    config: { ...config.supervisor, namePrefix: "" },
    backendContainers,
    logger,
    // The engine's name in /health/deep and ai_router_engine_up.
    engine: { name: "kubernetes" },
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.inFlight ? { inFlight: options.inFlight } : {}),
  });
  try {
    await supervisor.start();
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
  logger.info("Container supervision on", {
    apiVersion: runtime.apiVersion,
    containers: Object.keys(profile.containers).length,
  });
  return supervisor;
}

/** The single box of `supervisor.dockerHost` (else `DOCKER_HOST`, else the system socket) as an engine. */
function toSingleEngine(config: Config, dockerHost: string | undefined): EngineConfig {
  const host = config.supervisor.dockerHost ?? dockerHost ?? "unix:///var/run/docker.sock";
  return { host, timeoutMs: ENGINE_CALL_TIMEOUT_MS };
}
