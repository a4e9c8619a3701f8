import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { ApiError } from "../api_error.ts";
import { supervisorSchema } from "../config/supervisor_schema.ts";
import { createSilentLogger } from "../logger.ts";
import { createMetrics } from "../metrics/create_metrics.ts";
import { type ContainerFactory, type ContainerRuntime, EngineError } from "./container_runtime.ts";
import { containerProfileSchema } from "./container_spec.ts";
import { Supervisor } from "./supervisor.ts";

/** An engine that refuses every call while `down` is true, and otherwise has no containers yet. */
function createFlakyRuntime(
  state: { down: boolean; created: string[] },
): ContainerRuntime & ContainerFactory {
  const call = <T>(value: T) =>
    state.down
      ? Promise.reject(new EngineError("offline", 0, "GET /_ping: Connection refused"))
      : Promise.resolve(value);
  return {
    apiVersion: "1.41",
    info: () =>
      call({ kernelVersion: "6.1.0", architecture: "x86_64", runtimes: ["runc"], serverVersion: "20.10" }),
    listContainers: () => call([]),
    inspectContainer: () => call(undefined),
    createContainer: (name) => call(name).then((id) => (state.created.push(id), id)),
    startContainer: () => call(undefined),
    stopContainer: () => call(undefined),
    removeContainer: () => call(undefined),
    hasImage: () => call(true),
    pullImage: () => call(undefined),
    readLogs: () => call(""),
    watchEvents: (_labels, _onEvent, signal) =>
      state.down
        ? call(undefined)
        : new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true })),
    close: () => {},
  };
}

Deno.test("Supervisor marks a lost engine's containers unreachable, fails fast, and reconciles once it answers", async () => {
  const state = { down: true, created: [] as string[] };
  const registry = new Registry();
  const profile = containerProfileSchema.parse({
    device: { name: "box", memoryGib: 8, gpuAccess: "none" },
    containers: { web: { kind: "http", image: "x", port: 9, memory: { fixedGib: 1 } } },
  });
  await using supervisor = new Supervisor({
    runtime: createFlakyRuntime(state),
    profile,
    config: supervisorSchema.parse({ enabled: true, reconcileMs: 20, probeTimeoutMs: 50 }),
    backendContainers: { primary: "web" },
    logger: createSilentLogger(),
    metrics: createMetrics(registry),
    engine: { name: "workstation" },
  });
  await supervisor.start();
  // deno-lint-ignore no-explicit-any
  const view = () => supervisor.describe() as any;
  assert.equal(view().engines.workstation.reachable, false);
  assert.match(
    view().engines.workstation.problem,
    /^Engine "workstation" is unreachable: GET \/_ping: Connection refused/,
  );
  assert.equal(view().containers.web.state, "unreachable");
  assert.equal(view().containers.web.engine, "workstation");
  assert.equal(supervisor.isReady("primary"), false);
  const error = await supervisor.ensureReady("primary", new AbortController().signal).catch((e) => e);
  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 503);
  assert.match(error.message, /^Cannot start backend "primary": Engine "workstation" is unreachable/);
  assert.match(await registry.metrics(), /ai_router_engine_up\{engine="workstation"\} 0/);
  assert.deepEqual(state.created, [], "nothing is created while the engine is lost");

  state.down = false;
  const deadline = Date.now() + 10_000;
  while (state.created.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(state.created, ["ai-router-web"]);
  assert.equal(view().engines.workstation.reachable, true);
  assert.notEqual(view().containers.web.state, "unreachable");
  assert.match(await registry.metrics(), /ai_router_engine_up\{engine="workstation"\} 1/);
});
