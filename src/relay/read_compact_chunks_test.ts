import { deepEqual, equal } from "node:assert/strict";
import { readCompactChunks } from "./read_compact_chunks.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = readCompactChunks(body);
  const chunks: Uint8Array[] = [];
  for (let result = await reader.read(); !result.done; result = await reader.read()) {
    chunks.push(result.value);
  }
  return chunks;
}

Deno.test("a fetch body's chunks come out whole and right-sized, not as views of 64 KiB read buffers", async () => {
  const events = ["data: 1\n\n", "data: 2\n\n", "data: [DONE]\n\n"];
  await using server = Deno.serve({ port: 0, onListen: () => {} }, () =>
    new Response(
      new ReadableStream({
        async start(controller) {
          for (const event of events) {
            controller.enqueue(encoder.encode(event));
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          controller.close();
        },
      }),
    ));
  const response = await fetch(`http://127.0.0.1:${server.addr.port}/`);
  const chunks = await readAll(response.body!);
  equal(chunks.map((c) => decoder.decode(c)).join(""), events.join(""));
  for (const chunk of chunks) equal(chunk.buffer.byteLength, chunk.byteLength);
});

Deno.test("a body that is not a byte stream is read as it is", async () => {
  const body = ReadableStream.from([encoder.encode("a"), encoder.encode("b")]);
  deepEqual((await readAll(body)).map((c) => decoder.decode(c)), ["a", "b"]);
});
