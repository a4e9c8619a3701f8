import { toWav } from "../audio/wav_header.ts";
import { toApiError } from "../api_error.ts";
import { REALTIME_RATE, toMs } from "./pcm16.ts";
import type { ConversationItem, OutgoingEvent } from "./realtime_events.ts";

/** What Whisper heard in one committed turn. */
export interface Heard {
  transcript: string;
  audioMs: number;
  transcribeMs: number;
}

/**
 * Sends a committed turn's audio to Whisper as a WAV and reports the words as
 * `conversation.item.input_audio_transcription.completed` (or `.failed`), filling the user item's
 * transcript so the conversation carries the words to the model. Undefined when nothing was heard.
 */
export async function transcribeTurn(
  pcm: Uint8Array,
  options: {
    item: ConversationItem;
    send: (event: OutgoingEvent) => void;
    transcribe: (wav: Uint8Array, signal: AbortSignal) => Promise<string>;
    signal: AbortSignal;
  },
): Promise<Heard | undefined> {
  const { item, send } = options;
  const itemId = item.id as string;
  const started = performance.now();
  const audioMs = toMs(pcm.byteLength);
  let transcript: string;
  try {
    transcript =
      (await options.transcribe(toWav({ rate: REALTIME_RATE, width: 2, channels: 1 }, pcm), options.signal))
        .trim();
  } catch (error) {
    if (options.signal.aborted) return undefined;
    const apiError = toApiError(error);
    send({
      type: "conversation.item.input_audio_transcription.failed",
      item_id: itemId,
      content_index: 0,
      error: {
        type: apiError.type,
        code: apiError.code ?? "transcription_failed",
        message: apiError.message,
      },
    });
    return undefined;
  }
  if (item.type === "message" && item.content[0]) item.content[0] = { type: "input_audio", transcript };
  send({
    type: "conversation.item.input_audio_transcription.completed",
    item_id: itemId,
    content_index: 0,
    transcript,
    usage: { type: "duration", seconds: Math.round(audioMs / 100) / 10 },
  });
  return transcript ? { transcript, audioMs, transcribeMs: performance.now() - started } : undefined;
}
