import {
  type ResponseMeta,
  toFunctionCallItem,
  toItemId,
  toMessageItem,
  toReasoningItem,
} from "./chat_to_response.ts";

type Json = Record<string, unknown>;

/** Sends one Responses stream event (the caller numbers and serializes it). */
export type EmitEvent = (type: string, fields: Json) => void;

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

/** The output items of one streamed response, opened and finished as the chat deltas arrive. */
export interface OutputItems {
  /** The finished items, by output index. */
  readonly output: Json[];
  /** Appends message text or reasoning text, opening a new item when the kind changes. */
  addText(kind: "message" | "reasoning", text: string): void;
  /** Appends a piece of a chat `tool_calls[]` delta, opening a new item for a new call index. */
  addCallPiece(call: Json): void;
  /** Finishes the open item, if any. */
  finish(): void;
}

const where = (item: OpenItem) => ({ "item_id": item.id, "output_index": item.index });

function toPart(kind: "message" | "reasoning", text: string): Json {
  return kind === "message"
    ? { type: "output_text", text, annotations: [], logprobs: [] }
    : { type: "reasoning_text", text };
}

/** The function call item of `item` with `args` as its arguments so far. */
function toCallItem(item: OpenItem, { args, status }: { args: string; status?: string }): Json {
  const call = { ...item.call, function: { ...item.call?.function as Json, arguments: args } };
  return toFunctionCallItem(item.id, call, status ? { status } : {});
}

/** `….done` events of a text item (message or reasoning), returning the finished item. */
function finishText(item: OpenItem, emit: EmitEvent): Json {
  const isText = item.kind === "message";
  emit(isText ? "response.output_text.done" : "response.reasoning_text.done", {
    ...where(item),
    "content_index": 0,
    text: item.text,
    ...(isText ? { logprobs: [] } : {}),
  });
  const kind = isText ? "message" : "reasoning";
  emit("response.content_part.done", { ...where(item), "content_index": 0, part: toPart(kind, item.text) });
  return isText ? toMessageItem(item.id, item.text) : toReasoningItem(item.id, item.text);
}

/** `response.output_item.added` (and the empty content part of a text item) for a new item. */
function announce(item: OpenItem, emit: EmitEvent): void {
  if (item.kind === "function_call") {
    emit("response.output_item.added", {
      "output_index": item.index,
      item: toCallItem(item, { args: "", status: "in_progress" }),
    });
    return;
  }
  const added = item.kind === "message"
    ? { ...toMessageItem(item.id, "", { status: "in_progress" }), content: [] }
    : { ...toReasoningItem(item.id, ""), content: [] };
  emit("response.output_item.added", { "output_index": item.index, item: added });
  emit("response.content_part.added", { ...where(item), "content_index": 0, part: toPart(item.kind, "") });
}

/**
 * Tracks the one open output item of a streamed response and emits its events in the order OpenAI sends
 * them: `response.output_item.added`, (`response.content_part.added`), deltas, `….done`,
 * `response.output_item.done`.
 */
export function createOutputItems(meta: ResponseMeta, emit: EmitEvent): OutputItems {
  const output: Json[] = [];
  let open: OpenItem | undefined;

  const finish = () => {
    const item = open;
    if (!item) return;
    open = undefined;
    let done: Json;
    if (item.kind === "function_call") {
      done = toCallItem(item, { args: item.text });
      emit("response.function_call_arguments.done", {
        ...where(item),
        name: done.name,
        arguments: item.text,
      });
    } else {
      done = finishText(item, emit);
    }
    output[item.index] = done;
    emit("response.output_item.done", { "output_index": item.index, item: done });
  };
  const openItem = (kind: OpenItem["kind"], call?: Json): OpenItem => {
    finish();
    const index = output.length;
    const prefix = kind === "message" ? "msg" : kind === "reasoning" ? "rs" : "fc";
    const item: OpenItem = { index, id: toItemId(meta.id, { prefix, index }), kind, text: "" };
    if (kind === "function_call") {
      if (call) item.call = call;
      item.callIndex = Number(call?.index ?? 0);
    }
    output.push({});
    open = item;
    announce(item, emit);
    return item;
  };

  return {
    output,
    finish,
    addText(kind, text) {
      const item = open?.kind === kind ? open : openItem(kind);
      item.text += text;
      const type = kind === "message" ? "response.output_text.delta" : "response.reasoning_text.delta";
      emit(type, {
        ...where(item),
        "content_index": 0,
        delta: text,
        ...(kind === "message" ? { logprobs: [] } : {}),
      });
    },
    addCallPiece(call) {
      const same = open?.kind === "function_call" && open.callIndex === Number(call.index ?? 0);
      const item = same && open ? open : openItem("function_call", call);
      const piece = String((call.function as Json | undefined)?.arguments ?? "");
      if (piece === "") return;
      item.text += piece;
      emit("response.function_call_arguments.delta", { ...where(item), delta: piece });
    },
  };
}
