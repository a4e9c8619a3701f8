import { type Context, Hono } from "hono";
import { ApiError } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import { parseRequest } from "./parse_request.ts";
import { modelNotFound } from "../ollama/ollama_error.ts";
import {
  findOllamaModel,
  listOllamaModels,
  type OllamaModel,
  toShowAnswer,
  toTagEntry,
} from "../ollama/ollama_models.ts";
import { ollamaShowSchema } from "../ollama/ollama_request.ts";
import { toPlannedBytes, toRunningModels } from "../ollama/to_running_models.ts";
import { createOllamaChatRoutes } from "./ollama_chat_routes.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/**
 * The Ollama release whose API this listener follows (ollama/ollama, tag v0.32.15 at the time of
 * api/types.go@fb30760996871fa9460115c753afd2c60d4ab0f7); apps compare it to enable features.
 */
export const OLLAMA_API_VERSION = "0.32.15";

/** The management calls Ollama has and the box refuses: its models come from its configuration. */
const MANAGEMENT = [
  ["post", "/api/pull", "pull"],
  ["post", "/api/push", "push"],
  ["post", "/api/create", "create"],
  ["post", "/api/copy", "copy"],
  ["delete", "/api/delete", "delete"],
  ["post", "/api/blobs/:digest", "upload"],
] as const;

function refuseManagement(c: Context<AppEnv>, action: string): never {
  throw new ApiError(
    403,
    `Cannot ${action} models here: this box's models are managed by its configuration ` +
      `(ai-router.yaml and its container profile); change them there, check with "ai-router check" and ` +
      `"ai-router plan", then reload with "systemctl reload ai-router" (${clipForEcho(c.req.path)})`,
    { code: "model_management_refused" },
  );
}

/**
 * The Ollama API on its own listener (`server.ollamaPort`), as ollama/ollama
 * server/routes.go@fb30760996871fa9460115c753afd2c60d4ab0f7 registers it: `GET`/`HEAD /` and
 * `/api/version`, the model list, show and running models, the inference calls (translated to and from the
 * chat pipeline by `src/ollama/`), and a refusal, not a 404, for the management calls.
 */
export function createOllamaRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
    // Hono answers HEAD with the GET route's headers and no body, as gin's HEAD routes do in Ollama.
    .get("/", (c) => c.text("Ollama is running"))
    .get("/api/version", (c) => c.json({ version: OLLAMA_API_VERSION }))
    .get("/api/tags", (c) => {
      const state = deps.state.current();
      const models = listOllamaModels(state, c.get("user").id);
      // The planned memory whatever the container's state: a stopped model read "0 B" in apps, and the size
      // changed with each start and stop. A cloud model takes none on the box.
      const plannedBytes = toPlannedBytes(deps.supervision);
      const sizeOf = (model: OllamaModel) =>
        model.config.location === "cloud" ? 0 : plannedBytes(model.backend);
      return c.json({
        models: models.map((model) => toTagEntry(model, { state, sizeBytes: sizeOf(model) })),
      });
    })
    .post("/api/show", async (c) => {
      const state = deps.state.current();
      const body = parseRequest(
        ollamaShowSchema,
        await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
      );
      const name = body.model || body.name;
      // Ollama's own words for it (server/routes.go `ShowHandler`), not a 404 for the model ''.
      if (!name) throw new ApiError(400, "model is required", { param: "model" });
      const model = findOllamaModel(listOllamaModels(state, c.get("user").id), name);
      if (!model) throw modelNotFound(name);
      return c.json(toShowAnswer(model, state));
    })
    .get("/api/ps", (c) => {
      const state = deps.state.current();
      return c.json({
        models: toRunningModels(state, { supervision: deps.supervision, userId: c.get("user").id }),
      });
    })
    .route("/", createOllamaChatRoutes(deps));
  for (const [method, path, action] of MANAGEMENT) {
    app.on(method.toUpperCase(), path, (c) => refuseManagement(c, action));
  }
  return app;
}
