import { type ContainerProfile, type ContainerSpec, readFlag } from "./container_spec.ts";
import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import { splitProfile } from "./split_profile.ts";

const GIB = 1024 ** 3;
const KV_BYTES = { fp8: 1, fp16: 2, bf16: 2 } as const;

/** The memory one container needs and is given. All sizes in GiB. */
export interface ContainerMemory {
  name: string;
  kind: ContainerSpec["kind"];
  weightsGib: number;
  kvCacheGib: number;
  overheadGib: number;
  /** Weights + KV cache + overhead. */
  needGib: number;
  /** vLLM only: `--gpu-memory-utilization` from the cmd, else the smallest that holds `needGib`. */
  utilization?: number;
  /** What the container takes when running: vLLM grabs `utilization` × device memory whatever it needs. */
  allocatedGib: number;
  swapGroup?: string;
  /** Why this container does not fit, when it does not. */
  problem?: string;
}

/** The whole table `ai-router plan` prints and the supervisor budgets with. */
export interface MemoryPlan {
  device: string;
  /** The engine (box) this plan is for; unset for the main box. */
  engine?: string;
  memoryGib: number;
  budgetGib: number;
  containers: ContainerMemory[];
  /** Everything outside swap groups plus the largest member of each group: the most that can run at once. */
  peakGib: number;
  problems: string[];
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

/** Sizes one container from its memory facts against the device. */
export function planContainer(
  name: string,
  { spec, memoryGib }: { spec: ContainerSpec; memoryGib: number },
): ContainerMemory {
  const m = spec.memory;
  const base = { name, kind: spec.kind, ...(spec.swapGroup ? { swapGroup: spec.swapGroup } : {}) };
  if ("fixedGib" in m) {
    return {
      ...base,
      weightsGib: 0,
      kvCacheGib: 0,
      overheadGib: m.fixedGib,
      needGib: m.fixedGib,
      allocatedGib: m.fixedGib,
    };
  }
  const weightsGib = m.paramsB * 1e9 * m.quantBits / 8 / GIB;
  const kvPerToken = 2 * m.layers * m.kvHeads * m.headDim * KV_BYTES[m.kvDtype];
  const kvCacheGib = kvPerToken * m.contextLength * m.concurrency / GIB;
  const needGib = weightsGib + kvCacheGib + m.overheadGib;
  const sizes = { weightsGib, kvCacheGib, overheadGib: m.overheadGib, needGib };
  if (spec.kind !== "vllm") return { ...base, ...sizes, allocatedGib: needGib };
  const configured = readFlag(spec.cmd, "--gpu-memory-utilization");
  const utilization = configured === undefined ? roundUp(needGib / memoryGib, 0.01) : Number(configured);
  const allocatedGib = utilization * memoryGib;
  const problem = allocatedGib + 1e-9 < needGib
    ? `--gpu-memory-utilization ${utilization} gives ${allocatedGib.toFixed(1)} GiB, needs ${
      needGib.toFixed(1)
    } GiB`
    : undefined;
  return { ...base, ...sizes, utilization, allocatedGib, ...(problem ? { problem } : {}) };
}

/** The most memory the given running set can take: members outside groups plus each group's largest. */
export function sumPeak(containers: readonly ContainerMemory[]): number {
  const groups = new Map<string, number>();
  let total = 0;
  for (const c of containers) {
    if (c.swapGroup === undefined) total += c.allocatedGib;
    else groups.set(c.swapGroup, Math.max(groups.get(c.swapGroup) ?? 0, c.allocatedGib));
  }
  return total + [...groups.values()].reduce((a, b) => a + b, 0);
}

/** Computes the memory table of a profile (docs/decisions.md, "Memory planning"); pure, so `plan` and the supervisor agree. */
export function planMemory(profile: ContainerProfile, budgetOverrideGib?: number): MemoryPlan {
  const { memoryGib, reservedGib, name } = profile.device;
  const containers = Object.entries(profile.containers).map(([n, spec]) =>
    planContainer(n, { spec, memoryGib })
  );
  const budgetGib = budgetOverrideGib ?? memoryGib - reservedGib;
  const peakGib = sumPeak(containers);
  const problems = containers.flatMap((c) => c.problem ? [`${c.name}: ${c.problem}`] : []);
  for (const c of containers) {
    if (c.allocatedGib > budgetGib) problems.push(`${c.name}: needs ${c.allocatedGib.toFixed(1)} GiB alone`);
  }
  if (peakGib > budgetGib) {
    problems.push(`Peak ${peakGib.toFixed(1)} GiB exceeds the ${budgetGib.toFixed(1)} GiB budget`);
  }
  return { device: name, memoryGib, budgetGib, containers, peakGib, problems };
}

/** Options for {@linkcode planMemoryPerBox}. */
export interface PlanPerBoxOptions {
  /** The name of the engine that runs the main box (the first of `supervisor.engines`). */
  mainEngine?: string;
  /** The main box's budget override. */
  mainBudgetGib?: number;
  /** The other boxes' budget overrides by engine name. */
  budgetsGib?: Readonly<Record<string, number | undefined>>;
}

/** One plan per box (main box first), each against its own memory, with its own swap groups and budget. */
export function planMemoryPerBox(profile: ContainerProfile, options: PlanPerBoxOptions = {}): MemoryPlan[] {
  return splitProfile(profile).map(({ engine, profile: share }) => {
    const name = engine ?? options.mainEngine;
    const plan = planMemory(
      share,
      engine === undefined ? options.mainBudgetGib : options.budgetsGib?.[engine],
    );
    return name === undefined ? plan : { ...plan, engine: name };
  });
}

/** The budget overrides and main engine `supervisor` sets (`memoryBudgetGib` wins for the main box). */
export function toPlanPerBoxOptions(supervisor: SupervisorConfig): PlanPerBoxOptions {
  const engines = Object.entries(supervisor.engines ?? {});
  const mainEngine = engines[0]?.[0];
  const mainBudgetGib = supervisor.memoryBudgetGib ?? engines[0]?.[1].memoryBudgetGib;
  return {
    ...(mainEngine === undefined ? {} : { mainEngine }),
    ...(mainBudgetGib === undefined ? {} : { mainBudgetGib }),
    budgetsGib: Object.fromEntries(engines.map(([name, engine]) => [name, engine.memoryBudgetGib])),
  };
}
