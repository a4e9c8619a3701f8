import { describeConfig } from "./describe_config.ts";
import { describeMembers } from "./describe_members.ts";
import { describeContainerProfile } from "./describe_container_profile.ts";
import { describeEngines } from "./describe_engines.ts";
import { loadContainerProfile } from "../supervisor/load_container_profile.ts";
import { loadConfig } from "../config/load_config.ts";

/** The `check` command: validates the config and prints its backends, routes, members and container profile. */
export async function printConfigCheck(
  configPath: string | undefined,
  print: (text: string) => void,
): Promise<number> {
  const { config, source } = await loadConfig(configPath);
  print(describeConfig(config, source));
  print("");
  print(describeMembers(config));
  const engines = await describeEngines(config.supervisor);
  if (engines) print(engines);
  if (config.supervisor.profile) {
    print(describeContainerProfile(config, await loadContainerProfile(config.supervisor.profile)));
  }
  return 0;
}
