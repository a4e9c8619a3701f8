import { z } from "zod";
import { enginesSchema } from "./engine_schema.ts";

/** The container supervisor (docs/containers.md); off unless enabled, so backends are external by default. */
export const supervisorSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** A seed profile (`thor`, `workstation`: `infra/containers/<name>.yaml`) or a path to a profile YAML. */
  profile: z.string().min(1).optional(),
  /**
   * Which engine runs the profile's containers: `docker` creates and starts them; `kubernetes` scales the
   * manifests' Deployments (named like the specs; `namePrefix` and `dockerHost` do not apply) between 0 and 1
   * replicas with the pod's service account (docs/containers.md, "K3s").
   */
  engine: z.enum(["docker", "kubernetes"]).default("docker"),
  /** Overrides `DOCKER_HOST` (`unix:///var/run/docker.sock` by default). */
  dockerHost: z.string().min(1).optional(),
  /**
   * Several engines (boxes) by name, e.g. the local socket and a workstation's dockerd over mutual TLS;
   * replaces `dockerHost`. A container spec's `engine` picks its box; the first engine runs the rest.
   */
  engines: enginesSchema.optional(),
  /** Container names are this prefix + the spec name. */
  namePrefix: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/).default("ai-router-"),
  /** How long a request waits for a stopped or starting container before a 503 with `Retry-After`. */
  coldStartMs: z.number().int().positive().default(300_000),
  /**
   * How long a swap waits for the running group member's open requests (streams included) to finish
   * before it stops that member anyway.
   */
  swapDrainMs: z.number().int().nonnegative().default(60_000),
  /** A container not ready this long after its start counts as failed and is restarted. */
  startTimeoutMs: z.number().int().positive().default(900_000),
  reconcileMs: z.number().int().positive().default(5_000),
  probeIntervalMs: z.number().int().positive().default(500),
  probeTimeoutMs: z.number().int().positive().default(2_000),
  /** Failed probes in a row before a ready container counts as unanswering and is restarted. */
  unhealthyAfter: z.number().int().positive().default(3),
  backoff: z.strictObject({
    initialMs: z.number().int().positive().default(1_000),
    maxMs: z.number().int().positive().default(60_000),
  }).prefault({}),
  /** Overrides the profile's budget (device memory minus reserve), in GiB. */
  memoryBudgetGib: z.number().positive().optional(),
  logTailLines: z.number().int().nonnegative().default(20),
  /** Interval of the SSE comments a streaming client gets while its backend starts. */
  keepAliveMs: z.number().int().positive().default(5_000),
});

/** The validated supervisor section. */
export type SupervisorConfig = z.infer<typeof supervisorSchema>;
