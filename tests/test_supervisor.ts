/**
 * Shared test code for the supervisor against a real engine: a profile of busybox httpd containers, a
 * supervisor with short periods on a given engine (or a fault proxy in front of it), and polling helpers.
 */
import { Registry } from "prom-client";
import { supervisorSchema } from "../src/config/supervisor_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics, type Metrics } from "../src/metrics/create_metrics.ts";
import { connectDocker } from "../src/supervisor/connect_docker.ts";
import { type ContainerProfile, containerProfileSchema } from "../src/supervisor/container_spec.ts";
import { Supervisor } from "../src/supervisor/supervisor.ts";
import { type DockerEngine, TEST_IMAGE } from "./docker_engine.ts";

/** One test container: busybox httpd on `port`. */
export interface TestContainer {
  port: number;
  env?: Record<string, string>;
  /** Overrides the image's command, e.g. to answer only after a while. */
  cmd?: string[];
  swapGroup?: string;
  idleTimeoutMs?: number;
  fixedGib?: number;
  healthPath?: string;
}

/** A profile of {@linkcode TestContainer}s on an 8 GiB test box. */
export function buildProfile(containers: Record<string, TestContainer>): ContainerProfile {
  return containerProfileSchema.parse({
    device: { name: "test box", memoryGib: 8, gpuAccess: "none" },
    containers: Object.fromEntries(
      Object.entries(containers).map(([name, c]) => [name, {
        kind: "http",
        image: TEST_IMAGE,
        env: { PORT: String(c.port), ...c.env },
        ...(c.cmd ? { cmd: c.cmd } : {}),
        port: c.port,
        healthPath: c.healthPath ?? "/health.json",
        stopTimeoutSeconds: 1,
        ...(c.swapGroup ? { swapGroup: c.swapGroup } : {}),
        ...(c.idleTimeoutMs ? { idleTimeoutMs: c.idleTimeoutMs } : {}),
        memory: { fixedGib: c.fixedGib ?? 1 },
      }]),
    ),
  });
}

/** Options for {@linkcode startTestSupervisor}. */
export interface TestSupervisorOptions {
  engine: DockerEngine;
  profile: ContainerProfile;
  prefix: string;
  /** Where the supervisor connects instead of the engine's own socket (a fault proxy). */
  dockerHost?: string;
  backendContainers?: Record<string, string>;
  metrics?: Metrics;
  config?: Record<string, unknown>;
  inFlight?: (backend: string) => number;
}

/** A started supervisor with short periods (reconcile 200 ms, probes 50 ms, backoff 100–400 ms). */
export async function startTestSupervisor(options: TestSupervisorOptions): Promise<Supervisor> {
  const supervisor = new Supervisor({
    runtime: await connectDocker(options.dockerHost ?? options.engine.dockerHost),
    profile: options.profile,
    config: supervisorSchema.parse({
      enabled: true,
      namePrefix: options.prefix,
      reconcileMs: 200,
      probeIntervalMs: 50,
      probeTimeoutMs: 500,
      unhealthyAfter: 2,
      coldStartMs: 15_000,
      backoff: { initialMs: 100, maxMs: 400 },
      keepAliveMs: 100,
      ...options.config,
    }),
    backendContainers: options.backendContainers ?? {},
    logger: createSilentLogger(),
    metrics: options.metrics ?? createMetrics(new Registry()),
    ...(options.inFlight ? { inFlight: options.inFlight } : {}),
  });
  await supervisor.start();
  return supervisor;
}

/** A container as `/health/deep` shows it. */
export type Described = { state: string; id: string | null; restarts: number; lastError: string | null };

/** One container of `describe()`. */
export function describeContainer(supervisor: Supervisor, name: string): Described {
  return supervisor.describe().containers[name] as Described;
}

/** Waits on the machine's clock: only for real processes (dockerd, containers). */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds; a generous limit, not a timed assertion. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 20_000 }: { timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!await check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

// Engine JSON as the engine sends it; the tests read a few fields.
// deno-lint-ignore no-explicit-any
export type Json = Record<string, any>;

/** `GET /containers/{id}/json` straight from the engine; undefined when there is no such container. */
export async function inspect(engine: DockerEngine, id: string): Promise<Json | undefined> {
  const response = await engine.request("GET", `/containers/${id}/json`);
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  return await response.json();
}

/** Removes every container whose name starts with `prefix`. */
export async function removeByPrefix(engine: DockerEngine, prefix: string): Promise<void> {
  const list = await (await engine.request("GET", "/containers/json?all=1")).json() as Json[];
  for (const c of list.filter((c) => (c.Names as string[]).some((n) => n.startsWith(`/${prefix}`)))) {
    await (await engine.request("DELETE", `/containers/${c.Id}?force=1`)).body?.cancel();
  }
}
