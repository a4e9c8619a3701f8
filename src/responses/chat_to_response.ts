import type { ResponsesRequest } from "./responses_request.ts";

type Json = Record<string, unknown>;

/** Who a response is and what it echoes of its request (OpenAPI `Response` requires the echo fields). */
export interface ResponseMeta {
  id: string;
  /** Unix seconds. */
  createdAt: number;
  model: string;
  request: ResponsesRequest;
}

/** A new response id, `resp_` plus 32 hex digits; output item ids embed the hex (see {@linkcode toItemId}). */
export function createResponseId(): string {
  return `resp_${crypto.randomUUID().replaceAll("-", "")}`;
}

/** An output item id that names its response, so an `item_reference` can be found again: `msg_<hex>_0`. */
export function toItemId(responseId: string, item: { prefix: "msg" | "fc" | "rs"; index: number }): string {
  const { prefix, index } = item;
  return `${prefix}_${responseId.slice("resp_".length)}_${index}`;
}

/** The response id an output item id belongs to, or undefined for ids the router did not make. */
export function toResponseIdOfItem(itemId: string): string | undefined {
  const match = /^(?:msg|fc|rs)_([0-9a-f]{32})_\d+$/.exec(itemId);
  return match ? `resp_${match[1]}` : undefined;
}

/** Chat `usage` as Responses `usage` (OpenAPI `ResponseUsage`: every detail field is required). */
export function toResponseUsage(usage: Json | undefined): Json {
  const input = Number(usage?.["prompt_tokens"] ?? 0);
  const output = Number(usage?.["completion_tokens"] ?? 0);
  const details = (usage?.["completion_tokens_details"] ?? {}) as Json;
  const cached = ((usage?.["prompt_tokens_details"] ?? {}) as Json)["cached_tokens"];
  return {
    "input_tokens": input,
    "input_tokens_details": { "cached_tokens": Number(cached ?? 0), "cache_write_tokens": 0 },
    "output_tokens": output,
    "output_tokens_details": { "reasoning_tokens": Number(details["reasoning_tokens"] ?? 0) },
    "total_tokens": Number(usage?.["total_tokens"] ?? input + output),
  };
}

/** The response object around `output`; `status` decides `incomplete_details` and `completed_at`. */
export function toResponseObject(
  meta: ResponseMeta,
  status: "in_progress" | "completed" | "incomplete" | "failed",
  parts: { output: Json[]; usage?: Json; error?: Json },
): Json {
  const { request } = meta;
  return {
    id: meta.id,
    object: "response",
    "created_at": meta.createdAt,
    status,
    "completed_at": status === "completed" ? Math.floor(Date.now() / 1000) : null,
    error: parts.error ?? null,
    "incomplete_details": status === "incomplete" ? { reason: "max_output_tokens" } : null,
    instructions: request.instructions ?? null,
    "max_output_tokens": request.max_output_tokens ?? null,
    model: meta.model,
    output: parts.output,
    "parallel_tool_calls": request.parallel_tool_calls ?? true,
    "previous_response_id": request.previous_response_id ?? null,
    reasoning: { effort: request.reasoning?.effort ?? null, summary: null },
    store: request.store !== false,
    temperature: request.temperature ?? null,
    text: { format: request.text?.format ?? { type: "text" } },
    "tool_choice": request.tool_choice ?? "auto",
    tools: request.tools ?? [],
    "top_p": request.top_p ?? null,
    truncation: "disabled",
    metadata: request.metadata ?? {},
    ...(typeof request.user === "string" ? { user: request.user } : {}),
    ...(parts.usage ? { usage: parts.usage } : {}),
  };
}

/** An assistant message output item. */
export function toMessageItem(id: string, text: string, { status = "completed" } = {}): Json {
  return {
    id,
    type: "message",
    status,
    role: "assistant",
    content: [{ type: "output_text", text, annotations: [], logprobs: [] }],
  };
}

/** A reasoning output item carrying the model's visible reasoning text. */
export function toReasoningItem(id: string, text: string): Json {
  return { id, type: "reasoning", summary: [], content: [{ type: "reasoning_text", text }] };
}

/** A function call output item. */
export function toFunctionCallItem(id: string, call: Json, { status = "completed" } = {}): Json {
  const fn = (call.function ?? {}) as Json;
  return {
    id,
    type: "function_call",
    status,
    "call_id": String(call.id ?? id),
    name: String(fn.name ?? ""),
    arguments: String(fn.arguments ?? ""),
  };
}

/** A non-streaming chat completion as a Responses `Response`: reasoning, message and function calls. */
export function toResponseFromChat(meta: ResponseMeta, completion: Json): Json {
  const choice = ((completion.choices ?? []) as Json[])[0] ?? {};
  const message = (choice.message ?? {}) as Json;
  const output: Json[] = [];
  const reasoning = message.reasoning ?? message["reasoning_content"];
  if (typeof reasoning === "string" && reasoning !== "") {
    output.push(toReasoningItem(toItemId(meta.id, { prefix: "rs", index: output.length }), reasoning));
  }
  const calls = (message["tool_calls"] ?? []) as Json[];
  const text = typeof message.content === "string" ? message.content : "";
  if (text !== "" || calls.length === 0) {
    output.push(toMessageItem(toItemId(meta.id, { prefix: "msg", index: output.length }), text));
  }
  for (const call of calls) {
    output.push(toFunctionCallItem(toItemId(meta.id, { prefix: "fc", index: output.length }), call));
  }
  const status = choice["finish_reason"] === "length" ? "incomplete" : "completed";
  return toResponseObject(meta, status, { output, usage: toResponseUsage(completion.usage as Json) });
}
