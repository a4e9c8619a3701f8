import { deepEqual } from "node:assert/strict";
import { parseSseEvent, readSseEvents } from "./read_sse_events.ts";

const encoder = new TextEncoder();

Deno.test("readSseEvents() joins events split across chunks and reads comments, names and CRLF endings", async () => {
  const parts = [
    ': waiting\n\nevent: response.created\ndata: {"a"',
    ":1}\r\n\r\ndata: x\ndata: y\n\ndata: tail",
  ];
  const events = await Array.fromAsync(
    ReadableStream.from(parts.map((part) => encoder.encode(part))).pipeThrough(readSseEvents()),
  );
  deepEqual(events, [
    { comment: "waiting" },
    { event: "response.created", data: '{"a":1}' },
    { data: "x\ny" },
    { data: "tail" },
  ]);
});

Deno.test("parseSseEvent() takes `data:` with or without its space and ignores unknown fields", () => {
  deepEqual(parseSseEvent("data:1\nid: 7\nretry: 5"), { data: "1" });
  deepEqual(parseSseEvent("id: 7"), undefined);
});
