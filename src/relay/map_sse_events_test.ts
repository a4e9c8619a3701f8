import { deepEqual, equal } from "node:assert/strict";
import { composeSseRewrites, mapSseEvents, prependChunk, type SseEventRewrite } from "./map_sse_events.ts";
import { dropUsageEvent } from "./drop_usage_event.ts";
import { dropEmptyToolCallsEvent } from "./drop_empty_tool_calls.ts";

const encoder = new TextEncoder();
const bytes = (...parts: string[]) => ReadableStream.from(parts.map((part) => encoder.encode(part)));
const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

Deno.test("mapSseEvents() rewrites whole events, joining one split across chunks, and drops undefined", async () => {
  const seen: string[] = [];
  const out = bytes("data: 1\n\ndata: ", "2\n\ndata: 3\n\n").pipeThrough(mapSseEvents((event) => {
    seen.push(event);
    return event === "data: 2" ? undefined : event.toUpperCase();
  }));
  equal(await read(out), "DATA: 1\n\nDATA: 3\n\n");
  deepEqual(seen, ["data: 1", "data: 2", "data: 3"]);
});

Deno.test("composeSseRewrites() runs rewrites in order and stops at the first that drops the event", () => {
  const calls: string[] = [];
  const rewrite = composeSseRewrites(
    (event) => (calls.push(`a:${event}`), event === "drop" ? undefined : `${event}!`),
    (event) => (calls.push(`b:${event}`), event),
  );
  equal(rewrite("x"), "x!");
  equal(rewrite("drop"), undefined);
  deepEqual(calls, ["a:x", "b:x!", "a:drop"]);
});

Deno.test("prependChunk() sends its chunk before the stream's first", async () => {
  const out = bytes("data: 1\n\n").pipeThrough(prependChunk(encoder.encode(": note\n\n")));
  equal(await read(out), ": note\n\ndata: 1\n\n");
});

Deno.test("with onlyWith, a chunk of whole events without that text leaves as the same bytes, undecoded", async () => {
  const chunks = [
    encoder.encode('data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n'),
    encoder.encode("data: [DONE]\n\n"),
  ];
  const out: Uint8Array[] = [];
  for await (const chunk of ReadableStream.from(chunks).pipeThrough(mapSseEvents(dropUsageEvent))) {
    out.push(chunk);
  }
  equal(out.length, 2);
  equal(out[0], chunks[0]);
  equal(out[1], chunks[1]);
});

Deno.test("with onlyWith, every way of cutting a stream into chunks gives what the decoding path gives", async () => {
  const usage = 'data: {"choices":[],"usage":{"prompt_tokens":3}}';
  const text =
    `data: {"choices":[{"delta":{"content":"é€"}}]}\n\n\n${usage}\n\n\n\ndata: x\n\n${usage}\n\ndata: [DONE]\n\n`;
  const all = encoder.encode(text);
  const decoding: SseEventRewrite = (event) => dropUsageEvent(event);
  const run = async (map: SseEventRewrite, cuts: number[]) => {
    const parts = [0, ...cuts, all.length].slice(1).map((end, n, ends) =>
      all.slice(n === 0 ? 0 : ends[n - 1], end)
    );
    return await read(ReadableStream.from(parts).pipeThrough(mapSseEvents(map)));
  };
  for (let a = 1; a < all.length; a++) {
    for (const b of [a + 1, a + 7, all.length - 2]) {
      const cuts = b > a && b < all.length ? [a, b] : [a];
      equal(await run(dropUsageEvent, cuts), await run(decoding, cuts), `cut at ${cuts}`);
    }
  }
});

Deno.test("composeSseRewrites() keeps the fast path when every rewrite names its text", async () => {
  const composed = composeSseRewrites(dropUsageEvent, dropEmptyToolCallsEvent);
  deepEqual(composed.onlyWith, ['"usage"', '"tool_calls"']);
  equal(composeSseRewrites(dropUsageEvent, (event) => event).onlyWith, undefined);
  const plain = encoder.encode('data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n');
  const out: Uint8Array[] = [];
  for await (const chunk of ReadableStream.from([plain]).pipeThrough(mapSseEvents(composed))) out.push(chunk);
  equal(out[0], plain);
  const empty = 'data: {"choices":[{"delta":{"content":"Hi","tool_calls":[]}}]}\n\n';
  equal(
    await read(bytes(empty).pipeThrough(mapSseEvents(composed))),
    'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n',
  );
});
