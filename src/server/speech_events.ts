const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

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
