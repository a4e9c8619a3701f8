import { deepEqual, equal } from "node:assert/strict";
import { composeSseRewrites, mapSseEvents, prependChunk } from "./map_sse_events.ts";

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
