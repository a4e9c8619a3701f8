import type { Clock } from "../clock.ts";
import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { ContainerRuntime } from "./container_runtime.ts";
import type { ContainerProfile } from "./container_spec.ts";

/** Options for {@linkcode Supervisor}. */
export interface SupervisorOptions {
  runtime: ContainerRuntime;
  profile: ContainerProfile;
  config: SupervisorConfig;
  /** Backend name → container spec name (`backends.<name>.container`). */
  backendContainers: Record<string, string>;
  logger: Logger;
  metrics?: Metrics;
  /** Which box this is (`supervisor.engines` key) and where its containers answer; `local` on loopback by default. */
  engine?: { name: string };
  /**
   * Requests the router has open to a backend, streams until their last byte. A container with open
   * requests is not idle, and a swap lets them finish first (up to `swapDrainMs`). None when unset.
   */
  inFlight?: (backend: string) => number;
  /** Time and timers for every deadline, backoff, sleep and the reconcile period; the machine's by default. */
  clock?: Clock;
}
