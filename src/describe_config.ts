import type { Config } from "./config/config_schema.ts";

/** A readable summary of the resolved backends and routes, printed by `ai-router check`. */
export function describeConfig(config: Config, source: string): string {
  const lines = [`Config OK: ${source}`, "", "Backends:"];
  for (const [name, b] of Object.entries(config.backends)) {
    const flags = [b.location, b.reasoning ? "reasoning" : "", b.required ? "required" : ""].filter(Boolean);
    const key = b.apiKeyEnv ? ` key from ${b.apiKeyEnv}` : "";
    lines.push(`  ${name}: ${b.kind} model "${b.model}" at ${b.urls.join(", ")} (${flags.join(", ")})${key}`);
  }
  const { routing } = config;
  lines.push("", "Routes:", `  ${config.publicModel} (chat) -> ${routing.defaultBackend}`);
  lines.push(`  /v1/completions -> ${routing.completionsBackend ?? routing.defaultBackend}`);
  for (const [name, b] of Object.entries(config.backends)) {
    for (const alias of b.aliases) lines.push(`  ${alias} (alias) -> ${name}`);
  }
  const { audio, vision } = config;
  const unset = "(none: 400)";
  lines.push(`  /v1/audio/transcriptions -> ${audio.transcriptionBackend ?? unset}`);
  lines.push(`  /v1/audio/speech -> ${audio.speechBackend ?? unset}`);
  lines.push(`  images in chat -> ${vision.backend ?? unset}`);
  return lines.join("\n");
}
