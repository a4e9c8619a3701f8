import { ApiError, upstreamFailed } from "../api_error.ts";
import { readSseEvents } from "../relay/read_sse_events.ts";

/** Usage as an OpenAI-compatible upstream reports it (OpenAPI `CompletionUsage`, plus extras such as xAI's cost). */
export interface ChatUsage {
  "prompt_tokens": number;
  "completion_tokens": number;
  "total_tokens": number;
  [field: string]: unknown;
}

/** One streamed delta (OpenAPI `ChatCompletionStreamResponseDelta`; vLLM adds `reasoning`/`reasoning_content`). */
export interface ChatDelta {
  role?: string;
  content?: string | null;
  reasoning?: string | null;
  "reasoning_content"?: string | null;
  "tool_calls"?: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

/** One `chat.completion.chunk` (OpenAPI `CreateChatCompletionStreamResponse`), as relayed. */
export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  choices: Array<
    { index: number; delta: ChatDelta; "finish_reason": string | null; [field: string]: unknown }
  >;
  usage?: ChatUsage | null;
  [field: string]: unknown;
}

/** One `chat.completion` (OpenAPI `CreateChatCompletionResponse`), as answered. */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: { role: string; content: string | null; [field: string]: unknown };
    "finish_reason": string | null;
    [field: string]: unknown;
  }>;
  usage?: ChatUsage;
  [field: string]: unknown;
}

/**
 * What a streamed answer says, in order: chunks (a routing note first when there is one), `waiting` while a
 * stopped container starts, and at most one `error`, which is the last event (the stream stalled, broke, was
 * cut by a stop, or its backend never became ready). The stream closes after the last chunk or the error.
 */
export type AnswerEvent =
  | { type: "chunk"; chunk: ChatCompletionChunk }
  | { type: "waiting"; backend: string }
  | { type: "error"; error: ApiError };

/** The routing decision as response headers (`x-ai-router-route`, `-backend`, `-rule`, `-confidence`). */
export type RouterHeaders = Record<string, string>;

/** A whole answer: the completion (rewritten: META cleaned, notes added) and the exact bytes to send. */
export interface JsonAnswer {
  kind: "json";
  headers: RouterHeaders;
  completion: ChatCompletion;
  /** `completion` serialised (the upstream's own bytes when nothing was rewritten). */
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A streamed answer. Read it once, one way: `events()` for an edge translator (typed events), or `body()`
 * for `/v1/chat/completions` (the SSE bytes as relayed, unparsed). Cancelling either stream cancels the
 * upstream call.
 */
export interface StreamAnswer {
  kind: "stream";
  headers: RouterHeaders;
  events(): ReadableStream<AnswerEvent>;
  body(): ReadableStream<Uint8Array>;
}

/** The chat pipeline's answer: {@linkcode JsonAnswer} or {@linkcode StreamAnswer}. */
export type ChatAnswer = JsonAnswer | StreamAnswer;

const WAITING = /^waiting for (.+) to start$/;

/** The status behind the router's own stream error codes (an upstream's own error event counts as a 502). */
const STATUS_BY_CODE: Record<string, number> = {
  "upstream_timeout": 504,
  "backend_unavailable": 503,
  "upstream_error": 502,
};

/** Turns one parsed SSE `data` field into an answer event; `[DONE]` is the end, not an event. */
function toAnswerEvent(data: string): AnswerEvent | undefined {
  if (data === "[DONE]") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    json = undefined;
  }
  if (typeof json !== "object" || json === null) {
    return { type: "error", error: upstreamFailed(`The answer stream carried an event that is not JSON`) };
  }
  const error = (json as { error?: Record<string, unknown> }).error;
  if (error && typeof error === "object") {
    const status = STATUS_BY_CODE[String(error.code)] ?? 502;
    return {
      type: "error",
      error: new ApiError(status, String(error.message ?? "The backend failed mid-stream"), {
        type: typeof error.type === "string" ? error.type : "server_error",
        code: typeof error.code === "string" ? error.code : null,
        param: typeof error.param === "string" ? error.param : null,
      }),
    };
  }
  return { type: "chunk", chunk: json as ChatCompletionChunk };
}

/**
 * The typed events of a relayed chat SSE body: the relay's one SSE reader, then each `data` parsed once.
 * Used by {@linkcode StreamAnswer.events}; exported for tests.
 */
export function toAnswerEvents(body: ReadableStream<Uint8Array>): ReadableStream<AnswerEvent> {
  let failed = false;
  return body.pipeThrough(readSseEvents()).pipeThrough(
    new TransformStream(
      {
        transform(event, controller) {
          if (failed) return;
          if (event.data === undefined) {
            const backend = event.comment?.match(WAITING)?.[1];
            if (backend !== undefined) controller.enqueue({ type: "waiting", backend });
            return;
          }
          const answer = toAnswerEvent(event.data);
          if (!answer) return;
          controller.enqueue(answer);
          if (answer.type === "error") failed = true;
        },
      },
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
}

/** A stream answer over a relayed SSE body, readable once as bytes or as typed events. */
export function toStreamAnswer(body: ReadableStream<Uint8Array>, headers: RouterHeaders): StreamAnswer {
  let taken = false;
  const take = () => {
    if (taken) throw new TypeError("Cannot read a streamed answer twice");
    taken = true;
    return body;
  };
  return {
    kind: "stream",
    headers,
    events: () => toAnswerEvents(take()),
    body: take,
  };
}

/** `/v1/chat/completions`' response for an answer: the same bytes and headers the pipeline always sent. */
export function toChatResponse(answer: ChatAnswer): Response {
  if (answer.kind === "json") {
    return new Response(answer.bytes, { headers: { "content-type": "application/json", ...answer.headers } });
  }
  return new Response(answer.body(), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      ...answer.headers,
    },
  });
}
