import { parse as parseYaml } from "yaml";
import { describeYamlError } from "../config/describe_yaml_error.ts";
import { formatConfigIssues } from "../config/format_config_issues.ts";
import { ConfigError } from "../config/load_config.ts";
import { type ContainerProfile, containerProfileSchema } from "./container_spec.ts";

/** Where the seed profiles live: `infra/containers/<name>.yaml` next to the sources. */
export const PROFILES_DIR_URL = new URL("../../infra/containers/", import.meta.url);

/** Turns `thor`/`workstation` into the seed file, and anything with a `/` or `.yaml` into a path. */
export function resolveProfilePath(profile: string): string | URL {
  return /[/\\]|\.ya?ml$/.test(profile) ? profile : new URL(`${profile}.yaml`, PROFILES_DIR_URL);
}

/** Parses and validates profile YAML; `fileName` only labels errors. */
export function parseContainerProfile(text: string, fileName: string): ContainerProfile {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(`Cannot load container profile "${fileName}": ${describeYamlError(error, text)}`);
  }
  const result = containerProfileSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      `Cannot load container profile "${fileName}": ${
        formatConfigIssues(result.error.issues, containerProfileSchema)
      }`,
    );
  }
  return result.data;
}

/** Reads a profile by seed name or path. */
export async function loadContainerProfile(profile: string): Promise<ContainerProfile> {
  const path = resolveProfilePath(profile);
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    throw new ConfigError(
      `Cannot load container profile "${profile}": ${error instanceof Error ? error.message : error}`,
    );
  }
  return parseContainerProfile(text, String(path));
}
