import type { Config } from "../config/config_schema.ts";
import type { ContainerProfile } from "../supervisor/container_spec.ts";
import { planContainer } from "../supervisor/plan_memory.ts";
import type { Supervision } from "../supervisor/supervision.ts";

/** Options for {@linkcode createSimulatedSupervision}. */
export interface SimulatedSupervisionOptions {
  /** How long a simulated swap or cold start takes (a real 32B model takes minutes). */
  swapMs?: number;
}

interface SimulatedContainer {
  name: string;
  swapGroup: string | null;
  backends: string[];
  state: "ready" | "starting" | "stopped";
  wanted: boolean;
  memoryGib: number;
  restarts: number;
  /** Resolves when a start in progress finishes. */
  starting?: Promise<void>;
}

function toContainers(config: Config, profile: ContainerProfile): Map<string, SimulatedContainer> {
  const containers = new Map<string, SimulatedContainer>();
  const runningGroups = new Set<string>();
  for (const [name, spec] of Object.entries(profile.containers)) {
    const backends = Object.entries(config.backends).filter(([, b]) => b.container === name).map(([b]) => b);
    // Like the real supervisor: one member of each swap group runs (the first listed), the others wait.
    const first = spec.swapGroup === undefined || !runningGroups.has(spec.swapGroup);
    if (spec.swapGroup) runningGroups.add(spec.swapGroup);
    containers.set(name, {
      name,
      swapGroup: spec.swapGroup ?? null,
      backends,
      state: first ? "ready" : "stopped",
      wanted: first,
      memoryGib: Number(
        planContainer(name, { spec, memoryGib: profile.device.memoryGib }).allocatedGib.toFixed(1),
      ),
      restarts: 0,
    });
  }
  return containers;
}

/**
 * The demo's stand-in for container supervision: the profile's containers with their real swap groups and
 * memory, every one "running" in the simulators, and swaps that take `swapMs`, so `demo --profile thor` shows
 * the states the status page and `/health/deep` show on the box (swapped out, starting, ready). No Docker.
 */
export function createSimulatedSupervision(
  config: Config,
  profile: ContainerProfile,
  { swapMs = 1500 }: SimulatedSupervisionOptions = {},
): Supervision & AsyncDisposable {
  const containers = toContainers(config, profile);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const containerOf = (backend: string) => [...containers.values()].find((c) => c.backends.includes(backend));
  const swapIn = (container: SimulatedContainer): Promise<void> => {
    for (const sibling of containers.values()) {
      if (sibling !== container && container.swapGroup && sibling.swapGroup === container.swapGroup) {
        sibling.state = "stopped";
        sibling.wanted = false;
      }
    }
    container.wanted = true;
    container.state = "starting";
    container.starting = new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        container.state = "ready";
        delete container.starting;
        resolve();
      }, swapMs);
      timers.add(timer);
    });
    return container.starting;
  };
  return {
    ensureReady: async (backend) => {
      const container = containerOf(backend);
      if (!container || container.state === "ready") return;
      await (container.starting ?? swapIn(container));
    },
    isReady: (backend) => (containerOf(backend)?.state ?? "ready") === "ready",
    expectsUp: (backend) => containerOf(backend)?.wanted ?? true,
    touch: () => {},
    describe: () => ({
      enabled: true,
      containers: Object.fromEntries([...containers.values()].map((c) => [c.name, {
        state: c.state,
        wanted: c.wanted,
        backends: c.backends,
        swapGroup: c.swapGroup,
        memoryGib: c.memoryGib,
        restarts: c.restarts,
        lastError: null,
      }])),
    }),
    [Symbol.asyncDispose]: () => {
      for (const timer of timers) clearTimeout(timer);
      return Promise.resolve();
    },
  };
}
