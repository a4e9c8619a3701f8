import { equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

const hi = [{ role: "user" as const, content: "hi" }];

Deno.test("an upstream 500 becomes a 502 server error", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "status", status: 500 };
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.InternalServerError);
      equal(error.status, 502);
      equal(error.code, "upstream_error");
      match(error.message, /Backend "primary" failed with status 500/);
      ok(error.requestID);
      return true;
    },
  );
});

Deno.test("an upstream's own 400 passes through with its message", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = {
    kind: "status",
    status: 400,
    body: {
      error: { message: "This model's maximum context length is 32768 tokens", type: "BadRequestError" },
    },
  };
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.BadRequestError);
      match(error.message, /maximum context length/);
      return true;
    },
  );
});

Deno.test("a refused connection becomes a 502", async () => {
  await using router = await startTestRouter();
  await router.upstreams.primary.stop();
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.InternalServerError);
      equal(error.status, 502);
      match(error.message, /Cannot reach backend "primary"/);
      return true;
    },
  );
});

Deno.test("an upstream that never answers becomes a 504 after the first-byte timeout", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "stall" };
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.APIError);
      equal(error.status, 504);
      equal(error.code, "upstream_timeout");
      return true;
    },
  );
});

Deno.test("ai_router_requests_total counts every answer once, with the status the client got", async () => {
  await using router = await startTestRouter();
  const scrape = async () => await (await fetch(`${router.baseUrl}/metrics`)).text();
  router.upstreams.primary.behaviour.failure = { kind: "stall" };
  await rejects(router.client.chat.completions.create({ model: "ai-router", messages: hi }));
  router.upstreams.primary.behaviour.failure = null;
  await rejects(router.client.chat.completions.create({ model: "ai-router", messages: [] }));
  await rejects(router.client.chat.completions.create({ model: "no-such-model", messages: hi }));
  await router.client.chat.completions.create({ model: "ai-router", messages: hi });
  const metrics = await scrape();
  match(
    metrics,
    /ai_router_requests_total\{route="SIMPLE",backend="primary",user="anonymous",status="504"\} 1$/m,
  );
  match(
    metrics,
    /ai_router_requests_total\{route="SIMPLE",backend="primary",user="anonymous",status="200"\} 1$/m,
  );
  match(
    metrics,
    /ai_router_requests_total\{route="rejected",backend="none",user="anonymous",status="400"\} 1$/m,
  );
  match(
    metrics,
    /ai_router_requests_total\{route="rejected",backend="none",user="anonymous",status="404"\} 1$/m,
  );
  equal(metrics.match(/^ai_router_requests_total\{/gm)?.length, 4);
});

Deno.test("a stream dropped mid-way ends with one SSE error event the SDK throws", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "drop", afterChunks: 3 };
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: hi,
    stream: true,
  });
  const received: string[] = [];
  await rejects(
    (async () => {
      for await (const chunk of stream) received.push(chunk.choices[0]?.delta.content ?? "");
    })(),
    (error: unknown) => {
      ok(error instanceof OpenAI.APIError);
      match(error.message, /closed the stream early/);
      return true;
    },
  );
  equal(received.length, 3, "the chunks before the failure arrive");
});

Deno.test("a stream that stalls mid-way ends with an idle-timeout error event", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "stall-stream", afterChunks: 2 };
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", stream: true, messages: hi }),
  });
  equal(response.status, 200);
  const body = await response.text();
  match(body, /data: \{"error":\{"message":"Backend \\"primary\\" stalled mid-stream"/);
  ok(!body.includes("[DONE]"));
});

Deno.test("a client that disconnects mid-stream cancels the upstream request", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 50 } } });
  const controller = new AbortController();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", stream: true, messages: hi }),
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => {});
  const upstream = router.upstreams.primary.requests[0];
  for (let i = 0; i < 100 && !upstream?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(upstream?.aborted, "the simulator saw the request cancelled");
  equal(upstream?.completed, false);
});

Deno.test("a client that gives up before the first byte cancels the upstream request", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { ttftMs: 5_000 } } });
  const controller = new AbortController();
  const pending = fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", messages: hi }),
    signal: controller.signal,
  }).catch((error) => error);
  for (let i = 0; i < 100 && router.upstreams.primary.requests.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  controller.abort();
  await pending;
  const upstream = router.upstreams.primary.requests[0];
  for (let i = 0; i < 100 && !upstream?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(upstream?.aborted);
});
