import type { MemoryPlan } from "../supervisor/plan_memory.ts";

const COLUMNS = [
  "container",
  "kind",
  "weights",
  "kv cache",
  "overhead",
  "need",
  "util",
  "alloc",
  "swap group",
];

function pad(cells: string[]): string {
  return cells.map((cell, i) => i < 2 ? cell.padEnd(i === 0 ? 16 : 8) : cell.padStart(i === 8 ? 12 : 9)).join(
    " ",
  )
    .trimEnd();
}

/** Renders the plan as the plain table `ai-router plan` prints (GiB). */
export function formatMemoryPlan(plan: MemoryPlan): string {
  const gib = (value: number) => value.toFixed(1);
  const lines = [
    `Memory plan for ${plan.device}${plan.engine === undefined ? "" : ` (engine "${plan.engine}")`}: ${
      gib(plan.memoryGib)
    } GiB device, budget ${gib(plan.budgetGib)} GiB`,
    pad(COLUMNS),
    ...plan.containers.map((c) =>
      pad([
        c.name,
        c.kind,
        gib(c.weightsGib),
        gib(c.kvCacheGib),
        gib(c.overheadGib),
        gib(c.needGib),
        c.utilization === undefined ? "-" : c.utilization.toFixed(2),
        gib(c.allocatedGib),
        c.swapGroup ?? "-",
      ])
    ),
    `Peak (everything outside swap groups + the largest of each group): ${gib(plan.peakGib)} GiB of ${
      gib(plan.budgetGib)
    } GiB: ${plan.problems.length === 0 ? "fits" : "DOES NOT FIT"}`,
    ...plan.problems.map((problem) => `  ! ${problem}`),
  ];
  return lines.join("\n");
}

/** Renders one table per box, each against its own memory, separated by a blank line. */
export function formatMemoryPlans(plans: readonly MemoryPlan[]): string {
  return plans.map(formatMemoryPlan).join("\n\n");
}
