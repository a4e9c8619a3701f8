const encoder = new TextEncoder();

/** Rewrites one SSE event (the text between blank lines): its replacement, or undefined to drop it. */
export type SseEventRewrite = ((event: string) => string | undefined) & {
  /**
   * Set when the rewrite returns every event without this ASCII text (or any of these) unchanged: a chunk of
   * whole events without it is then passed on as it came, never decoded, split or encoded again.
   */
  readonly onlyWith?: string | readonly string[];
};

const NEWLINE = 0x0a;

/**
 * True when `bytes` hold whole events only: they end with a blank line, and splitting them on "\n\n" leaves
 * nothing over (an even run of newlines at the end; an odd one leaves a "\n" for the next chunk).
 */
function endsOnEventBoundary(bytes: Uint8Array): boolean {
  let newlines = 0;
  while (newlines < bytes.length && bytes[bytes.length - 1 - newlines] === NEWLINE) newlines++;
  return newlines >= 2 && newlines % 2 === 0;
}

/** Whether `bytes` contain `text` (ASCII) anywhere. */
function includesAscii(bytes: Uint8Array, text: Uint8Array): boolean {
  const [first = 0] = text;
  for (
    let at = bytes.indexOf(first);
    at !== -1 && at + text.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let n = 1;
    while (n < text.length && bytes[at + n] === text[n]) n++;
    if (n === text.length) return true;
  }
  return false;
}

/**
 * Rewrites an SSE byte stream event by event: `map` gets each whole event (the text between blank lines) and
 * returns its replacement, or undefined to drop it. Events split across chunks are joined first; what the
 * events of one chunk become leaves together, so the stream keeps its pacing (`highWaterMark: 0` on the way
 * out: nothing is read ahead of the client).
 */
export function mapSseEvents(map: SseEventRewrite): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const markers = map.onlyWith === undefined
    ? undefined
    : [map.onlyWith].flat().map((m) => encoder.encode(m));
  let pending = "";
  // Whether the chunks so far ended on an event boundary: nothing pending, no partial character decoded.
  let atBoundary = true;
  return new TransformStream<Uint8Array, Uint8Array>(
    {
      transform(bytes, controller) {
        // The common chunk (one or more whole events, none the rewrite acts on) leaves as it came.
        if (
          markers && atBoundary && endsOnEventBoundary(bytes) && !markers.some((m) => includesAscii(bytes, m))
        ) {
          return controller.enqueue(bytes);
        }
        pending += decoder.decode(bytes, { stream: true });
        const events = pending.split("\n\n");
        pending = events.pop() ?? "";
        // Ending on an ASCII newline, the decoder holds no partial character.
        atBoundary = pending === "" && bytes[bytes.length - 1] === NEWLINE;
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
  // One rewrite is itself (keeping its `onlyWith`).
  if (rewrites.length === 1) return rewrites[0]!;
  const composed = (event: string) =>
    rewrites.reduce<string | undefined>((e, rewrite) => e === undefined ? e : rewrite(e), event);
  // An event without any rewrite's text passes each of them unchanged, so it passes all of them unchanged.
  const markers = rewrites.map((rewrite) => rewrite.onlyWith);
  if (markers.some((m) => m === undefined)) return composed;
  return Object.assign(composed, { onlyWith: markers.flat() as string[] });
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
