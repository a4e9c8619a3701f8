import type { Config } from "../config/config_schema.ts";

/** How a requested model id maps to a backend. */
export type ModelTarget =
  | { kind: "public"; backend: string }
  | { kind: "alias"; backend: string; alias: string }
  | { kind: "unknown" };

/**
 * Maps a client's `model` to a backend: the public model (or none at all) goes to `fallbackBackend`,
 * a configured alias straight to its backend; anything else is unknown (upstream ids stay private).
 */
export function resolveModel(
  model: string | undefined,
  options: { config: Config; fallbackBackend: string },
): ModelTarget {
  const { config, fallbackBackend } = options;
  if (model === undefined || model === "" || model === config.publicModel) {
    return { kind: "public", backend: fallbackBackend };
  }
  for (const [name, backend] of Object.entries(config.backends)) {
    if (backend.aliases.includes(model)) return { kind: "alias", backend: name, alias: model };
  }
  return { kind: "unknown" };
}
