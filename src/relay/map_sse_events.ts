const encoder = new TextEncoder();

/** Rewrites one SSE event (the text between blank lines): its replacement, or undefined to drop it. */
export type SseEventRewrite = (event: string) => string | undefined;

/**
 * Rewrites an SSE byte stream event by event: `map` gets each whole event (the text between blank lines) and
 * returns its replacement, or undefined to drop it. Events split across chunks are joined first; what the
 * events of one chunk become leaves together, so the stream keeps its pacing (`highWaterMark: 0` on the way
 * out: nothing is read ahead of the client).
 */
export function mapSseEvents(map: SseEventRewrite): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  let pending = "";
  return new TransformStream<Uint8Array, Uint8Array>(
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
  );
}

/**
 * Several event rewrites as one: each event is decoded and split once and goes through the rewrites in
 * order until one drops it (docs/decisions.md, "Stream rewrites are composed transforms").
 */
export function composeSseRewrites(...rewrites: SseEventRewrite[]): SseEventRewrite {
  return (event) =>
    rewrites.reduce<string | undefined>((e, rewrite) => e === undefined ? e : rewrite(e), event);
}

/** Sends `prefix` (a routing note as one SSE chunk) before the stream's first chunk. */
export function prependChunk(prefix: Uint8Array): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream<Uint8Array, Uint8Array>(
    {
      start(controller) {
        controller.enqueue(prefix);
      },
    },
    { highWaterMark: 1 },
    { highWaterMark: 0 },
  );
}
