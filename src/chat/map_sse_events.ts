const encoder = new TextEncoder();

/**
 * Rewrites an SSE byte stream event by event: `map` gets each whole event (the text between blank lines) and
 * returns its replacement, or undefined to drop it. Events split across chunks are joined first; what the
 * events of one chunk become leaves together, so the stream keeps its pacing (`highWaterMark: 0` on the way
 * out: nothing is read ahead of the client).
 */
export function mapSseEvents(
  stream: ReadableStream<Uint8Array>,
  map: (event: string) => string | undefined,
): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  let pending = "";
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>(
      {
        transform(bytes, controller) {
          pending += decoder.decode(bytes, { stream: true });
          const events = pending.split("\n\n");
          pending = events.pop() ?? "";
          const kept = events.map(map).filter((event) => event !== undefined);
          if (kept.length > 0) controller.enqueue(encoder.encode(kept.join("\n\n") + "\n\n"));
        },
        flush(controller) {
          const last = pending === "" ? undefined : map(pending);
          if (last !== undefined) controller.enqueue(encoder.encode(last));
        },
      },
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
}
