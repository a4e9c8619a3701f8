import type { Context } from "hono";
import { type AnswerChatOptions, answerChatRequest } from "../chat/answer_chat_request.ts";
import type { ChatAnswer } from "../chat/chat_answer.ts";
import type { ChatRequest } from "../chat/chat_request.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** Runs a validated chat request through the pipeline with what the edge knows (user, id, signal, log). */
export function answerAtEdge(
  c: Context<AppEnv>,
  pipeline: Pick<Parameters<typeof answerChatRequest>[0], "classifier" | "startedAt"> & {
    deps: RouteDeps;
    request: ChatRequest;
  },
  options: AnswerChatOptions = {},
): Promise<ChatAnswer> {
  const state = pipeline.deps.state.current();
  return answerChatRequest({
    ...pipeline,
    state,
    user: c.get("user"),
    requestId: c.get("requestId"),
    signal: c.req.raw.signal,
    taskHeader: c.req.header(state.config.routing.meta.taskHeader) ?? null,
    startRecorder: (messages, userQuery) => c.get("session").start({ messages, userQuery }),
  }, options);
}
