import assert from "node:assert/strict";
import { supervisorSchema } from "../config/supervisor_schema.ts";
import { createSilentLogger } from "../logger.ts";
import { createManualClock, type ManualClock } from "../manual_clock.ts";
import { sleepUnlessAborted } from "./change_signal.ts";
import type { ContainerRuntime } from "./container_runtime.ts";
import { containerProfileSchema } from "./container_spec.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import { releaseIdleContainers, swapInContainer } from "./swap_in_container.ts";
import { createTrackedContainers, type TrackedContainer } from "./tracked_container.ts";

/** An engine where every container runs; it records stops. About 15 lines, as STYLE promises. */
function createFakeRuntime(tracked: () => TrackedContainer[], stopped: string[]): ContainerRuntime {
  const fail = () => Promise.reject(new Error("not used"));
  return {
    apiVersion: "1.41",
    info: fail,
    listContainers: () =>
      Promise.resolve(
        tracked().filter((t) => !stopped.includes(t.containerName)).map((t) => ({
          id: t.containerName,
          name: t.containerName,
          image: t.spec.image,
          state: "running",
          labels: { "ai.router.config-hash": t.hash },
        })),
      ),
    inspectContainer: fail,
    startContainer: fail,
    stopContainer: (id) => Promise.resolve(void stopped.push(id)),
    removeContainer: fail,
    readLogs: () => Promise.resolve(""),
    watchEvents: fail,
    close: () => {},
  };
}

interface World {
  clock: ManualClock;
  context: SupervisorContext;
  a: TrackedContainer;
  b: TrackedContainer;
  busy: Set<string>;
  stopped: string[];
}

async function createWorld(config: Record<string, unknown> = {}): Promise<World> {
  const clock = createManualClock(Date.UTC(2026, 0, 1, 23, 59));
  const profile = containerProfileSchema.parse({
    device: { name: "test box", memoryGib: 8, gpuAccess: "none" },
    containers: Object.fromEntries(["a", "b"].map((name, i) => [name, {
      kind: "http",
      image: "localhost/test:1",
      port: 9000 + i,
      swapGroup: "code",
      idleTimeoutMs: 300,
      memory: { fixedGib: 1 },
    }])),
  });
  const records = await createTrackedContainers(profile, {
    namePrefix: "t-",
    gpuAccess: "none",
    now: clock.now(),
  });
  const tracked = new Map(records.map((t) => [t.name, t]));
  const busy = new Set<string>();
  const stopped: string[] = [];
  const stopping = new AbortController().signal;
  const context: SupervisorContext = {
    runtime: createFakeRuntime(() => records, stopped),
    config: supervisorSchema.parse({ enabled: true, swapDrainMs: 2_000, ...config }),
    logger: createSilentLogger(),
    metrics: undefined,
    tracked,
    budgetGib: 8,
    clock,
    stopping,
    setStatus: (t, status) => void (t.status = status),
    withLock: (_t, step) => step(),
    track: () => {},
    kick: () => {},
    isBusy: (t) => busy.has(t.name),
    sleep: (ms) => sleepUnlessAborted(ms, { signal: stopping, clock }),
    nextChange: (ms, signal) => sleepUnlessAborted(ms, { signal, clock }),
  };
  const [a, b] = records as [TrackedContainer, TrackedContainer];
  return { clock, context, a, b, busy, stopped };
}

/** Moves the manual clock in small steps, letting the awaited work between timers run. */
async function advance(clock: ManualClock, ms: number): Promise<void> {
  for (let moved = 0; moved < ms; moved += 50) {
    clock.advance(Math.min(50, ms - moved));
    for (let i = 0; i < 10; i++) await Promise.resolve();
  }
}

Deno.test("releaseIdleContainers() keeps a container with open requests past its idle timeout", async () => {
  const { clock, context, a, busy } = await createWorld();
  a.wanted = true;
  a.status = "ready";
  busy.add("a");
  clock.advance(1_000); // several reconcile periods past the 300 ms idle timeout
  releaseIdleContainers(context, clock.now());
  assert.equal(a.wanted, true);
  assert.equal(a.lastUsed, clock.now()); // its idle time starts when its last answer ends
  busy.delete("a");
  clock.advance(301);
  releaseIdleContainers(context, clock.now());
  assert.equal(a.wanted, false);
});

Deno.test("swapInContainer() waits for the running member's open answer, then stops it", async () => {
  const { clock, context, a, b, busy, stopped } = await createWorld();
  a.wanted = true;
  a.status = "ready";
  busy.add("a"); // a long answer is still streaming
  let swapped = false;
  const swap = swapInContainer(context, b).then(() => swapped = true);
  await advance(clock, 500);
  assert.equal(swapped, false, "the swap waits for the open answer");
  assert.deepEqual(stopped, []);
  busy.delete("a");
  await advance(clock, 350); // the next drain poll after the handoff window
  await swap;
  assert.equal(a.wanted, false);
  assert.deepEqual(stopped, ["t-a"]);
});

Deno.test("swapInContainer() cuts an answer that outlasts swapDrainMs: the waiting request is not starved", async () => {
  const { clock, context, a, b, busy, stopped } = await createWorld({ swapDrainMs: 2_000 });
  a.wanted = true;
  a.status = "ready";
  busy.add("a"); // never finishes
  let swapped = false;
  const swap = swapInContainer(context, b).then(() => swapped = true);
  await advance(clock, 1_900);
  assert.equal(swapped, false);
  await advance(clock, 300);
  await swap;
  assert.deepEqual(stopped, ["t-a"]);
});
