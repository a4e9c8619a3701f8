import { Hono } from "hono";
import type { BackendConfig } from "../config/backend_schema.ts";
import type { RouterState } from "../router_state.ts";
import { notFound } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import type { RequestUser } from "../users/request_user.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** One `/v1/models` entry: OpenAI's shape plus the OpenRouter-style fields Chatbox reads. */
export interface ModelEntry {
  id: string;
  object: "model";
  created: number;
  "owned_by": string;
  name: string;
  "context_length": number;
  architecture: { "input_modalities": string[]; "output_modalities": string[] };
}

function toEntry(
  id: string,
  { created, backends, output = "text" }: { created: number; backends: BackendConfig[]; output?: string },
): ModelEntry {
  const modalities = new Set(backends.flatMap((b) => b.inputModalities));
  return {
    id,
    object: "model",
    created,
    owned_by: "ai-router",
    name: id,
    context_length: Math.min(...backends.map((b) => b.contextLength)),
    architecture: { input_modalities: [...modalities], output_modalities: [output] },
  };
}

/** The public model first, then every alias, each with the limits of the backend behind it. */
export function listModelEntries(state: RouterState): ModelEntry[] {
  const created = Math.floor(state.loadedAt.getTime() / 1000);
  const { config } = state;
  const defaultBackend = config.backends[config.routing.defaultBackend] as BackendConfig;
  const entries = [toEntry(config.publicModel, { created, backends: [defaultBackend] })];
  const embeddings = config.routing.embeddingsBackend;
  for (const [name, backend] of Object.entries(config.backends)) {
    // The embedding model is listed by its own id (what Open WebUI's RAG settings ask for) and its aliases.
    const ids = name === embeddings ? [backend.model, ...backend.aliases] : backend.aliases;
    const output = name === embeddings ? "embeddings" : "text";
    for (const id of ids) entries.push(toEntry(id, { created, backends: [backend], output }));
  }
  return entries;
}

/** The entries a member may use: all of them unless the member's `allowedModels` names some. */
function listVisibleModels(state: RouterState, user: RequestUser): ModelEntry[] {
  const allowed = user.allowedModels;
  const entries = listModelEntries(state);
  return !allowed || allowed.includes("*") ? entries : entries.filter((entry) => allowed.includes(entry.id));
}

/** `GET /v1/models` and `GET /v1/models/{id}`. */
export function createModelRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get(
      "/models",
      (c) => c.json({ object: "list", data: listVisibleModels(deps.state.current(), c.get("user")) }),
    )
    .get("/models/:id{.+}", (c) => {
      const id = c.req.param("id");
      const entry = listVisibleModels(deps.state.current(), c.get("user")).find((m) => m.id === id);
      if (!entry) {
        throw notFound(`The model "${clipForEcho(id)}" does not exist`, {
          code: "model_not_found",
          param: "model",
        });
      }
      return c.json(entry);
    });
}
