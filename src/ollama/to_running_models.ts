import type { RouterState } from "../router_state.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import { listOllamaModels, toDigest, toListedDetails } from "./ollama_models.ts";

const GIB = 1024 ** 3;
/** Ollama's "never" for a model kept loaded (`keep_alive: -1`): the farthest time its API writes. */
const NEVER = "2318-01-01T00:00:00Z";

/** One `/api/ps` entry (`ProcessModelResponse`, ollama/ollama api/types.go). */
export interface RunningModel {
  name: string;
  model: string;
  size: number;
  digest: string;
  details: Record<string, unknown>;
  "expires_at": string;
  "size_vram": number;
  "context_length": number;
}

/**
 * The memory the plan gives each backend's container, in bytes, whatever the container's state; 0 when the
 * router knows none (an external server, a cloud model). The supervisor is described once, for every model.
 */
export function toPlannedBytes(supervision: Supervision): (backend: string) => number {
  const containers = Object.values(
    supervision.describe().containers as Record<string, { backends?: string[]; memoryGib?: number }>,
  );
  return (backend) =>
    Math.round((containers.find((container) => container.backends?.includes(backend))?.memoryGib ?? 0) * GIB);
}

/**
 * `/api/ps` from the supervisor's real state: the local models whose backend is up now (a supervised
 * container that is ready, or an external server), with the memory the plan gives its container. Cloud
 * models are never "loaded" on the box. The supervisor, not a request, decides when a container stops, so
 * `expires_at` is Ollama's "never".
 */
export function toRunningModels(
  state: RouterState,
  options: { supervision: Supervision; userId: string },
): RunningModel[] {
  const plannedBytes = toPlannedBytes(options.supervision);
  return listOllamaModels(state, options.userId)
    .filter((model) => model.config.location === "local")
    .filter((model) =>
      options.supervision.isReady(model.backend) && options.supervision.expectsUp(model.backend)
    )
    .map((model) => {
      const size = plannedBytes(model.backend);
      return {
        name: model.name,
        model: model.name,
        size,
        digest: toDigest(model),
        // As /api/tags lists them, so an app that reads vision from `families` gets one answer from both.
        details: toListedDetails(model, state),
        "expires_at": NEVER,
        "size_vram": size,
        "context_length": model.config.contextLength,
      };
    });
}
