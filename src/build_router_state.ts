import { createAudioBackends } from "./backends/create_audio_backends.ts";
import { createBackends } from "./backends/create_backends.ts";
import type { Config } from "./config/config_schema.ts";
import { loadPrompts } from "./config/load_prompts.ts";
import type { SecretLookup } from "./config/load_secrets.ts";
import type { RouterState } from "./router_state.ts";

/** Builds everything that follows from one config: prompts (embedded + overrides) and backends. */
export async function buildRouterState(
  config: Config,
  { configSource, getSecret }: { configSource: string; getSecret: SecretLookup },
): Promise<RouterState> {
  return {
    config,
    configSource,
    prompts: await loadPrompts(config.promptsDir),
    backends: createBackends(config, getSecret),
    audio: createAudioBackends(config, getSecret),
    loadedAt: new Date(),
  };
}
