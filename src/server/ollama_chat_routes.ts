import { type Context, Hono } from "hono";
import { ApiError } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { parseRequest } from "./parse_request.ts";
import { modelNotFound } from "../ollama/ollama_error.ts";
import { findOllamaModel, listOllamaModels, type OllamaModel } from "../ollama/ollama_models.ts";
import {
  ollamaChatSchema,
  ollamaEmbeddingsSchema,
  ollamaEmbedSchema,
  ollamaGenerateSchema,
  toRouterModel,
} from "../ollama/ollama_request.ts";
import { toChatRequest, toChatRequestFromGenerate, toCompletionRequest } from "../ollama/to_chat_request.ts";
import { toKeptHeaders, toOllamaResponse } from "../ollama/to_ollama_response.ts";
import { answerChat } from "./chat_completions.ts";
import { completionRequestSchema } from "./completion_request.ts";
import { answerCompletionRequest } from "./completions.ts";
import { answerEmbeddingRequest } from "./embeddings.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

type Wanted = "chat" | "embedding";

/**
 * The model an Ollama request names: 403 when the member may not use it, Ollama's own 404 when the box has
 * no such name, and Ollama's 400 (`"x" does not support chat`, server/routes.go) for the wrong kind.
 */
function requireModel(
  c: Context<AppEnv>,
  { deps, name, wanted }: { deps: RouteDeps; name: string; wanted: Wanted },
): OllamaModel {
  const model = findOllamaModel(listOllamaModels(deps.state.current(), c.get("user").id), name);
  // The name as listed, since the match ignores case and the member's list and the pipeline do not.
  c.get("checkModel")(toRouterModel(model?.name ?? name));
  if (!model) throw modelNotFound(name);
  if (model.embedding !== (wanted === "embedding")) {
    const what = wanted === "chat" ? "chat" : "embeddings";
    throw new ApiError(400, `"${clipForEcho(name)}" does not support ${what}`, { param: "model" });
  }
  return model;
}

/** `keep_alive: 0` asks Ollama to unload; the router never unloads for one app (docs/decisions.md). */
function isUnload(keepAlive: string | number | null | undefined): boolean {
  return keepAlive === 0 || (typeof keepAlive === "string" && /^0+(\.0+)?[smh]?$/.test(keepAlive.trim()));
}

/**
 * Starts the backend's container without waiting for it. Ollama App gives its preload 10 s and un-selects
 * the model when it times out (JHubi1/ollama-app lib/worker/setter.dart@3759d32049771096b172b99400edae6d4f1a2557),
 * while a cold start or swap can take minutes; the first message then waits with keep-alive chunks. A start
 * that fails at once (the engine is down) still fails the request: it is already settled when raced here.
 */
async function startWithoutWaiting(deps: RouteDeps, backend: string): Promise<void> {
  // Not the request's signal: the start must outlive this answer.
  const start = deps.supervision.ensureReady(backend, new AbortController().signal);
  start.catch((error) => deps.logger.warn("Cannot start the model asked to load", { backend, error }));
  await Promise.race([start, Promise.resolve()]);
}

/**
 * An empty chat or prompt: Ollama loads the model and answers `done: true, done_reason: "load"` (apps warm a
 * model so; server/routes.go `GenerateHandler` and `ChatHandler`); here the backend's container start is
 * triggered and the answer comes at once. `keep_alive: 0` answers `"unload"` and unloads nothing.
 */
async function answerLoad(
  c: Context<AppEnv>,
  request: {
    deps: RouteDeps;
    model: string;
    kind: "chat" | "generate";
    keepAlive: string | number | null | undefined;
    backend: string;
  },
): Promise<Response> {
  const { deps } = request;
  const unload = isUnload(request.keepAlive);
  if (!unload) await startWithoutWaiting(deps, request.backend);
  const piece = request.kind === "chat" ? { message: { role: "assistant", content: "" } } : { response: "" };
  return c.json({
    model: request.model,
    "created_at": new Date().toISOString(),
    ...piece,
    done: true,
    "done_reason": unload ? "unload" : "load",
  });
}

/**
 * `POST /api/chat`, `/api/generate`, `/api/embed` and `/api/embeddings`: each translated into its OpenAI
 * twin's validated request and answered by the same pipeline (rules, classifier, plans, ENRICH, fallbacks,
 * limits, session log, headers), then translated back.
 */
