import type { Context } from "hono";
import { type AnswerChatOptions, answerChatRequest } from "../chat/answer_chat_request.ts";
import type { ChatRequest } from "../chat/chat_request.ts";
import type { AppEnv } from "./route_deps.ts";
import { startSessionRecorder } from "./start_session_recorder.ts";

/** Runs a validated chat request through the pipeline with what the edge knows (user, id, signal, log). */
export function answerAtEdge(
  c: Context<AppEnv>,
  pipeline: Pick<Parameters<typeof answerChatRequest>[0], "deps" | "classifier" | "startedAt"> & {
    request: ChatRequest;
  },
  options: AnswerChatOptions = {},
): Promise<Response> {
  const { deps } = pipeline;
  const state = deps.state.current();
  return answerChatRequest({
    ...pipeline,
    user: c.get("user"),
    requestId: c.get("requestId"),
    signal: c.req.raw.signal,
    taskHeader: c.req.header(state.config.routing.meta.taskHeader) ?? null,
    startRecorder: (messages, userQuery) => startSessionRecorder(c, deps, state, { messages, userQuery }),
  }, options);
}
