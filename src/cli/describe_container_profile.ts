import type { Config } from "../config/config_schema.ts";
import type { ContainerProfile } from "../supervisor/container_spec.ts";
import { type MemoryPlan, planMemoryPerBox, toPlanPerBoxOptions } from "../supervisor/plan_memory.ts";
import { assignProfileShares } from "../supervisor/start_engine_supervision.ts";
import { linkBackendContainers } from "../supervisor/start_supervision.ts";

function describeBox(
  plan: MemoryPlan,
  { profile, links }: { profile: ContainerProfile; links: Record<string, string> },
): string[] {
  return [
    ...plan.containers.map((c) => {
      const backends = Object.entries(links).filter(([, name]) => name === c.name).map(([b]) => b);
      const group = c.swapGroup ? `, swap group ${c.swapGroup}` : "";
      return `  ${c.name}: ${profile.containers[c.name]!.image}, ${
        c.allocatedGib.toFixed(1)
      } GiB${group}, backends: ${backends.join(", ") || "-"}`;
    }),
    `  peak ${plan.peakGib.toFixed(1)} GiB of ${plan.budgetGib.toFixed(1)} GiB: ${
      plan.problems.length === 0 ? "fits" : "DOES NOT FIT"
    }`,
    ...plan.problems.map((problem) => `  ! ${problem}`),
  ];
}

/**
 * The `check` summary of a container profile, one block per box when `supervisor.engines` names several;
 * throws `ConfigError` when a backend misses or misfits its container or a box has no configured engine.
 */
export function describeContainerProfile(config: Config, profile: ContainerProfile): string {
  const links = linkBackendContainers(config, profile);
  const engines = Object.entries(config.supervisor.engines ?? {});
  assignProfileShares(engines.map(([name]) => name), profile);
  const plans = planMemoryPerBox(profile, toPlanPerBoxOptions(config.supervisor));
  const lines = [
    `Containers (${config.supervisor.profile}, supervision ${config.supervisor.enabled ? "on" : "off"}):`,
  ];
  for (const plan of plans) {
    if (plan.containers.length === 0 && plan !== plans[0]) continue;
    if (plans.length > 1 || plan.engine !== undefined) {
      const host = engines.find(([name]) => name === plan.engine)?.[1].host;
      lines.push(
        ` ${plan.device}${plan.engine ? ` (engine "${plan.engine}"${host ? `, ${host}` : ""})` : ""}:`,
      );
    }
    lines.push(...describeBox(plan, { profile, links }));
  }
  return lines.join("\n");
}
