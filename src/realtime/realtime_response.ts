import type { ChatAnswer } from "../chat/chat_answer.ts";
import { toApiError } from "../api_error.ts";
import type { ChatBody } from "./conversation.ts";
import { newId, type RealtimeResponse, type SendEvent } from "./realtime_events.ts";
import { ResponseItems } from "./response_items.ts";
import { SentenceSplitter } from "./sentence_splitter.ts";
import type { SessionSettings } from "./session_settings.ts";
import { type Speak, SpeechTrack } from "./speech_track.ts";

/** Why an answer stopped early (`status_details.reason` of a cancelled response). */
export type CancelReason = "turn_detected" | "client_cancelled";

/** What one response needs from the session. */
export interface ResponseInput {
  body: ChatBody;
  settings: SessionSettings;
  send: SendEvent;
  /** The chat pipeline (routing, limits, session log) for this turn. */
  answer: (body: ChatBody, signal: AbortSignal) => Promise<ChatAnswer>;
  speak: Speak;
  /** Told when the first audio delta (or, for text, the first text delta) goes out. */
  onFirstOutput?: () => void;
}

/** A response being produced; `done` settles once `response.done` is sent. */
export interface RunningResponse {
  id: string;
  cancel(reason: CancelReason): void;
  /** The output items, final once `done` settled; added to the conversation by the session. */
  readonly items: ResponseItems;
  done: Promise<RealtimeResponse>;
}

/**
 * The response half: reads the chat pipeline's typed answer (`ChatAnswer.events()`) and sends it as
 * Realtime events — the transcript or text as deltas, speech sentence by sentence while the model is still
 * writing, function calls as function-call items — then `response.done` with usage. Cancelling (barge-in,
 * `response.cancel`, the client leaving) cancels the answer's events, which cancels the upstream call, and
 * aborts synthesis; the response ends `cancelled` with what was already said.
 */
export function startResponse(input: ResponseInput): RunningResponse {
  const id = newId("resp");
  const controller = new AbortController();
  const { settings, send } = input;
  let reason: CancelReason | undefined;
  const modalities: ("audio" | "text")[] = [settings.audioOut ? "audio" : "text"];
  const head: RealtimeResponse = {
    id,
    object: "realtime.response",
    "conversation_id": "conv_realtime",
    "output_modalities": modalities,
    audio: { output: { format: { type: "audio/pcm", rate: 24000 }, voice: settings.voice } },
  };
  send({ type: "response.created", response: { ...head, status: "in_progress", output: [] } });
  const items = new ResponseItems({ responseId: id, send, audioOut: settings.audioOut });
  let first = true;
  const firstOutput = () => {
    if (first) input.onFirstOutput?.();
    first = false;
  };
  const speech = settings.audioOut
    ? new SpeechTrack({
      speak: input.speak,
      voice: settings.voice,
      speed: settings.speed,
      signal: controller.signal,
      onFirstAudio: firstOutput,
      onAudio: (pcm) => items.audio(pcm),
    })
    : undefined;
  const run = async (): Promise<RealtimeResponse> => {
    const splitter = new SentenceSplitter();
    let usage: RealtimeResponse["usage"];
    const answer = await input.answer(input.body, controller.signal);
    if (answer.kind !== "stream") throw new TypeError("The realtime turn asked for a stream");
    const reader = answer.events().getReader();
    const stop = () => reader.cancel("cancelled").catch(() => {});
    controller.signal.addEventListener("abort", stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || controller.signal.aborted) break;
        if (value.type === "error") throw value.error;
        if (value.type !== "chunk") continue;
        const { chunk } = value;
        if (chunk.usage) {
          usage = {
            input_tokens: chunk.usage.prompt_tokens,
            output_tokens: chunk.usage.completion_tokens,
            total_tokens: chunk.usage.total_tokens,
          };
        }
        const delta = chunk.choices[0]?.delta;
        if (delta?.content) {
          items.text(delta.content);
          if (!speech) firstOutput();
          for (const sentence of splitter.push(delta.content)) speech?.add(sentence);
        }
        for (const call of delta?.tool_calls ?? []) items.toolCall(call);
      }
    } finally {
      controller.signal.removeEventListener("abort", stop);
    }
    for (const sentence of splitter.flush()) if (!controller.signal.aborted) speech?.add(sentence);
    await speech?.finish();
    return { ...head, ...usage ? { usage } : {} };
  };
  const done = run().then(
    (response) => {
      if (reason) return items.cancel(response, { reason, spoken: speech });
      return items.complete(response);
    },
    (error) => {
      if (reason) return items.cancel(head, { reason, spoken: speech });
      const apiError = toApiError(error);
      const failure = {
        type: apiError.type,
        code: apiError.code ?? "upstream_error",
        message: apiError.message,
      };
      send({ type: "error", error: failure });
      return items.fail(head, failure);
    },
  );
  return {
    id,
    items,
    done,
    cancel(why) {
      if (reason) return;
      reason = why;
      controller.abort();
    },
  };
}
