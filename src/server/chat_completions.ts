import type { Context } from "hono";
import { Hono } from "hono";
import { type AnswerChatOptions, answerChatRequest } from "../chat/answer_chat_request.ts";
import { type ChatAnswer, toChatResponse } from "../chat/chat_answer.ts";
import { type ChatRequest, chatRequestSchema } from "../chat/chat_request.ts";
import { parseRequest } from "./parse_request.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** What {@linkcode answerChat} needs besides the request's context. */
export interface AnswerChatInput extends AnswerChatOptions {
  deps: RouteDeps;
  /** The validated chat request (a translator's request half makes one). */
  request: ChatRequest;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
}

/**
 * Runs a validated chat request through the chat pipeline with what the edge knows (member, request id,
 * client signal, META task header, session log) and returns its typed answer (`src/chat/chat_answer.ts`).
 * The chat endpoint and the translators at the edge (Responses, Ollama) all enter the pipeline here, with
 * the app's one classifier.
 */
export function answerChat(c: Context<AppEnv>, input: AnswerChatInput): Promise<ChatAnswer> {
  const { deps, request, startedAt, ...options } = input;
  const state = deps.state.current();
  return answerChatRequest({
    deps,
    state,
    classifier: deps.classifier,
    request,
    startedAt,
    user: c.get("user"),
    requestId: c.get("requestId"),
    signal: c.req.raw.signal,
    taskHeader: c.req.header(state.config.routing.meta.taskHeader) ?? null,
    startRecorder: (messages, userQuery) => c.get("session").start({ messages, userQuery }),
  }, options);
}

/** `POST /v1/chat/completions`: parse → rules or classifier → plan → answer, with a session log. */
export function createChatCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/chat/completions", async (c) => {
    const startedAt = performance.now();
    const state = deps.state.current();
    const request = parseRequest(
      chatRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(request.model);
    return toChatResponse(await answerChat(c, { deps, request, startedAt }));
  });
}
