import type { Config } from "../config/config_schema.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import type { Backend } from "./backend.ts";
import { createOpenAiBackend } from "./openai_backend.ts";

/** Builds one chat backend per `openai` config entry, with its API key looked up by variable name. */
export function createBackends(config: Config, getSecret: SecretLookup): Map<string, Backend> {
  const backends = new Map<string, Backend>();
  for (const [name, backendConfig] of Object.entries(config.backends)) {
    // Wyoming and Piper servers only speak audio: they live in `createAudioBackends`.
    if (backendConfig.kind !== "openai") continue;
    const apiKey = backendConfig.apiKeyEnv ? getSecret(backendConfig.apiKeyEnv) : undefined;
    backends.set(name, createOpenAiBackend(name, backendConfig, { apiKey }));
  }
  return backends;
}
