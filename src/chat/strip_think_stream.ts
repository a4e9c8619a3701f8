/** Removes reasoning from streamed META answers, whose clients want only the requested output. */

const OPEN = "<think>";
const CLOSE = "</think>";
const encoder = new TextEncoder();

/** How much of `text`'s end could be the start of `tag`, to hold back until the next chunk. */
function partialTagLength(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
    if (tag.startsWith(text.slice(-length))) return length;
  }
  return 0;
}

/** A filter over streamed content that drops `<think>…</think>`, tags split across chunks included. */
export function createThinkFilter(): (content: string) => string {
  let thinking = false;
  let carry = "";
  return (content) => {
    let text = carry + content;
    carry = "";
    let out = "";
    while (text !== "") {
      const tag = thinking ? CLOSE : OPEN;
      const at = text.indexOf(tag);
      if (at === -1) {
        const held = partialTagLength(text, tag);
        if (!thinking) out += text.slice(0, text.length - held);
        carry = text.slice(text.length - held);
        break;
      }
      if (!thinking) out += text.slice(0, at);
      thinking = !thinking;
      text = text.slice(at + tag.length);
      if (!thinking) text = text.replace(/^\s+/, "");
    }
    return out;
  };
}

type Delta = Record<string, unknown>;

/**
 * Rewrites an OpenAI SSE stream: `reasoning`/`reasoning_content` deltas dropped and `<think>` blocks cut
 * from `delta.content`. Other events (usage, `[DONE]`, errors) pass unchanged. Events are split on blank
 * lines across chunk boundaries; one output chunk per input chunk, so pacing is kept.
 */
export function stripThinkFromSse(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const filter = createThinkFilter();
  let pending = "";
  const rewrite = (event: string): string => {
    if (!event.startsWith("data: ") || event === "data: [DONE]") return event;
    let chunk: { choices?: Array<{ delta?: Delta }> };
    try {
      chunk = JSON.parse(event.slice(6));
    } catch {
      return event;
    }
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta;
      if (!delta) continue;
      delete delta.reasoning;
      delete delta["reasoning_content"];
      if (typeof delta.content === "string") delta.content = filter(delta.content);
    }
    return `data: ${JSON.stringify(chunk)}`;
  };
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>(
      {
        transform(bytes, controller) {
          pending += decoder.decode(bytes, { stream: true });
          const events = pending.split("\n\n");
          pending = events.pop() ?? "";
          if (events.length > 0) {
            controller.enqueue(encoder.encode(events.map(rewrite).join("\n\n") + "\n\n"));
          }
        },
        flush(controller) {
          if (pending !== "") controller.enqueue(encoder.encode(rewrite(pending)));
        },
      },
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
}
