import { type OutgoingEvent, readEnvelope, toErrorEvent } from "./realtime_events.ts";

/** Largest decoded audio one `input_audio_buffer.append` may carry (the API's own limit is 15 MiB). */
export const MAX_APPEND_BYTES = 15 * 1024 * 1024;
/** The longest client event: one maximal append in base64, plus room for the JSON around it. */
export const MAX_EVENT_CHARS = Math.ceil(MAX_APPEND_BYTES / 3) * 4 + 1024;

/** A client event read from a WebSocket message: its envelope and fields, or the error event to answer. */
export function parseClientEvent(
  message: string,
): { envelope: { type: string; eventId: string | undefined }; event: Record<string, unknown> } | {
  error: OutgoingEvent;
} {
  if (message.length > MAX_EVENT_CHARS) {
    // Refused before parsing: a huge append costs no decoding.
    const text = `An event may be at most ${MAX_EVENT_CHARS} characters (15 MiB of audio as base64)`;
    return { error: toErrorEvent(text, { code: "event_too_large" }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(message);
  } catch {
    return { error: toErrorEvent("The event is not valid JSON", { code: "invalid_json" }) };
  }
  const envelope = readEnvelope(data);
  if (!envelope) {
    return { error: toErrorEvent("The event has no type", { code: "invalid_event", param: "type" }) };
  }
  return { envelope, event: data as Record<string, unknown> };
}
