import {
  type ResponseMeta,
  toFunctionCallItem,
  toItemId,
  toMessageItem,
  toReasoningItem,
  toResponseObject,
  toResponseUsage,
} from "./chat_to_response.ts";

type Json = Record<string, unknown>;

const encoder = new TextEncoder();

/** The item being streamed: its output index, id, kind and what it has said so far. */
interface OpenItem {
  index: number;
  id: string;
  kind: "message" | "reasoning" | "function_call";
  text: string;
  /** Function calls: the chat `tool_calls[].index` and the call's id and name. */
  callIndex?: number;
  call?: Json;
}

/**
 * Streams a chat completion stream as Responses events, in the order OpenAI sends them and the clients
 * read them (openai-node `src/lib/responses/ResponseStream.ts`, vercel/ai
 * `packages/openai/src/responses/openai-responses-api.ts`): `response.created`, `response.in_progress`;
 * per item `response.output_item.added`, (`response.content_part.added`), deltas, `….done`,
 * `response.output_item.done`; then `response.completed` (or `response.incomplete`) with `usage`.
 * An error event from the pipeline becomes a Responses `error` event. `onEnd` gets the final response
 * (undefined when the stream failed or the client left).
 */
export function toResponseEvents(
  chatSse: ReadableStream<Uint8Array>,
  options: { meta: ResponseMeta; onEnd: (response: Json | undefined) => Promise<void> | void },
): ReadableStream<Uint8Array> {
  const { meta, onEnd } = options;
  const output: Json[] = [];
  let sequence = 0;
  let open: OpenItem | undefined;
  let finishReason: unknown = null;
  let usage: Json | undefined;
  let buffer = "";
  let ended = false;
  const decoder = new TextDecoder();

  const send = (controller: TransformStreamDefaultController<Uint8Array>, type: string, fields: Json) => {
    const event = { type, "sequence_number": sequence++, ...fields };
    controller.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(event)}\n\n`));
  };
  const where = (item: OpenItem) => ({ "item_id": item.id, "output_index": item.index });

  function finishItem(controller: TransformStreamDefaultController<Uint8Array>) {
    const item = open;
    if (!item) return;
    open = undefined;
    let done: Json;
    if (item.kind === "function_call") {
      done = toFunctionCallItem(item.id, {
        ...item.call,
        function: { ...item.call?.function as Json, arguments: item.text },
      });
      send(controller, "response.function_call_arguments.done", {
        ...where(item),
        name: done.name,
        arguments: item.text,
      });
    } else {
      const isText = item.kind === "message";
      const part = isText
        ? { type: "output_text", text: item.text, annotations: [], logprobs: [] }
        : { type: "reasoning_text", text: item.text };
      const textDone = isText ? "response.output_text.done" : "response.reasoning_text.done";
      send(controller, textDone, {
        ...where(item),
        "content_index": 0,
        text: item.text,
        ...(isText ? { logprobs: [] } : {}),
      });
      send(controller, "response.content_part.done", { ...where(item), "content_index": 0, part });
      done = isText ? toMessageItem(item.id, item.text) : toReasoningItem(item.id, item.text);
    }
    output[item.index] = done;
    send(controller, "response.output_item.done", { "output_index": item.index, item: done });
  }

  function openItem(
    controller: TransformStreamDefaultController<Uint8Array>,
    kind: OpenItem["kind"],
    call?: Json,
  ) {
    finishItem(controller);
    const index = output.length;
    const prefix = kind === "message" ? "msg" : kind === "reasoning" ? "rs" : "fc";
    const item: OpenItem = { index, id: toItemId(meta.id, prefix, index), kind, text: "" };
    output.push({});
    open = item;
    if (kind === "function_call") {
      if (call) item.call = call;
      item.callIndex = Number(call?.index ?? 0);
      const added = toFunctionCallItem(item.id, {
        ...call,
        function: { ...call?.function as Json, arguments: "" },
      }, "in_progress");
      send(controller, "response.output_item.added", { "output_index": index, item: added });
      return item;
    }
    const added = kind === "message"
      ? { ...toMessageItem(item.id, "", "in_progress"), content: [] }
      : { ...toReasoningItem(item.id, ""), content: [] };
    send(controller, "response.output_item.added", { "output_index": index, item: added });
    const part = kind === "message"
      ? { type: "output_text", text: "", annotations: [], logprobs: [] }
      : { type: "reasoning_text", text: "" };
    send(controller, "response.content_part.added", { ...where(item), "content_index": 0, part });
    return item;
  }

  function onChunk(controller: TransformStreamDefaultController<Uint8Array>, chunk: Json) {
    if (chunk.usage) usage = chunk.usage as Json;
    const choice = ((chunk.choices ?? []) as Json[])[0];
    if (!choice) return;
    const delta = (choice.delta ?? {}) as Json;
    const reasoning = delta.reasoning ?? delta["reasoning_content"];
    if (typeof reasoning === "string" && reasoning !== "") {
      const item = open?.kind === "reasoning" ? open : openItem(controller, "reasoning");
      item.text += reasoning;
      send(controller, "response.reasoning_text.delta", {
        ...where(item),
        "content_index": 0,
        delta: reasoning,
      });
    }
    if (typeof delta.content === "string" && delta.content !== "") {
      const item = open?.kind === "message" ? open : openItem(controller, "message");
      item.text += delta.content;
      send(controller, "response.output_text.delta", {
        ...where(item),
        "content_index": 0,
        delta: delta.content,
        logprobs: [],
      });
    }
    for (const call of (delta["tool_calls"] ?? []) as Json[]) {
      const same = open?.kind === "function_call" && open.callIndex === Number(call.index ?? 0);
      const item = same && open ? open : openItem(controller, "function_call", call);
      const piece = String((call.function as Json | undefined)?.arguments ?? "");
      if (piece === "") continue;
      item.text += piece;
      send(controller, "response.function_call_arguments.delta", { ...where(item), delta: piece });
    }
    if (choice["finish_reason"]) finishReason = choice["finish_reason"];
  }

  async function onData(controller: TransformStreamDefaultController<Uint8Array>, data: string) {
    if (data === "[DONE]") {
      finishItem(controller);
      const status = finishReason === "length" ? "incomplete" : "completed";
      const response = toResponseObject(meta, status, { output, usage: toResponseUsage(usage) });
      ended = true;
      // Stored before the client hears it is complete, so it can continue from it at once.
      await onEnd(response);
      return send(controller, `response.${status}`, { response });
    }
    const json = JSON.parse(data) as Json;
    if (json.error) {
      const error = json.error as Json;
      send(controller, "error", {
        code: error.code ?? null,
        message: String(error.message),
        param: error.param ?? null,
      });
      ended = true;
      return onEnd(undefined);
    }
    onChunk(controller, json);
  }

  const transform = new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      const response = toResponseObject(meta, "in_progress", { output: [] });
      send(controller, "response.created", { response });
      send(controller, "response.in_progress", { response });
    },
    async transform(bytes, controller) {
      buffer += decoder.decode(bytes, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        // Keep-alive comments (a backend still starting) pass through; they keep proxies from timing out.
        if (block.startsWith(":")) controller.enqueue(encoder.encode(`${block}\n\n`));
        const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim())
          .join("\n");
        if (data !== "" && !ended) await onData(controller, data);
      }
    },
    flush() {
      if (!ended) onEnd(undefined);
    },
  });
  return chatSse.pipeThrough(transform);
}
