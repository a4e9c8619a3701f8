import { deepEqual, equal, rejects } from "node:assert/strict";
import { encodeEvent, WyomingReader } from "./wyoming_framing.ts";

const encoder = new TextEncoder();

/** A stream that delivers the bytes in chunks of `size`, like TCP segments cut anywhere. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

Deno.test("encodeEvent() writes a header line, the data block and the payload", () => {
  const bytes = encodeEvent({ type: "audio-chunk", data: { rate: 16000 }, payload: new Uint8Array([1, 2]) });
  const text = new TextDecoder().decode(bytes);
  const header = JSON.parse(text.slice(0, text.indexOf("\n")));
  deepEqual(header, { type: "audio-chunk", version: "1.5.2", "data_length": 14, "payload_length": 2 });
  equal(text.slice(text.indexOf("\n") + 1, text.indexOf("\n") + 15), '{"rate":16000}');
  deepEqual([...bytes.slice(-2)], [1, 2]);
});

Deno.test("WyomingReader reads events split across any segment boundaries", async () => {
  const events = [
    encodeEvent({ type: "audio-start", data: { rate: 22050, width: 2, channels: 1 } }),
    encodeEvent({ type: "audio-chunk", data: {}, payload: new Uint8Array(3000).fill(7) }),
    encodeEvent({ type: "audio-stop", data: {} }),
  ];
  const all = new Uint8Array(events.reduce((n, e) => n + e.length, 0));
  let offset = 0;
  for (const event of events) {
    all.set(event, offset);
    offset += event.length;
  }
  for (const size of [1, 7, 100, 100_000]) {
    const reader = new WyomingReader(chunked(all, size));
    deepEqual((await reader.read())?.data, { rate: 22050, width: 2, channels: 1 });
    const chunk = await reader.read();
    equal(chunk?.payload?.length, 3000);
    equal((await reader.read())?.type, "audio-stop");
    equal(await reader.read(), null);
  }
});

Deno.test("WyomingReader merges the data block over inline header data", async () => {
  const line = encoder.encode(
    '{"type":"transcript","data":{"text":"old","language":"en"},"data_length":14}\n',
  );
  const block = encoder.encode('{"text":"new"}');
  const reader = new WyomingReader(chunked(new Uint8Array([...line, ...block]), 5));
  deepEqual((await reader.read())?.data, { text: "new", language: "en" });
});

Deno.test("WyomingReader fails on invalid JSON and on a stream cut inside an event", async () => {
  await rejects(new WyomingReader(chunked(encoder.encode("not json\n"), 4)).read(), SyntaxError);
  const cut = encodeEvent({ type: "audio-chunk", data: {}, payload: new Uint8Array(100) }).slice(0, 60);
  await rejects(new WyomingReader(chunked(cut, 10)).read(), /closed inside/);
});
