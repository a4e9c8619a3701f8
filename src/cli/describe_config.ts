import type { Config } from "../config/config_schema.ts";

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
  const names = new Set(Object.keys(config.backends));
  const known = (name: string | undefined) =>
    name === undefined || names.has(name) ? "" : " (no such backend)";
  const classifier = routing.classifier;
  lines.push(
    "",
    `Classifier: ${classifier.backend}${known(classifier.backend)}, default ${classifier.defaultLabel}`,
  );
  for (const label of routing.labels) {
    const plan = routing.plans[label];
    if (!plan) {
      lines.push(`  ${label} -> ${routing.defaultBackend} (no plan)`);
      continue;
    }
    const via = plan.kind === "enrich"
      ? ` with context from ${plan.enrichBackend}${known(plan.enrichBackend)}`
      : "";
    const fallback = plan.fallback ? `, fallback ${plan.fallback}${known(plan.fallback)}` : "";
    const long = plan.longContext
      ? `, from ${plan.longContext.aboveTokens} tokens ${plan.longContext.backend}${
        known(plan.longContext.backend)
      }`
      : "";
    lines.push(`  ${label} -> ${plan.backend}${known(plan.backend)}${long}${via}${fallback}`);
  }
  return lines.join("\n");
}
