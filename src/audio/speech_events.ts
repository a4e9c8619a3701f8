import { toBase64 } from "../base64.ts";

const encoder = new TextEncoder();

/** `stream_format=sse`: each encoded chunk as a `speech.audio.delta` event, then `speech.audio.done`. */
export function toSpeechEvents(audio: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return audio.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const event = { type: "speech.audio.delta", audio: toBase64(chunk) };
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
      },
      flush(controller) {
        // Piper counts no tokens; speaches sends zeros too.
        const usage = { "input_tokens": 0, "output_tokens": 0, "total_tokens": 0 };
        controller.enqueue(
          encoder.encode(`data: ${JSON.stringify({ type: "speech.audio.done", usage })}\n\n`),
        );
      },
    }),
  );
}
