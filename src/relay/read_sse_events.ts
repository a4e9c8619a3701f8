/** One server-sent event as the relay reads it: its `data` lines joined, or a comment line. */
export interface SseEvent {
  /** The event's `data:` lines joined by `\n` (undefined for a comment-only event). */
  data?: string;
  /** The `event:` field, when the upstream names its events (the Responses API does). */
  event?: string;
  /** A comment line's text (`: waiting for …`), keep-alives the router or an upstream sends. */
  comment?: string;
}

/** Parses one event block (the text between blank lines) per the WHATWG event-stream rules. */
export function parseSseEvent(block: string): SseEvent | undefined {
  const event: SseEvent = {};
  const data: string[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === "") continue;
    if (line.startsWith(":")) {
      event.comment = line.slice(1).trimStart();
      continue;
    }
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event.event = value;
  }
  if (data.length > 0) event.data = data.join("\n");
  return event.data === undefined && event.comment === undefined ? undefined : event;
}

/**
 * The one SSE reader: bytes in, whole events out, events split across chunks joined first. Blank lines
 * end an event (`\n\n`, `\r\n\r\n` or `\r\r`).
 */
export function readSseEvents(): TransformStream<Uint8Array, SseEvent> {
  const decoder = new TextDecoder();
  let pending = "";
  const emit = (block: string, controller: TransformStreamDefaultController<SseEvent>) => {
    const event = parseSseEvent(block);
    if (event) controller.enqueue(event);
  };
  return new TransformStream<Uint8Array, SseEvent>(
    {
      transform(bytes, controller) {
        pending += decoder.decode(bytes, { stream: true });
        const blocks = pending.split(/\r\n\r\n|\n\n|\r\r/);
        pending = blocks.pop() ?? "";
        for (const block of blocks) emit(block, controller);
      },
      flush(controller) {
        pending += decoder.decode();
        if (pending.trim() !== "") emit(pending, controller);
      },
    },
    { highWaterMark: 1 },
    { highWaterMark: 0 },
  );
}
