import type { Metrics } from "../metrics/create_metrics.ts";
import type { CreateContainerBody } from "./container_runtime.ts";
import type { ContainerProfile, ContainerSpec } from "./container_spec.ts";
import { type ContainerMemory, planContainer } from "./plan_memory.ts";
import { type GpuAccess, HASH_LABEL, hashCreateBody, toCreateBody } from "./to_create_body.ts";

/** Where a supervised container is in its life, as `/health/deep` and the state metric show it. */
export type ContainerStatus =
  | "stopped"
  | "pulling"
  | "starting"
  | "ready"
  | "unhealthy"
  | "backoff"
  | "refused"
  /** Its engine (box) does not answer: it counts as down until the box is back. */
  | "unreachable";

/** Every status, for the one-hot `ai_router_container_state` gauge. */
export const CONTAINER_STATUSES: readonly ContainerStatus[] = [
  "stopped",
  "pulling",
  "starting",
  "ready",
  "unhealthy",
  "backoff",
  "refused",
  "unreachable",
];

/** The supervisor's record of one container spec. */
export interface TrackedContainer {
  name: string;
  containerName: string;
  spec: ContainerSpec;
  memory: ContainerMemory;
  body: CreateContainerBody;
  hash: string;
  id: string | undefined;
  status: ContainerStatus;
  /** Whether it should run: always-on ones from the start, on-demand ones once asked for. */
  wanted: boolean;
  /** Swap-group members and idle-stopping ones start only when a request needs them. */
  onDemand: boolean;
  /** Starts after a failure (crash, unanswering, failed start). */
  restarts: number;
  /** Failures in a row; reset once ready. Drives the backoff. */
  failures: number;
  nextAttemptAt: number;
  probeFailures: number;
  startedAt: number;
  /** Counts starts, so a probe loop knows whether it still watches the current one. */
  startSeq: number;
  /** The start a probe loop is watching, if any. */
  watchedSeq: number | undefined;
  /** Why the current start's last probe failed. */
  startProblem: string | undefined;
  lastUsed: number;
  lastError: string | null;
  logTail: string;
  /** Serialises engine calls for this container. */
  lock: Promise<void>;
}

/** Whether the status counts the container's memory as held (it runs, or it passed the budget and starts next). */
export function isHoldingStatus(status: ContainerStatus): boolean {
  return status === "pulling" || status === "starting" || status === "ready" || status === "unhealthy";
}

/**
 * Whether the container holds memory now (counted against the budget). One whose image is being pulled
 * passed the budget check and starts next: its memory is spoken for.
 */
export function isHoldingMemory(tracked: TrackedContainer): boolean {
  return isHoldingStatus(tracked.status);
}

/** Memory the running containers hold, leaving out `except`. */
export function sumHeldGib(all: readonly TrackedContainer[], except?: TrackedContainer): number {
  return all.filter((t) => t !== except && isHoldingMemory(t)).reduce(
    (sum, t) => sum + t.memory.allocatedGib,
    0,
  );
}

/** Why starting `tracked` would overcommit the budget, or undefined when it fits (docs/decisions.md, "Memory planning"). */
export function findBudgetProblem(
  tracked: TrackedContainer,
  { all, budgetGib }: { all: readonly TrackedContainer[]; budgetGib: number },
): string | undefined {
  const used = sumHeldGib(all, tracked);
  if (used + tracked.memory.allocatedGib <= budgetGib + 1e-9) return undefined;
  const holders = all.filter((t) => t !== tracked && isHoldingMemory(t)).map((t) => t.name).join(", ");
  return `needs ${tracked.memory.allocatedGib.toFixed(1)} GiB but ${used.toFixed(1)} GiB of the ${
    budgetGib.toFixed(1)
  } GiB memory budget are in use${holders ? ` (by ${holders})` : ""}`;
}

/** Capped exponential backoff: initial, 2×, 4×, … up to max. */
export function computeBackoffMs(
  failures: number,
  { initialMs, maxMs }: { initialMs: number; maxMs: number },
): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
}

/** What `/health/deep` shows for one container. */
export function describeTracked(
  tracked: TrackedContainer,
  { backends, engine = "local" }: { backends: string[]; engine?: string },
): Record<string, unknown> {
  return {
    container: tracked.containerName,
    engine,
    id: tracked.id?.slice(0, 12) ?? null,
    state: tracked.status,
    wanted: tracked.wanted,
    backends,
    image: tracked.spec.image,
    swapGroup: tracked.spec.swapGroup ?? null,
    memoryGib: Number(tracked.memory.allocatedGib.toFixed(1)),
    restarts: tracked.restarts,
    lastError: tracked.lastError,
    logTail: tracked.logTail,
  };
}

/** One record per spec, with its create body, config hash and planned memory; nothing runs yet. */
export async function createTrackedContainers(
  profile: ContainerProfile,
  options: { namePrefix: string; gpuAccess: GpuAccess; now: number },
): Promise<TrackedContainer[]> {
  const { namePrefix, gpuAccess, now } = options;
  const records: TrackedContainer[] = [];
  for (const [name, spec] of Object.entries(profile.containers)) {
    const memory = planContainer(name, { spec, memoryGib: profile.device.memoryGib });
    const body = toCreateBody(name, spec, {
      gpuAccess,
      ...(memory.utilization ? { utilization: memory.utilization } : {}),
    });
    const hash = await hashCreateBody(body);
    body.Labels[HASH_LABEL] = hash;
    const onDemand = spec.swapGroup !== undefined || spec.idleTimeoutMs !== undefined;
    records.push({
      name,
      containerName: `${namePrefix}${name}`,
      spec,
      memory,
      body,
      hash,
      id: undefined,
      status: "stopped",
      wanted: !onDemand,
      onDemand,
      restarts: 0,
      failures: 0,
      nextAttemptAt: 0,
      probeFailures: 0,
      startedAt: 0,
      startSeq: 0,
      watchedSeq: undefined,
      startProblem: undefined,
      lastUsed: now,
      lastError: null,
      logTail: "",
      lock: Promise.resolve(),
    });
  }
  return records;
}

/** Sets the container's `containerState` gauge: 1 for its status, 0 for every other. */
export function recordContainerStatus(metrics: Metrics | undefined, tracked: TrackedContainer): void {
  for (const state of CONTAINER_STATUSES) {
    metrics?.containerState.set(
      { container: tracked.containerName, state },
      state === tracked.status ? 1 : 0,
    );
  }
}
