/**
 * The simulator's Responses API (`POST /v1/responses`), as xAI and recent vLLM serve it: the request is
 * answered like a chat completion, then reshaped into a `Response` (or, with `stream: true`, its typed
 * events) by the same translation the router uses for its own `/v1/responses`. A request that names search
 * tools gets one completed `web_search_call` item before the message, as xAI reports the searches it ran.
 * Quirk kept: xAI's item has only `id`, `type` and `status` (langchain-ai/langchainjs `@langchain/xai`,
 * `XAIResponsesOutputWebSearchCall`), while OpenAI's OpenAPI `WebSearchToolCall` also requires `action`.
 */
import { toResponseFromChat } from "../chat/chat_to_response.ts";
import { toResponseEvents } from "../chat/to_response_events.ts";
import type { ResponsesRequest } from "../chat/responses_request.ts";

type Json = Record<string, unknown>;

/** The chat-completions body the simulator generates from; the Responses fields stay for the record. */
export function toChatBodyFromResponses(body: Json): Json {
  const input = body.input;
  const messages = typeof input === "string" ? [{ role: "user", content: input }] : input;
  const stream = body.stream === true;
  return {
    ...body,
    messages,
    "max_tokens": body["max_output_tokens"],
    stream,
    ...(stream ? { "stream_options": { "include_usage": true } } : {}),
  };
}

function toMeta(body: Json, id: string, model: string) {
  const request = { ...body, input: body.input ?? "" } as ResponsesRequest;
  return { id, createdAt: Math.floor(Date.now() / 1000), model, request };
}

/** A chat completion reshaped as a Responses API answer. */
export function toResponsesAnswer(body: Json, completion: Json, id: string): Json {
  const response = toResponseFromChat(toMeta(body, id, String(completion.model)), completion);
  const searched = Array.isArray(body.tools) && body.tools.length > 0;
  if (searched) {
    (response.output as Json[]).unshift({ id: `ws_${id}`, type: "web_search_call", status: "completed" });
  }
  return response;
}

/** A chat completion stream reshaped as Responses stream events. */
export function toResponsesStream(body: Json, chat: ReadableStream<Uint8Array>, id: string, model: string) {
  return toResponseEvents(chat, { meta: toMeta(body, id, model), onEnd: () => {} });
}
