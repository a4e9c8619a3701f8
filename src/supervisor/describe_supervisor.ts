import type { GpuAccess } from "./to_create_body.ts";
import type { SupervisionHealth } from "./supervision.ts";
import { describeTracked, sumHeldGib, type TrackedContainer } from "./tracked_container.ts";

/** What {@linkcode describeSupervisor} reports on. */
export interface SupervisorSnapshot {
  apiVersion: string;
  gpuAccess: GpuAccess;
  /** Why GPU containers will not start (e.g. no `nvidia` runtime registered), when known. */
  gpuProblem?: string;
  budgetGib: number;
  tracked: Iterable<TrackedContainer>;
  /** Backend name → container spec name. */
  backendContainers: Record<string, string>;
}

/** The supervisor's part of `/health/deep`: engine, memory in use against the budget, every container. */
export function describeSupervisor(snapshot: SupervisorSnapshot): SupervisionHealth {
  const tracked = [...snapshot.tracked];
  const backendsOf = (name: string) =>
    Object.entries(snapshot.backendContainers).filter(([, c]) => c === name).map(([b]) => b);
  // Built first, then returned: the health view carries more than SupervisionHealth names.
  const health = {
    enabled: true,
    engine: {
      apiVersion: snapshot.apiVersion,
      gpuAccess: snapshot.gpuAccess,
      ...(snapshot.gpuProblem ? { gpuProblem: snapshot.gpuProblem } : {}),
    },
    memory: {
      budgetGib: snapshot.budgetGib,
      inUseGib: Number(sumHeldGib(tracked).toFixed(1)),
    },
    containers: Object.fromEntries(tracked.map((t) => [t.name, describeTracked(t, backendsOf(t.name))])),
  };
  return health;
}
