import { deepEqual, equal, match } from "node:assert/strict";
import { relaySse } from "./relay_sse.ts";

const encoder = new TextEncoder();

function toUpstream(chunks: string[], options: { cancelled?: () => void } = {}): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel: () => options.cancelled?.(),
  });
}

async function relay(chunks: string[]) {
  const seen: string[] = [];
  const ends: Array<string | undefined> = [];
  const body = relaySse(toUpstream(chunks), {
    backendName: "primary",
    idleMs: 60_000,
    onChunk: (chunk) => seen.push(new TextDecoder().decode(chunk)),
    onEnd: (error) => ends.push(error),
  });
  return { text: await new Response(body).text(), seen, ends };
}

Deno.test("relaySse() relays every chunk as it came and ends cleanly after data: [DONE]", async () => {
  const chunks = ['data: {"a":1}\n\n', 'data: {"a":2}\n\ndata: [DO', "NE]\n\n"];
  const { text, seen, ends } = await relay(chunks);
  equal(text, chunks.join(""));
  deepEqual(seen, chunks);
  deepEqual(ends, [undefined]);
});

Deno.test("relaySse() ends a stream closed before data: [DONE] with one OpenAI error event", async () => {
  const { text, ends } = await relay(['data: {"a":1}\n\n']);
  const last = text.trim().split("\n\n").at(-1)!;
  const event = JSON.parse(last.slice("data: ".length));
  deepEqual(Object.keys(event.error).sort(), ["code", "message", "param", "type"]);
  equal(event.error.code, "upstream_error");
  match(ends[0]!, /closed the stream early/);
});

Deno.test("relaySse() cancels the upstream read when the client goes away", async () => {
  let cancelled = false;
  const ends: Array<string | undefined> = [];
  const body = relaySse(
    toUpstream(['data: {"a":1}\n\n', 'data: {"a":2}\n\n'], { cancelled: () => cancelled = true }),
    {
      backendName: "primary",
      idleMs: 60_000,
      onEnd: (error) => ends.push(error),
    },
  );
  const reader = body.getReader();
  await reader.read();
  await reader.cancel();
  equal(cancelled, true);
  deepEqual(ends, ["cancelled"]);
});

Deno.test("relaySse() ends a stream the router's stop cuts with one 503 error event", async () => {
  const closing = new AbortController();
  const ends: Array<string | undefined> = [];
  // An upstream that sends one chunk and then stays silent.
  const silent = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode('data: {"a":1}\n\n')),
  });
  const body = relaySse(silent, {
    backendName: "primary",
    idleMs: 60_000,
    closing: closing.signal,
    onEnd: (error) => ends.push(error),
  });
  const reader = body.getReader();
  await reader.read();
  closing.abort();
  const { value } = await reader.read();
  const event = JSON.parse(new TextDecoder().decode(value).slice("data: ".length));
  equal(event.error.code, "backend_unavailable");
  match(event.error.message, /shutting down: the stream from "primary" was cut/);
  equal((await reader.read()).done, true);
  match(ends[0]!, /shutting down/);
});
