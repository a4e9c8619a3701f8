import { parseEnvFile } from "./parse_env_file.ts";

/** Looks a secret up by variable name; `undefined` when it is not set. */
export type SecretLookup = (name: string) => string | undefined;

/** Options for {@linkcode loadSecrets}. */
export interface LoadSecretsOptions {
  /** The `.secrets` file; a missing file is fine (secrets may come from the environment). */
  path?: string;
  /** The process environment; consulted after the file. */
  env?: Record<string, string>;
  /** Told when the file can be read by others than its owner. */
  onWarning?: (message: string) => void;
}

/** Reads `.secrets` (mode 0600) and returns a lookup that falls back to the environment. */
export async function loadSecrets({ path, env = {}, onWarning }: LoadSecretsOptions): Promise<SecretLookup> {
  let fromFile: Record<string, string> = {};
  if (path !== undefined) {
    try {
      const info = await Deno.stat(path);
      if (info.mode !== null && (info.mode & 0o077) !== 0) {
        onWarning?.(`Secrets file "${path}" is readable by others: run chmod 600 on it`);
      }
      fromFile = parseEnvFile(await Deno.readTextFile(path), path);
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
  return (name) => fromFile[name] ?? env[name];
}
