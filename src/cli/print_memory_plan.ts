import { loadConfig } from "../config/load_config.ts";
import { formatMemoryPlans } from "./format_memory_plan.ts";
import { loadContainerProfile } from "../supervisor/load_container_profile.ts";
import { planMemoryPerBox, type PlanPerBoxOptions, toPlanPerBoxOptions } from "../supervisor/plan_memory.ts";

/**
 * The `plan` command: prints a profile's memory plan, one table per box (engine); exit code 1 when any box's
 * plan has problems. The config, when given or needed, names the main engine and the budget overrides.
 */
export async function printMemoryPlan(
  profileArg: string | undefined,
  { configPath, print }: { configPath: string | undefined; print: (text: string) => void },
): Promise<number> {
  let options: PlanPerBoxOptions = {};
  let profile = profileArg;
  if (profile === undefined || configPath !== undefined) {
    const { supervisor } = (await loadConfig(configPath)).config;
    profile ??= supervisor.profile;
    options = toPlanPerBoxOptions(supervisor);
  }
  if (!profile) {
    throw new TypeError("Cannot plan: pass --profile thor|workstation|PATH or set supervisor.profile");
  }
  const plans = planMemoryPerBox(await loadContainerProfile(profile), options);
  print(formatMemoryPlans(plans));
  return plans.every((plan) => plan.problems.length === 0) ? 0 : 1;
}
