import type { ServerTraits } from "./simulated_server.ts";
import { toChatLogprobs, toCompletionLogprobs } from "./simulated_logprobs.ts";
import {
  type SimulatedAnswer,
  toChatChunk,
  toCompletionChunk,
  toReasoningDelta,
  toToolCallDeltas,
  toUsage,
} from "./simulated_completion.ts";

const encoder = new TextEncoder();
const sse = (value: unknown) => encoder.encode(`data: ${JSON.stringify(value)}\n\n`);

/** A failure injected into a stream (the non-stream kinds of `SimulatedFailure` never reach here). */
export type StreamFailure =
  | { kind: "drop"; afterChunks: number }
  | { kind: "stall-stream"; afterChunks: number }
  | { kind: "error-event"; afterChunks: number; message?: string };

/** What {@linkcode toSimulatedStream} needs to produce one answer's SSE body. */
export interface SimulatedStreamOptions {
  id: string;
  model: string;
  isChat: boolean;
  /** One answer per choice (`n`); usually one. */
  answers: SimulatedAnswer[];
  traits: ServerTraits;
  /** Token log-probabilities asked for. */
  logprobs?: { top: number } | undefined;
  /** The client asked for a usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  promptTokens: number;
  usageExtra: Record<string, unknown>;
  failure: StreamFailure | null;
  ttftMs: number;
  interTokenMs: number;
  signal: AbortSignal;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  untilGone: (signal: AbortSignal) => Promise<void>;
  onComplete: () => void;
  onCancel: () => void;
  /** Called once however the stream ends (complete, dropped, failed or cancelled). */
  onEnd: () => void;
}

/** One choice's chunks, in the order vLLM sends them. */
function toChoiceParts(options: SimulatedStreamOptions, index: number): Array<Record<string, unknown>> {
  const { id, model, traits, logprobs } = options;
  const answer = options.answers[index] as SimulatedAnswer;
  const head = { id, model, created: Math.floor(Date.now() / 1000) };
  if (!options.isChat) {
    const entries = logprobs ? answer.tokens.map((t) => toCompletionLogprobs([t], logprobs.top)) : [];
    return [
      ...answer.tokens.map((text, i) =>
        toCompletionChunk(head, { text, index, logprobs: entries[i] ?? null })
      ),
      toCompletionChunk(head, { text: "", finishReason: answer.finishReason, index }),
    ];
  }
  const entries = logprobs ? toChatLogprobs(answer.tokens, logprobs.top) : [];
  return [
    toChatChunk(head, { delta: { role: "assistant", content: "" }, index }),
    ...answer.reasoning.map((t) => toChatChunk(head, { delta: toReasoningDelta(t, traits), index })),
    ...answer.tokens.map((t, i) =>
      toChatChunk(head, {
        delta: { content: t },
        index,
        ...(entries[i] ? { logprobs: { content: [entries[i]] } } : {}),
      })
    ),
    ...toToolCallDeltas(answer.toolCalls ?? []).map((delta) => toChatChunk(head, { delta, index })),
    toChatChunk(head, { delta: {}, finishReason: answer.finishReason, index }),
  ];
}

/** Every choice's chunks, interleaved position by position as a server generating them side by side does. */
function toParts(options: SimulatedStreamOptions): Array<Record<string, unknown>> {
  const perChoice = options.answers.map((_, index) => toChoiceParts(options, index));
  const longest = Math.max(...perChoice.map((parts) => parts.length));
  const parts: Array<Record<string, unknown>> = [];
  for (let position = 0; position < longest; position++) {
    for (const choice of perChoice) {
      const part = choice[position];
      if (part) parts.push(part);
    }
  }
  return parts;
}

function toUsageChunk(options: SimulatedStreamOptions): Record<string, unknown> {
  const { id, model, isChat, answers } = options;
  const completionTokens = answers.reduce((n, a) => n + a.tokens.length + a.reasoning.length, 0);
  return {
    id,
    object: isChat ? "chat.completion.chunk" : "text_completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [],
    usage: { ...toUsage(options.promptTokens, completionTokens), ...options.usageExtra },
  };
}

/**
 * The SSE body of one streamed answer, as vLLM sends it. The usage chunk comes only when the client asked
 * (vllm-project/vllm vllm/entrypoints/openai/chat_completion/serving.py: `include_usage` from
 * `stream_options`; the final usage chunk is sent only when it is true). A failure mid-generation is one
 * `data: {"error": …}` event followed by `data: [DONE]` (same file, the `except` around the generator:
 * `yield f"data: {data}\n\n"` with the error, then `yield "data: [DONE]\n\n"`).
 */
export function toSimulatedStream(options: SimulatedStreamOptions): ReadableStream<Uint8Array> {
  const { failure, signal, sleep } = options;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        await writeParts(controller);
      } finally {
        options.onEnd();
      }
    },
    cancel() {
      options.onCancel();
      options.onEnd();
    },
  });

  async function writeParts(controller: ReadableStreamDefaultController<Uint8Array>) {
    const parts = toParts(options);
    await sleep(options.ttftMs, signal);
    for (const [index, part] of parts.entries()) {
      if (signal.aborted) return;
      if (failure?.kind === "drop" && index === failure.afterChunks) return controller.close();
      if (failure?.kind === "stall-stream" && index === failure.afterChunks) {
        return await options.untilGone(signal).then(() => controller.close());
      }
      if (failure?.kind === "error-event" && index === failure.afterChunks) {
        const message = failure.message ?? "Simulated failure during generation";
        controller.enqueue(sse({ error: { message, type: "InternalServerError", param: null, code: 500 } }));
        controller.enqueue(encoder.encode("data: [DONE]\n\n"));
        return controller.close();
      }
      if (index > 1) await sleep(options.interTokenMs, signal);
      if (signal.aborted) return;
      controller.enqueue(sse(part));
    }
    if (options.includeUsage) controller.enqueue(sse(toUsageChunk(options)));
    controller.enqueue(encoder.encode("data: [DONE]\n\n"));
    options.onComplete();
    controller.close();
  }
}
