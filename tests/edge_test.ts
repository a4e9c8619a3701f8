import { equal, match, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const chatBody = JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });

Deno.test("every response carries x-request-id, and a caller's own id is echoed", async () => {
  await using router = await startTestRouter();
  const generated = await fetch(`${router.baseUrl}/v1/models`);
  await generated.body?.cancel();
  match(generated.headers.get("x-request-id") ?? "", /^req_[0-9a-f]{32}$/);

  const echoed = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: chatBody,
    headers: { "x-request-id": "trace-123" },
  });
  await echoed.body?.cancel();
  equal(echoed.headers.get("x-request-id"), "trace-123");
  // Each upstream hop carries the caller's id plus its own suffix (vLLM refuses an id already in flight).
  equal(router.upstreams.primary.requests[0]?.headers.get("x-request-id"), "trace-123-ans");
  equal(router.upstreams.classifier.requests[0]?.headers.get("x-request-id"), "trace-123-cls");

  const missing = await fetch(`${router.baseUrl}/nope`);
  equal(missing.status, 404);
  ok(missing.headers.get("x-request-id"));
  const body = await missing.json();
  equal(body.error.message, "Invalid URL (GET /nope)");
});

Deno.test("CORS preflight allows browser clients to send Authorization", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "OPTIONS",
    headers: {
      origin: "http://webui.local:3000",
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    },
  });
  await response.body?.cancel();
  equal(response.status, 204);
  equal(response.headers.get("access-control-allow-origin"), "http://webui.local:3000");
  match(response.headers.get("access-control-allow-headers") ?? "", /authorization/i);
  match(response.headers.get("access-control-allow-methods") ?? "", /POST/);
});

Deno.test("CORS answers only configured origins when the list is closed", async () => {
  await using router = await startTestRouter({
    extraYaml: `server: { corsOrigins: ["http://allowed.local"] }`,
  });
  const allowed = await fetch(`${router.baseUrl}/v1/models`, { headers: { origin: "http://allowed.local" } });
  await allowed.body?.cancel();
  equal(allowed.headers.get("access-control-allow-origin"), "http://allowed.local");
  const other = await fetch(`${router.baseUrl}/v1/models`, { headers: { origin: "http://evil.local" } });
  await other.body?.cancel();
  equal(other.headers.get("access-control-allow-origin"), null);
});

Deno.test("a body over the limit gets 413 in OpenAI format, declared or streamed", async () => {
  await using router = await startTestRouter({ extraYaml: `server: { maxBodyBytes: 1024 }` });
  const big = JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "x".repeat(2000) }] });
  const declared = await fetch(`${router.baseUrl}/v1/chat/completions`, { method: "POST", body: big });
  equal(declared.status, 413);
  const body = await declared.json();
  equal(body.error.type, "invalid_request_error");
  equal(body.error.code, "request_too_large");

  const chunked = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: ReadableStream.from([new TextEncoder().encode(big)]),
  });
  equal(chunked.status, 413);
  await chunked.body?.cancel();
  equal(router.upstreams.primary.requests.length, 0);
});
