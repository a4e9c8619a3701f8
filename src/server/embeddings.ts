import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Backend } from "../backends/backend.ts";
import type { RouterState } from "../router_state.ts";
import { notFound, toApiError } from "../api_error.ts";
import { awaitBackendReady } from "../supervisor/await_backend_ready.ts";
import { parseRequest } from "./parse_request.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import { relayJson, toJsonResponse } from "../relay/relay_answer.ts";
import { readJsonBody } from "./read_json_body.ts";
import { nullAsAbsent } from "../chat/omit_null_fields.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `POST /v1/embeddings` (OpenAPI `CreateEmbeddingRequest`); extra fields pass through to the backend. */
// Null is absent here, as in vLLM's EmbeddingCompletionRequest.
export const embeddingRequestSchema = nullAsAbsent(
  ["encoding_format", "dimensions"],
  z.looseObject({
    model: z.string().optional(),
    input: z.union([
      z.string(),
      z.array(z.string()).min(1),
      z.array(z.number().int()).min(1),
      z.array(z.array(z.number().int()).min(1)).min(1),
    ]),
    "encoding_format": z.enum(["float", "base64"]).optional(),
    dimensions: z.number().int().positive().optional(),
    user: z.string().optional(),
  }),
);

/**
 * The embeddings backend for `model`: its model id, one of its aliases, one of OpenAI's embedding model names
 * (`routing.embeddingsModelNames`), or no model at all.
 */
export function requireEmbeddingsBackend(state: RouterState, model: string | undefined): Backend {
  const name = state.config.routing.embeddingsBackend;
  const backend = name === undefined ? undefined : state.backends.get(name);
  const names = backend
    ? [backend.config.model, ...backend.config.aliases, ...state.config.routing.embeddingsModelNames]
    : [];
  if (!backend || (model !== undefined && !names.includes(model))) {
    const why = backend ? "" : ": no embeddings backend is configured (routing.embeddingsBackend)";
    throw notFound(`The model "${clipForEcho(model ?? "")}" does not exist${why}`, {
      code: "model_not_found",
      param: "model",
    });
  }
  return backend;
}

function countInputs(input: z.infer<typeof embeddingRequestSchema>["input"]): number {
  return typeof input === "string" || typeof input[0] === "number" ? 1 : input.length;
}

/** A validated embeddings request. */
export type EmbeddingRequest = z.infer<typeof embeddingRequestSchema>;

/**
 * `POST /v1/embeddings`: straight to `routing.embeddingsBackend` (route `EMBEDDINGS`), the answer passed
 * through unchanged (base64 or float vectors). The session entry records the input count and tokens, never
 * the text or the vectors.
 */
export function createEmbeddingRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/embeddings", async (c) => {
    const state = deps.state.current();
    const request = parseRequest(
      embeddingRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(request.model);
    return await answerEmbeddingRequest(c, { deps, request });
  });
}

/** One validated, permitted embeddings request to its backend, with a session entry (the Ollama API's too). */
export async function answerEmbeddingRequest(
  c: Context<AppEnv>,
  { deps, request }: { deps: RouteDeps; request: EmbeddingRequest },
): Promise<Response> {
  const state = deps.state.current();
  const backend = requireEmbeddingsBackend(state, request.model);
  const inputs = countInputs(request.input);
  const recorder = c.get("session").start({ messages: [], userQuery: `(${inputs} inputs)` });
  Object.assign(recorder.entry, { route: "EMBEDDINGS", rule: "embeddings" });
  const body = { ...request, model: backend.config.model };
  const { input: _input, ...params } = body;
  const finishStep = recorder.startStep("embed", backend, { ...params, inputs });
  const signal = c.req.raw.signal;
  const headers = { "x-ai-router-route": "EMBEDDINGS", "x-ai-router-backend": backend.name };
  try {
    const readiness = { supervision: deps.supervision, keepAliveMs: state.config.supervisor.keepAliveMs };
    return await awaitBackendReady(
      { ...readiness, backend: backend.name, stream: false, signal },
      async () => {
        const upstream = await backend.send({
          path: "/embeddings",
          body,
          signal,
          requestId: c.get("requestId"),
        });
        // The guarded read: a stall, a client that leaves, an oversized or non-JSON body (502) end it.
        const { json, bytes } = await relayJson(upstream, { backend, signal });
        const usage = (json as { usage?: { "prompt_tokens"?: number } }).usage;
        const tokens = { prompt: usage?.prompt_tokens ?? 0, completion: 0 };
        finishStep({ url: upstream.url, status: upstream.response.status, content: "", tokens });
        recorder.finish();
        return toJsonResponse(bytes, headers);
      },
    );
  } catch (error) {
    const apiError = toApiError(error);
    finishStep({ status: apiError.status });
    recorder.fail(error, signal.aborted);
    throw error;
  }
}
