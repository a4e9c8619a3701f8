import type { EngineLink } from "./engine_link.ts";
import type { GpuAccess } from "./to_create_body.ts";
import type { SupervisionHealth } from "./supervision.ts";
import { describeTracked, sumHeldGib, type TrackedContainer } from "./tracked_container.ts";

/** What {@linkcode describeSupervisor} reports on. */
export interface SupervisorSnapshot {
  engine: Readonly<EngineLink>;
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
  const reachable = snapshot.engine.problem === undefined;
  const memory = { budgetGib: snapshot.budgetGib, inUseGib: Number(sumHeldGib(tracked).toFixed(1)) };
  const engine = {
    name: snapshot.engine.name,
    reachable,
    ...(snapshot.engine.problem === undefined ? {} : { problem: snapshot.engine.problem }),
    apiVersion: snapshot.apiVersion,
    gpuAccess: snapshot.gpuAccess,
    ...(snapshot.gpuProblem ? { gpuProblem: snapshot.gpuProblem } : {}),
  };
  // Built first, then returned: the health view carries more than SupervisionHealth names. `engine` and
  // `memory` stay for one-box readers; `engines` has every box (one here, more once combined).
  const health = {
    enabled: true,
    engine,
    memory,
    engines: { [engine.name]: { ...engine, memory, containers: tracked.map((t) => t.name) } },
    containers: Object.fromEntries(
      tracked.map((t) => [t.name, describeTracked(t, { backends: backendsOf(t.name), engine: engine.name })]),
    ),
  };
  return health;
}
