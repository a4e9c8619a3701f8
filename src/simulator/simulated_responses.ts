/**
 * The simulator's Responses API (`POST /v1/responses`), as xAI and recent vLLM serve it: the request is
 * answered like a chat completion, then reshaped into a `Response` (OpenAPI `Response`: the echo fields,
 * `output[]`, `usage` with its details) or, with `stream: true`, into its typed events
 * (`response.created` … `response.output_text.delta` … `response.completed`). Text only: the router sends
 * this API nothing but the ENRICH hop. A request that names search tools gets one completed
 * `web_search_call` item before the message, as xAI reports the searches it ran. Quirk kept: xAI's item has
 * only `id`, `type` and `status` (langchain-ai/langchainjs `@langchain/xai`, `XAIResponsesOutputWebSearchCall`),
 * while OpenAI's `WebSearchToolCall` also requires `action`.
 */

type Json = Record<string, unknown>;

const encoder = new TextEncoder();

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

function toUsage(usage: Json | undefined): Json {
  const input = Number(usage?.["prompt_tokens"] ?? 0);
  const output = Number(usage?.["completion_tokens"] ?? 0);
  return {
    "input_tokens": input,
    "input_tokens_details": { "cached_tokens": 0, "cache_write_tokens": 0 },
    "output_tokens": output,
    "output_tokens_details": { "reasoning_tokens": 0 },
    "total_tokens": input + output,
    ...(usage?.["cost_in_usd_ticks"] === undefined
      ? {}
      : { "cost_in_usd_ticks": usage["cost_in_usd_ticks"] }),
  };
}

function toMessage(id: string, { text, status }: { text: string; status: string }): Json {
  const content = [{ type: "output_text", text, annotations: [], logprobs: [] }];
  return { id: `msg_${id}`, type: "message", role: "assistant", status, content };
}

function toResponse(body: Json, parts: { id: string; model: string; status: string; output: Json[] }): Json {
  return {
    id: parts.id,
    object: "response",
    "created_at": Math.floor(Date.now() / 1000),
    status: parts.status,
    error: null,
    "incomplete_details": parts.status === "incomplete" ? { reason: "max_output_tokens" } : null,
    instructions: body.instructions ?? null,
    model: parts.model,
    output: parts.output,
    "parallel_tool_calls": true,
    "previous_response_id": null,
    store: body.store !== false,
    temperature: body.temperature ?? null,
    "tool_choice": body["tool_choice"] ?? "auto",
    tools: body.tools ?? [],
    "top_p": body["top_p"] ?? null,
    metadata: {},
  };
}

function searchItems(body: Json, id: string): Json[] {
  const searched = Array.isArray(body.tools) && body.tools.length > 0;
  return searched ? [{ id: `ws_${id}`, type: "web_search_call", status: "completed" }] : [];
}

/** A chat completion reshaped as a Responses API answer. */
export function toResponsesAnswer(body: Json, { completion, id }: { completion: Json; id: string }): Json {
  const choice = ((completion.choices ?? []) as Json[])[0] ?? {};
  const text = String((choice.message as Json | undefined)?.content ?? "");
  const status = choice["finish_reason"] === "length" ? "incomplete" : "completed";
  const output = [...searchItems(body, id), toMessage(id, { text, status: "completed" })];
  return {
    ...toResponse(body, { id, model: String(completion.model), status, output }),
    usage: toUsage(completion.usage as Json),
  };
}

/** A chat completion stream reshaped as Responses stream events (text only). */
export function toResponsesStream(
  body: Json,
  { chat, id, model }: { chat: ReadableStream<Uint8Array>; id: string; model: string },
) {
  let sequence = 0;
  let text = "";
  let usage: Json | undefined;
  let status = "completed";
  let buffer = "";
  const decoder = new TextDecoder();
  const output = searchItems(body, id);
  const index = output.length;
  const where = { "item_id": `msg_${id}`, "output_index": index, "content_index": 0 };
  const send = (
    controller: TransformStreamDefaultController<Uint8Array>,
    { type, ...fields }: Json & { type: string },
  ) =>
    controller.enqueue(
      encoder.encode(
        `event: ${type}\ndata: ${JSON.stringify({ type, "sequence_number": sequence++, ...fields })}\n\n`,
      ),
    );
  const part = () => ({ type: "output_text", text, annotations: [], logprobs: [] });
  return chat.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start(controller) {
        send(controller, {
          type: "response.created",
          response: toResponse(body, { id, model, status: "in_progress", output }),
        });
        send(controller, {
          type: "response.output_item.added",
          "output_index": index,
          item: toMessage(id, { text: "", status: "in_progress" }),
        });
        send(controller, { type: "response.content_part.added", ...where, part: part() });
      },
      transform(bytes, controller) {
        buffer += decoder.decode(bytes, { stream: true });
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          const data = line.startsWith("data: ") ? line.slice(6) : "";
          if (data === "" || data === "[DONE]") continue;
          const chunk = JSON.parse(data) as Json;
          if (chunk.usage) usage = chunk.usage as Json;
          const choice = ((chunk.choices ?? []) as Json[])[0];
          if (choice?.["finish_reason"] === "length") status = "incomplete";
          const delta = (choice?.delta as Json | undefined)?.content;
          if (typeof delta !== "string" || delta === "") continue;
          text += delta;
          send(controller, { type: "response.output_text.delta", ...where, delta, logprobs: [] });
        }
      },
      flush(controller) {
        send(controller, { type: "response.output_text.done", ...where, text, logprobs: [] });
        send(controller, { type: "response.content_part.done", ...where, part: part() });
        const message = toMessage(id, { text, status: "completed" });
        send(controller, { type: "response.output_item.done", "output_index": index, item: message });
        const response = {
          ...toResponse(body, { id, model, status, output: [...output, message] }),
          usage: toUsage(usage),
        };
        send(controller, { type: `response.${status}`, response });
      },
    }),
  );
}
