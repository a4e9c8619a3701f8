/**
 * The router's public models in the shapes of Ollama's `/api/tags`, `/api/show` and `/api/ps`
 * (`ListModelResponse`, `ShowResponse`, `ProcessModelResponse`, `ModelDetails` in ollama/ollama
 * api/types.go@fb30760996871fa9460115c753afd2c60d4ab0f7). The details are read from the served model's id
 * and the config; nothing here is a file on the box, so `size` is the planned memory (0 when unknown) and the
 * digest is a hash of the listed name and the served model id.
 */
import { createHash } from "node:crypto";
import type { BackendConfig } from "../config/backend_schema.ts";
import type { RouterState } from "../router_state.ts";

/** One public name and the backend behind it. */
export interface OllamaModel {
  /** The name apps use, with Ollama's default tag (`ai-router:latest`). */
  name: string;
  backend: string;
  config: BackendConfig;
  /** The public model routes (classifier, rules, plans); an alias goes to its one backend. */
  routed: boolean;
  embedding: boolean;
}

/** Every name an Ollama app may pick: the public model, each alias, and the embedding model's id. */
export function listOllamaModels(state: RouterState, userId: string): OllamaModel[] {
  const { config } = state;
  const allowed = config.users.members[userId]?.allowedModels;
  const models: OllamaModel[] = [];
  const add = (id: string, backend: string, { routed = false }: { routed?: boolean } = {}) => {
    const backendConfig = config.backends[backend] as BackendConfig;
    const embedding = backend === config.routing.embeddingsBackend;
    if (allowed && !allowed.includes("*") && !allowed.includes(id)) return;
    models.push({ name: `${id}:latest`, backend, config: backendConfig, routed, embedding });
  };
  add(config.publicModel, config.routing.defaultBackend, { routed: true });
  for (const [name, backend] of Object.entries(config.backends)) {
    const ids = name === config.routing.embeddingsBackend
      ? [backend.model, ...backend.aliases]
      : backend.aliases;
    for (const id of ids) add(id, name);
  }
  return models;
}

/**
 * Finds a name with or without its `:latest` tag, whatever its case: Ollama matches names so (server/routes.go
 * `getExistingName`, `strings.EqualFold`), and apps and people type `Llama3` for `llama3`.
 */
export function findOllamaModel(models: readonly OllamaModel[], name: string): OllamaModel | undefined {
  const tagged = (name.includes(":") ? name : `${name}:latest`).toLowerCase();
  return models.find((model) => model.name.toLowerCase() === tagged);
}

const QUANTISATIONS = /(nvfp4|mxfp4|fp8|fp4|int8|int4|awq|gptq|bf16|fp16|q\d_k_[msl]|q\d_\d|q\d_k)/i;

/** `ModelDetails` from the served id, e.g. `Qwen/Qwen3-Coder-30B-A3B-Instruct-FP8` → qwen3, 30B, FP8. */
export function toModelDetails(config: BackendConfig): Record<string, unknown> {
  const base = config.model.split("/").pop() ?? config.model;
  const family = base.match(/^[a-z]+[\d.]*/i)?.[0].toLowerCase() ?? base.toLowerCase();
  const size = base.match(/(?:^|[-_])(\d+(?:\.\d+)?)[bB](?=$|[-_])/)?.[1];
  const quantisation = base.match(QUANTISATIONS)?.[1]?.toUpperCase();
  return {
    "parent_model": "",
    format: config.location === "cloud" ? "cloud" : "safetensors",
    family,
    families: [family],
    "parameter_size": size ? `${size}B` : "",
    "quantization_level": quantisation ?? "",
    "context_length": config.contextLength,
  };
}

/** What the model can do, in Ollama's capability words (`model.Capability`: completion, tools, …). */
export function toCapabilities(model: OllamaModel, state: RouterState): string[] {
  if (model.embedding) return ["embedding"];
  const { config } = model;
  const capabilities = ["completion", "tools"];
  // The public model sends photos to the vision backend, so it sees when one is configured.
  const sees = config.inputModalities.includes("image") || (model.routed && state.config.vision.backend);
  if (sees) capabilities.push("vision");
  if (config.reasoning) capabilities.push("thinking");
  if (config.fimTemplate) capabilities.push("insert");
  return capabilities;
}

/**
 * The details as listed: a model that sees images adds the `clip` family, as Ollama lists a vision model
 * (llava: `["llama", "clip"]`), since apps read vision from there (Enchanted's model list checks
 * `details.families` for `clip` or `mllama` before it offers photos).
 */
export function toListedDetails(model: OllamaModel, state: RouterState): Record<string, unknown> {
  const details = toModelDetails(model.config);
  if (!toCapabilities(model, state).includes("vision")) return details;
  return { ...details, families: [...details.families as string[], "clip"] };
}

/**
 * A digest-looking id, stable across restarts: SHA-256 of the listed name and the served model id. The name
 * keeps aliases of one backend apart, as Reins tells models apart by digest alone (ibrahimcetin/reins
 * lib/Models/ollama_model.dart `==` and `hashCode`), and its picker showed both selected.
 */
export function toDigest(model: OllamaModel): string {
  return createHash("sha256").update(`${model.name}\n${model.config.model}`).digest("hex");
}

/** One `/api/tags` entry. */
export function toTagEntry(
  model: OllamaModel,
  { state, sizeBytes }: { state: RouterState; sizeBytes: number },
) {
  return {
    name: model.name,
    model: model.name,
    "modified_at": state.loadedAt.toISOString(),
    size: sizeBytes,
    digest: toDigest(model),
    details: toListedDetails(model, state),
    capabilities: toCapabilities(model, state),
  };
}

/** The `/api/show` answer: details, capabilities and `model_info` with the context length. */
export function toShowAnswer(model: OllamaModel, state: RouterState) {
  const details = toListedDetails(model, state);
  const family = details.family as string;
  return {
    license: "",
    modelfile: `# Served by ai-router from "${model.config.model}" (backend ${model.backend}); ` +
      "the box's configuration manages its models\n",
    parameters: "",
    template: "",
    system: "",
    details,
    "model_info": {
      "general.architecture": family,
      "general.basename": model.config.model,
      [`${family}.context_length`]: model.config.contextLength,
    },
    capabilities: toCapabilities(model, state),
    "modified_at": state.loadedAt.toISOString(),
  };
}
