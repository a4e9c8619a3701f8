import assert from "node:assert/strict";
import { supervisorSchema } from "../config/supervisor_schema.ts";
import { createSilentLogger } from "../logger.ts";
import { createManualClock, type ManualClock } from "../manual_clock.ts";
import type { ContainerFactory, ContainerRuntime, ContainerSummary } from "./container_runtime.ts";
import { containerProfileSchema } from "./container_spec.ts";
import { Supervisor } from "./supervisor.ts";

/** An engine whose one container runs once started; inspect always fails, as a flaky engine's might. */
function createEngine(events: string[]): ContainerRuntime & ContainerFactory {
  let container: ContainerSummary | undefined;
  return {
    apiVersion: "1.41",
    info: () => Promise.resolve({ kernelVersion: "", architecture: "", runtimes: [], serverVersion: "" }),
    listContainers: () => Promise.resolve(container ? [container] : []),
    inspectContainer: () => Promise.reject(new Error("GET /containers/x/json: injected 500")),
    createContainer: (name, body) => {
      events.push("create");
      container = { id: name, name, image: body.Image, state: "created", labels: body.Labels };
      return Promise.resolve(name);
    },
    startContainer: () => Promise.resolve(void (events.push("start"), container!.state = "running")),
    stopContainer: () => Promise.resolve(void (container!.state = "exited")),
    removeContainer: () => Promise.resolve(void (events.push("remove"), container = undefined)),
    hasImage: () => Promise.resolve(true),
    pullImage: () => Promise.resolve(),
    readLogs: () => Promise.resolve(""),
    watchEvents: (_labels, _onEvent, signal) =>
      new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true })),
    close: () => {},
  };
}

/** Moves the clock in steps of `stepMs`, letting the supervisor's work (loopback probes included) run between. */
async function advance(clock: ManualClock, ms: number): Promise<void> {
  const stepMs = 100;
  for (let moved = 0; moved < ms; moved += stepMs) {
    clock.advance(Math.min(stepMs, ms - moved));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

Deno.test("Supervisor on a manual clock: a start that never answers fails after startTimeoutMs although every inspect fails, then starts again after its backoff", async () => {
  // Nothing listens on this port: every probe fails at once (connection refused).
  const unused = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (unused.addr as Deno.NetAddr).port;
  unused.close();
  const clock = createManualClock(Date.UTC(2026, 11, 31, 23, 59));
  const events: string[] = [];
  await using supervisor = new Supervisor({
    runtime: createEngine(events),
    profile: containerProfileSchema.parse({
      device: { name: "box", memoryGib: 8, gpuAccess: "none" },
      containers: { web: { kind: "http", image: "x", port, memory: { fixedGib: 1 } } },
    }),
    config: supervisorSchema.parse({
      enabled: true,
      reconcileMs: 5_000,
      probeIntervalMs: 500,
      startTimeoutMs: 60_000,
      backoff: { initialMs: 10_000, maxMs: 10_000 },
    }),
    backendContainers: {},
    logger: createSilentLogger(),
    clock,
  });
  await supervisor.start();
  const web = () => supervisor.describe().containers.web as { state: string; lastError: string | null };
  await advance(clock, 1_000);
  assert.deepEqual(events, ["create", "start"]);
  assert.equal(web().state, "starting");
  await advance(clock, 58_000); // still within startTimeoutMs: the failed inspects change nothing
  assert.equal(web().state, "starting");
  await advance(clock, 6_000); // past it: the pass fails the start and discards the container
  assert.equal(web().state, "backoff");
  assert.match(web().lastError ?? "", /^Not ready after 60 s: /);
  assert.deepEqual(events, ["create", "start", "remove"]);
  await advance(clock, 10_500); // the backoff ends: created and started again
  assert.deepEqual(events, ["create", "start", "remove", "create", "start"]);
  assert.equal(web().state, "starting");
});
