import { encodeAudio } from "./pcm16.ts";
import { type ConversationItem, newId, type RealtimeResponse, type SendEvent } from "./realtime_events.ts";

type FunctionCall = Extract<ConversationItem, { type: "function_call" }>;
type Message = Extract<ConversationItem, { type: "message"; role: "assistant" }>;

/** What was spoken before a cancel: the transcript is cut to it. */
interface Spoken {
  spokenText: string;
  sentMs: number;
}

/**
 * One response's output items and their events, in the order the API sends them: an item is `added` (and
 * `created` in the conversation) when its first delta arrives, then its content part, deltas, and the `done`
 * events; `response.done` lists the final items.
 */
export class ResponseItems {
  readonly #responseId: string;
  readonly #send: SendEvent;
  readonly #audioOut: boolean;
  #message: { item: Message; index: number; text: string } | undefined;
  #calls = new Map<number, { item: FunctionCall; index: number }>();
  #output: ConversationItem[] = [];

  constructor(options: { responseId: string; send: SendEvent; audioOut: boolean }) {
    this.#responseId = options.responseId;
    this.#send = options.send;
    this.#audioOut = options.audioOut;
  }

  /** The items as they ended, for the conversation. */
  get output(): readonly ConversationItem[] {
    return this.#output;
  }

  #add(item: ConversationItem): number {
    const index = this.#output.length;
    this.#output.push(item);
    this.#send({
      type: "response.output_item.added",
      response_id: this.#responseId,
      output_index: index,
      item,
    });
    this.#send({ type: "conversation.item.created", item, previous_item_id: null });
    return index;
  }

  #openMessage() {
    if (this.#message) return this.#message;
    const item: Message = {
      id: newId("item"),
      object: "realtime.item",
      type: "message",
      role: "assistant",
      status: "in_progress",
      content: [],
    };
    const index = this.#add(item);
    this.#message = { item, index, text: "" };
    const part = this.#audioOut
      ? { type: "audio" as const, transcript: "" }
      : { type: "text" as const, text: "" };
    this.#send({ type: "response.content_part.added", ...this.#where(), part });
    return this.#message;
  }

  #where() {
    const message = this.#message as NonNullable<ResponseItems["current"]>;
    return {
      response_id: this.#responseId,
      item_id: message.item.id as string,
      output_index: message.index,
      content_index: 0,
    };
  }

  /** The assistant message being written, if any. */
  get current(): { item: Message; index: number; text: string } | undefined {
    return this.#message;
  }

  /** Model text: the audio transcript or, for a text session, the text. */
  text(delta: string): void {
    const message = this.#openMessage();
    message.text += delta;
    this.#send(
      this.#audioOut
        ? { type: "response.output_audio_transcript.delta", ...this.#where(), delta }
        : { type: "response.output_text.delta", ...this.#where(), delta },
    );
  }

  /** One piece of speech. */
  audio(pcm: Uint8Array): void {
    this.#openMessage();
    this.#send({ type: "response.output_audio.delta", ...this.#where(), delta: encodeAudio(pcm) });
  }

  /** One chat `tool_calls` delta: `{index, id, function: {name, arguments}}`. */
  toolCall(delta: Record<string, unknown>): void {
    const at = typeof delta.index === "number" ? delta.index : 0;
    const fn = (delta.function ?? {}) as { name?: string; arguments?: string };
    let call = this.#calls.get(at);
    if (!call) {
      const item: FunctionCall = {
        id: newId("item"),
        object: "realtime.item",
        type: "function_call",
        status: "in_progress",
        "call_id": typeof delta.id === "string" ? delta.id : newId("call"),
        name: fn.name ?? "",
        arguments: "",
      };
      call = { item, index: this.#add(item) };
      this.#calls.set(at, call);
    }
    if (fn.arguments) {
      call.item.arguments += fn.arguments;
      this.#send({
        type: "response.function_call_arguments.delta",
        response_id: this.#responseId,
        item_id: call.item.id as string,
        output_index: call.index,
        call_id: call.item.call_id as string,
        delta: fn.arguments,
      });
    }
  }

  #close(status: "completed" | "incomplete", spoken?: Spoken): void {
    const message = this.#message;
    if (message) {
      const text = spoken ? spoken.spokenText : message.text;
      if (spoken && this.#audioOut) {
        this.#send({
          type: "conversation.item.truncated",
          item_id: message.item.id as string,
          content_index: 0,
          audio_end_ms: spoken.sentMs,
        });
      }
      if (this.#audioOut) {
        this.#send({ type: "response.output_audio.done", ...this.#where() });
        this.#send({ type: "response.output_audio_transcript.done", ...this.#where(), transcript: text });
      } else this.#send({ type: "response.output_text.done", ...this.#where(), text });
      const part = this.#audioOut
        ? { type: "audio" as const, transcript: text }
        : { type: "text" as const, text };
      this.#send({ type: "response.content_part.done", ...this.#where(), part });
      message.item.content = [
        this.#audioOut ? { type: "output_audio", transcript: text } : { type: "output_text", text },
      ];
      message.item.status = status;
      this.#send({
        type: "response.output_item.done",
        response_id: this.#responseId,
        output_index: message.index,
        item: message.item,
      });
    }
    for (const { item, index } of this.#calls.values()) {
      const ids = {
        "response_id": this.#responseId,
        "item_id": item.id as string,
        "output_index": index,
        "call_id": item.call_id as string,
      };
      if (status === "completed") {
        this.#send({
          type: "response.function_call_arguments.done",
          ...ids,
          name: item.name,
          arguments: item.arguments,
        });
      }
      item.status = status;
      this.#send({
        type: "response.output_item.done",
        response_id: this.#responseId,
        output_index: index,
        item,
      });
    }
  }

  /** Ends every item and sends `response.done` completed. */
  complete(response: RealtimeResponse): RealtimeResponse {
    this.#close("completed");
    const done: RealtimeResponse = { ...response, status: "completed", output: this.#output };
    this.#send({ type: "response.done", response: done });
    return done;
  }

  /** Ends a cancelled response; a spoken answer is cut to the audio already sent. */
  cancel(
    response: RealtimeResponse,
    options: { reason: "turn_detected" | "client_cancelled"; spoken: Spoken | undefined },
  ): RealtimeResponse {
    this.#close("incomplete", options.spoken ?? { spokenText: this.#message?.text ?? "", sentMs: 0 });
    const done: RealtimeResponse = {
      ...response,
      status: "cancelled",
      "status_details": { type: "cancelled", reason: options.reason },
      output: this.#output,
    };
    this.#send({ type: "response.done", response: done });
    return done;
  }

  /** Ends a response the pipeline could not answer. */
  fail(response: RealtimeResponse, error: { code: string; message: string; type: string }): RealtimeResponse {
    this.#close("incomplete");
    const done: RealtimeResponse = {
      ...response,
      status: "failed",
      "status_details": { type: "failed", error },
      output: this.#output,
    };
    this.#send({ type: "response.done", response: done });
    return done;
  }
}
