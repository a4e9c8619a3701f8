import type { Config } from "../config/config_schema.ts";
import type { ContainerProfile } from "../supervisor/container_spec.ts";
import { planMemory } from "../supervisor/plan_memory.ts";
import { linkBackendContainers } from "../supervisor/start_supervision.ts";

/** The `check` summary of a container profile; throws `ConfigError` when a backend misses or misfits its container. */
export function describeContainerProfile(config: Config, profile: ContainerProfile): string {
  const links = linkBackendContainers(config, profile);
  const plan = planMemory(profile, config.supervisor.memoryBudgetGib);
  const lines = [
    `Containers (${config.supervisor.profile}, supervision ${config.supervisor.enabled ? "on" : "off"}):`,
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
  return lines.join("\n");
}
