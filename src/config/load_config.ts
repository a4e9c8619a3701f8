import { parse as parseYaml } from "yaml";
import { type Config, configSchema } from "./config_schema.ts";
import { describeYamlError } from "./describe_yaml_error.ts";
import { formatConfigIssues } from "./format_config_issues.ts";

/** Where the embedded default config lives; `deno compile --include` ships it inside the binary. */
export const EMBEDDED_CONFIG_URL = new URL("../../infra/ai-router.yaml", import.meta.url);

/** A config that could not be read or is invalid; the message names the file and the path of the value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses and validates YAML text; `fileName` only labels errors. */
export function parseConfig(text: string, fileName: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(`Cannot load config "${fileName}": ${describeYamlError(error, text)}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      `Cannot load config "${fileName}": ${formatConfigIssues(result.error.issues, configSchema)}`,
    );
  }
  return result.data;
}

/** Reads and validates a config file, or the embedded default when `path` is undefined. */
export async function loadConfig(path: string | undefined): Promise<{ config: Config; source: string }> {
  const source = path ?? "(embedded default)";
  let text: string;
  try {
    text = await Deno.readTextFile(path ?? EMBEDDED_CONFIG_URL);
  } catch (error) {
    throw new ConfigError(
      `Cannot load config "${source}": ${error instanceof Error ? error.message : error}`,
    );
  }
  return { config: parseConfig(text, source), source };
}
