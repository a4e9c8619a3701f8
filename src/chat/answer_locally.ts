/** An answer the router writes itself (a child's profile refusal), shaped like a model's chat completion. */
import { type ChatAnswer, type ChatCompletion, toStreamAnswer } from "./chat_answer.ts";

/** Options for {@linkcode answerLocally}. */
export interface LocalAnswerOptions {
  stream: boolean;
  /** The model name the answer carries (the router's public model). */
  model: string;
  requestId: string;
  headers?: Record<string, string>;
  /** The request's clock (the `created` time). */
  nowMs: number;
}

/** A chat completion (or its SSE stream: one content chunk, the finishing chunk, `[DONE]`) with `text`. */
export function answerLocally(text: string, options: LocalAnswerOptions): ChatAnswer {
  const headers = options.headers ?? {};
  const head = {
    id: `chatcmpl-${options.requestId}`,
    created: Math.floor(options.nowMs / 1000),
    model: options.model,
  };
  if (!options.stream) {
    const body = {
      ...head,
      object: "chat.completion",
      choices: [{
        index: 0,
        message: { role: "assistant", content: text, refusal: null },
        "finish_reason": "stop",
        logprobs: null,
      }],
      usage: { "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0 },
    };
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    return { kind: "json", headers, completion: body as unknown as ChatCompletion, bytes };
  }
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${
      JSON.stringify({
        ...head,
        object: "chat.completion.chunk",
        choices: [{ index: 0, delta, "finish_reason": finish, logprobs: null }],
      })
    }\n\n`;
  const body = chunk({ role: "assistant", content: text }, null) + chunk({}, "stop") + "data: [DONE]\n\n";
  return toStreamAnswer(ReadableStream.from([new TextEncoder().encode(body)]), headers);
}
