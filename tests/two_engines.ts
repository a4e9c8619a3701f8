/** Shared pieces of the two-engine tests: the profile with one container per box, starting the engines. */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { supervisorSchema } from "../src/config/supervisor_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { type ContainerProfile, containerProfileSchema } from "../src/supervisor/container_spec.ts";
import { startConfiguredEngines } from "../src/supervisor/start_engine_supervision.ts";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { type DockerEngine, findFreePort, TEST_IMAGE } from "./docker_engine.ts";
import type { TestCerts } from "./make_test_certs.ts";

/** `near` on the main box, `far` on the workstation (4 GiB of its own). */
export function buildProfile(ports: { near: number; far: number }): ContainerProfile {
  const spec = (port: number) => ({
    kind: "http",
    image: TEST_IMAGE,
    env: { PORT: String(port) },
    port,
    healthPath: "/health.json",
    stopTimeoutSeconds: 1,
    memory: { fixedGib: 1 },
  });
  return containerProfileSchema.parse({
    device: { name: "router box", memoryGib: 8, gpuAccess: "none" },
    devices: { workstation: { name: "workstation", memoryGib: 4, gpuAccess: "none" } },
    containers: { near: spec(ports.near), far: { ...spec(ports.far), engine: "workstation" } },
  });
}

/** Daemon A (unix socket), daemon B (mutual TLS) and two CAs. */
export interface TwoEngines {
  a: DockerEngine;
  b: DockerEngine;
  certs: TestCerts;
  other: TestCerts;
}

/** Supervises both through the config path (TLS files read); `primary` → near, `cloud` → far. */
export async function startEngines(
  engines: TwoEngines,
  options: { prefix: string; tls: Record<string, string>; registry?: Registry },
): Promise<Supervision & AsyncDisposable> {
  const config = supervisorSchema.parse({
    enabled: true,
    namePrefix: options.prefix,
    engines: {
      local: { host: engines.a.dockerHost },
      workstation: { host: engines.b.tcpHost, tls: options.tls, timeoutMs: 2_000 },
    },
    reconcileMs: 200,
    probeIntervalMs: 50,
    probeTimeoutMs: 500,
    coldStartMs: 15_000,
    backoff: { initialMs: 100, maxMs: 400 },
  });
  return await startConfiguredEngines({
    profile: buildProfile({ near: findFreePort(), far: findFreePort() }),
    config,
    backendContainers: { primary: "near", cloud: "far" },
    logger: createSilentLogger(),
    metrics: createMetrics(options.registry ?? new Registry()),
  });
}

// deno-lint-ignore no-explicit-any
export type Json = Record<string, any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds; a generous limit, not a timed assertion. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 30_000 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (!await check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The supervision view as JSON. */
export const describe = (supervision: Supervision) => supervision.describe() as Json;
/** A container's state in the supervision view. */
export const stateOf = (supervision: Supervision, name: string) =>
  describe(supervision).containers[name]?.state;

/** Container names on one daemon, read through its own API (its unix socket). */
export async function listNames(engine: DockerEngine, prefix: string): Promise<string[]> {
  const list = await (await engine.request("GET", "/containers/json?all=1")).json() as Json[];
  return list.flatMap((c) => c.Names as string[]).map((n) => n.slice(1)).filter((n) => n.startsWith(prefix));
}

/** Asks a COMPLEX question: the cloud backend answers it, the primary is its fallback. */
export async function ask(
  baseUrl: string,
  options: { stream?: boolean } = {},
): Promise<{ backend: string | null; content: string }> {
  const response = await fetch(`${baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    // COMPLEX: the cloud backend (its container on the workstation) with the primary as fallback.
    body: JSON.stringify({
      model: "ai-router",
      stream: options.stream === true,
      messages: [{ role: "user", content: "Prove the theorem" }],
    }),
  });
  assert.equal(response.status, 200);
  const backend = response.headers.get("x-ai-router-backend");
  if (options.stream !== true) {
    const body = await response.json();
    return { backend, content: body.choices[0].message.content };
  }
  // The deltas' text, or an error event's message (an SSE wait that failed).
  const events = (await response.text()).split("\n").filter((line) => line.startsWith("data: {"))
    .map((line) => JSON.parse(line.slice("data: ".length)) as Json);
  const content = events.map((event) => event.error?.message ?? event.choices?.[0]?.delta?.content ?? "")
    .join("");
  return { backend, content };
}
