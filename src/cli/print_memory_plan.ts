import { loadConfig } from "../config/load_config.ts";
import { formatMemoryPlan } from "./format_memory_plan.ts";
import { loadContainerProfile } from "../supervisor/load_container_profile.ts";
import { planMemory } from "../supervisor/plan_memory.ts";

/** The `plan` command: prints a profile's memory plan; exit code 1 when the plan has problems. */
export async function printMemoryPlan(
  profileArg: string | undefined,
  configPath: string | undefined,
  print: (text: string) => void,
): Promise<number> {
  const profile = profileArg ?? (await loadConfig(configPath)).config.supervisor.profile;
  if (!profile) {
    throw new TypeError("Cannot plan: pass --profile thor|workstation|PATH or set supervisor.profile");
  }
  const plan = planMemory(await loadContainerProfile(profile));
  print(formatMemoryPlan(plan));
  return plan.problems.length === 0 ? 0 : 1;
}