export function createOllamaChatRoutes(deps: RouteDeps): Hono<AppEnv> {
  const readBody = (c: Context<AppEnv>) =>
    readJsonBody(c.req.raw, deps.state.current().config.server.maxBodyBytes);
  return new Hono<AppEnv>()
    .post("/api/chat", async (c) => {
      const startedAt = performance.now();
      const request = parseRequest(ollamaChatSchema, await readBody(c));
      const model = requireModel(c, { deps, name: request.model, wanted: "chat" });
      if (!request.messages?.length) {
        const keepAlive = request.keep_alive;
        return await answerLoad(c, {
          deps,
          model: request.model,
          kind: "chat",
          keepAlive,
          backend: model.backend,
        });
      }
      const chat = parseRequest(chatRequestSchema, toChatRequest({ ...request, model: model.name }));
      // Ollama trims the oldest turns to the context unless told not to (server/routes.go `ChatHandler`:
      // `truncate := req.Truncate == nil || *req.Truncate`); without it every turn fails once a chat is too long.
      const trimHistory = request.truncate !== false;
      const answer = await answerChat(c, { deps, request: chat, startedAt, trimHistory });
      const stream = chat.stream === true;
      return await toOllamaResponse(answer, {
        kind: "chat",
        model: request.model,
        startedAt,
        think: request.think,
        stream,
      });
    })
    .post("/api/generate", async (c) => {
      const startedAt = performance.now();
      const request = parseRequest(ollamaGenerateSchema, await readBody(c));
      const model = requireModel(c, { deps, name: request.model, wanted: "chat" });
      if (request.prompt === "" && !request.images?.length) {
        const keepAlive = request.keep_alive;
        return await answerLoad(c, {
          deps,
          model: request.model,
          kind: "generate",
          keepAlive,
          backend: model.backend,
        });
      }
      const stream = request.stream !== false;
      const listed = { ...request, model: model.name };
      // Raw prompts and fill-in-the-middle are completions (no chat template); the rest is a chat turn.
      const answer = request.raw || request.suffix
        ? await answerCompletionRequest(c, {
          deps,
          request: parseRequest(completionRequestSchema, toCompletionRequest(listed)),
        })
        : await answerChat(c, {
          deps,
          request: parseRequest(chatRequestSchema, toChatRequestFromGenerate(listed)),
          startedAt,
        });
      const options = {
        kind: "generate" as const,
        model: request.model,
        startedAt,
        think: request.think,
        stream,
      };
      return await toOllamaResponse(answer, options);
    })
    .post("/api/embed", async (c) => {
      const startedAt = performance.now();
      const request = parseRequest(ollamaEmbedSchema, await readBody(c));
      const model = requireModel(c, { deps, name: request.model, wanted: "embedding" });
      const input = request.input ?? [];
      // Nothing to embed: Ollama loads the model and answers no embeddings (server/routes.go `EmbedHandler`).
      if (input.length === 0) {
        await startWithoutWaiting(deps, model.backend);
        return c.json({ model: request.model, embeddings: [] });
      }
      const answer = await answerEmbeddingRequest(c, {
        deps,
        request: {
          model: toRouterModel(model.name),
          input,
          ...(request.dimensions ? { dimensions: request.dimensions } : {}),
        },
      });
      const json = await answer.json() as {
        data?: Array<{ embedding: number[] }>;
        usage?: { "prompt_tokens"?: number };
      };
      return c.json(
        {
          model: request.model,
          embeddings: (json.data ?? []).map((item) => item.embedding),
          "total_duration": Math.round((performance.now() - startedAt) * 1_000_000),
          "load_duration": 0,
          "prompt_eval_count": json.usage?.prompt_tokens ?? 0,
        },
        200,
        toKeptHeaders(answer.headers),
      );
    })
    .post("/api/embeddings", async (c) => {
      const request = parseRequest(ollamaEmbeddingsSchema, await readBody(c));
      const name = request.model ?? request.name ?? "";
      const model = requireModel(c, { deps, name, wanted: "embedding" });
      const answer = await answerEmbeddingRequest(c, {
        deps,
        request: { model: toRouterModel(model.name), input: request.prompt },
      });
      const json = await answer.json() as { data?: Array<{ embedding: number[] }> };
      return c.json({ embedding: json.data?.[0]?.embedding ?? [] }, 200, toKeptHeaders(answer.headers));
    });
}
