/** Removes reasoning from streamed META answers, whose clients want only the requested output. */

import { mapSseEvents } from "./map_sse_events.ts";
import { toMetaContent } from "./shape_answer.ts";

const OPEN = "<think>";
const CLOSE = "</think>";

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
 * from `delta.content`. Other events (usage, `[DONE]`, errors) pass unchanged; `mapSseEvents` keeps the
 * pacing. When no content came
 * at all, the reasoning held back is sent as the content of the finishing chunk: with thinking off some
 * reasoning parsers still send the whole answer as reasoning deltas (the non-streaming
 * `cleanMetaCompletion` does the same), and a META client would otherwise get an empty answer.
 */
export function stripThinkFromSse(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(mapSseEvents(createThinkStripper()));
}

/** {@linkcode stripThinkFromSse}'s rewrite of one SSE event, with its state, for composing with other rewrites. */
export function createThinkStripper(): (event: string) => string {
  const filter = createThinkFilter();
  let sawContent = false;
  let heldReasoning = "";
  const rewrite = (event: string): string => {
    if (!event.startsWith("data: ") || event === "data: [DONE]") return event;
    let chunk: { choices?: Array<{ delta?: Delta }> };
    try {
      chunk = JSON.parse(event.slice(6));
    } catch {
      return event;
    }
    for (const choice of (chunk.choices ?? []) as Array<{ delta?: Delta; "finish_reason"?: unknown }>) {
      const delta = choice.delta;
      if (!delta) continue;
      const reasoning = delta.reasoning ?? delta["reasoning_content"];
      if (!sawContent && typeof reasoning === "string") heldReasoning += reasoning;
      delete delta.reasoning;
      delete delta["reasoning_content"];
      if (typeof delta.content === "string") delta.content = filter(delta.content);
      if (typeof delta.content === "string" && delta.content.trim() !== "") sawContent = true;
      if (choice.finish_reason != null && !sawContent && heldReasoning.trim() !== "") {
        delta.content = toMetaContent(heldReasoning);
        sawContent = true;
      }
    }
    return `data: ${JSON.stringify(chunk)}`;
  };
  return rewrite;
}
