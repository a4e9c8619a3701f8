import { equal, match, ok, rejects } from "node:assert/strict";
import { ApiError } from "../api_error.ts";
import { readUpstreamBody, readUpstreamJson, toOwnedBytes } from "./read_upstream_json.ts";

const encoder = new TextEncoder();
const options = { backendName: "primary", idleMs: 60_000 };

/** An upstream answer whose abort is recorded (a real one cuts the connection). */
function toUpstream(response: Response) {
  const aborted: unknown[] = [];
  return { upstream: { response, abort: (reason?: unknown) => void aborted.push(reason) }, aborted };
}

Deno.test("readUpstreamJson() answers a body that is not a JSON object with a 502 quoting it", async () => {
  const { upstream } = toUpstream(
    new Response("<html>oops</html>", { headers: { "content-type": "text/html" } }),
  );
  await rejects(readUpstreamJson(upstream, options), (error: ApiError) => {
    equal(error.status, 502);
    match(
      error.message,
      /^Backend "primary" answered 200 \(text\/html\) with a body that is not a JSON object: "<html>oops/,
    );
    return true;
  });
});

Deno.test("readUpstreamBody() refuses a body over its cap, declared or counted, and cuts the exchange", async () => {
  const declared = toUpstream(new Response("x".repeat(100), { headers: { "content-length": "100" } }));
  await rejects(readUpstreamBody(declared.upstream, { ...options, maxBytes: 10 }), /over 10 bytes/);
  equal(declared.aborted.length, 1);
  const counted = toUpstream(
    new Response(ReadableStream.from([encoder.encode("x".repeat(8)), encoder.encode("y".repeat(8))])),
  );
  await rejects(readUpstreamBody(counted.upstream, { ...options, maxBytes: 10 }), /over 10 bytes/);
  equal(counted.aborted.length, 1);
  const fits = toUpstream(new Response(ReadableStream.from([encoder.encode("12345")])));
  equal(
    new TextDecoder().decode(await readUpstreamBody(fits.upstream, { ...options, maxBytes: 10 })),
    "12345",
  );
});

Deno.test("readUpstreamBody() cuts a body that stalls with a 504 that keeps what failed as its cause", async () => {
  let fail!: (error: Error) => void;
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => void (fail = (error) => controller.error(error)),
  });
  const upstream = {
    response: new Response(body, { headers: { "content-length": "5" } }),
    abort: () => fail(new Error("connection closed")),
  };
  await rejects(readUpstreamBody(upstream, { ...options, idleMs: 10 }), (error: ApiError) => {
    equal(error.status, 504);
    match(error.message, /stalled while answering/);
    ok(error.cause instanceof Error);
    return true;
  });
});

Deno.test("readUpstreamBody() gives the caller's abort reason when its signal aborts", async () => {
  const controller = new AbortController();
  const reason = new DOMException("client left", "AbortError");
  controller.abort(reason);
  const { upstream, aborted } = toUpstream(new Response("{}"));
  await rejects(
    readUpstreamBody(upstream, { ...options, signal: controller.signal }),
    (error) => error === reason,
  );
  equal(aborted.length, 1);
});

Deno.test("readUpstreamBody() copies a small body of undeclared length out of its read buffer, freed at once", async () => {
  const read = (headers: HeadersInit) => {
    const whole = encoder.encode('{"ok":true}').buffer;
    const response = new Response(null, { headers });
    Object.defineProperty(response, "body", { value: ReadableStream.from([]) });
    Object.defineProperty(response, "arrayBuffer", { value: () => Promise.resolve(whole) });
    return { whole, bytes: readUpstreamBody({ response, abort: () => {} }, options) };
  };
  const chunked = read({});
  const bytes = await chunked.bytes;
  equal(new TextDecoder().decode(bytes), '{"ok":true}');
  ok(chunked.whole.detached, "the buffer Deno read into is detached, so its memory goes now");
  // With a declared length Deno sized the buffer exactly: nothing to copy.
  const declared = read({ "content-length": "11" });
  equal((await declared.bytes).buffer, declared.whole);
  ok(!declared.whole.detached);
});

Deno.test("toOwnedBytes() returns a right-sized copy and detaches the original", () => {
  const whole = encoder.encode("12345").buffer;
  const bytes = toOwnedBytes(whole);
  equal(bytes.buffer.byteLength, 5);
  equal(new TextDecoder().decode(bytes), "12345");
  equal(whole.byteLength, 0);
});
