import type { ApiError } from "../api_error.ts";
import type { AnswerEvent } from "../chat/chat_answer.ts";
import { type ResponseMeta, toResponseObject, toResponseUsage } from "./chat_to_response.ts";
import { createOutputItems, type OutputItems } from "./stream_output_items.ts";

type Json = Record<string, unknown>;

const encoder = new TextEncoder();

/** Options for {@linkcode toResponseEvents}. */
export interface ResponseEventsOptions {
  meta: ResponseMeta;
  /** Gets the final response, or undefined when the stream failed; awaited before `response.completed`. */
  onEnd: (response: Json | undefined) => Promise<void> | void;
}

/** One chat completion chunk's deltas as output item events; returns its usage and finish reason if any. */
function addChunk(items: OutputItems, chunk: Json): { usage?: Json; finishReason?: unknown } {
  const seen = chunk.usage ? { usage: chunk.usage as Json } : {};
  const choice = ((chunk.choices ?? []) as Json[])[0];
  if (!choice) return seen;
  const delta = (choice.delta ?? {}) as Json;
  const reasoning = delta.reasoning ?? delta["reasoning_content"];
  if (typeof reasoning === "string" && reasoning !== "") items.addText("reasoning", reasoning);
  if (typeof delta.content === "string" && delta.content !== "") items.addText("message", delta.content);
  for (const call of (delta["tool_calls"] ?? []) as Json[]) items.addCallPiece(call);
  return choice["finish_reason"] ? { ...seen, finishReason: choice["finish_reason"] } : seen;
}

/**
 * Streams the chat pipeline's answer events as Responses events, in the order OpenAI sends them and the
 * clients read them (openai-node `src/lib/responses/ResponseStream.ts`, vercel/ai
 * `packages/openai/src/responses/openai-responses-api.ts`): `response.created`, `response.in_progress`;
 * each output item's events (see `stream_output_items.ts`); then `response.completed` (or
 * `response.incomplete`) with `usage` when the answer's events end. The answer's error event becomes a
 * Responses `error` event; a `waiting` event (a backend still starting) becomes the same SSE keep-alive
 * comment the chat endpoint sends, so clients and proxies do not time out.
 */
export function toResponseEvents(
  chat: ReadableStream<AnswerEvent>,
  options: ResponseEventsOptions,
): ReadableStream<Uint8Array> {
  const { meta, onEnd } = options;
  let sequence = 0;
  let finishReason: unknown = null;
  let usage: Json | undefined;
  let ended = false;
  let out!: TransformStreamDefaultController<Uint8Array>;
  const emit = (type: string, fields: Json) => {
    const event = { type, "sequence_number": sequence++, ...fields };
    out.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(event)}\n\n`));
  };
  const items = createOutputItems(meta, emit);

  const finish = async () => {
    items.finish();
    const status = finishReason === "length" ? "incomplete" : "completed";
    const response = toResponseObject(meta, status, { output: items.output, usage: toResponseUsage(usage) });
    // Stored before the client hears it is complete, so it can continue from it at once.
    await onEnd(response);
    emit(`response.${status}`, { response });
  };
  const fail = (error: ApiError) => {
    emit("error", { code: error.code ?? null, message: error.message, param: error.param ?? null });
    return onEnd(undefined);
  };

  return chat.pipeThrough(
    new TransformStream<AnswerEvent, Uint8Array>({
      start(controller) {
        out = controller;
        const response = toResponseObject(meta, "in_progress", { output: [] });
        emit("response.created", { response });
        emit("response.in_progress", { response });
      },
      async transform(event) {
        if (event.type === "waiting") {
          return out.enqueue(encoder.encode(`: waiting for ${event.backend} to start\n\n`));
        }
        if (ended) return;
        if (event.type === "chunk") {
          const seen = addChunk(items, event.chunk);
          usage = seen.usage ?? usage;
          finishReason = seen.finishReason ?? finishReason;
          return;
        }
        ended = true;
        await fail(event.error);
      },
      // The answer's events end after its last chunk: the response is complete.
      async flush() {
        if (ended) return;
        ended = true;
        await finish();
      },
    }),
  );
}
