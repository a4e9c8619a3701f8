import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { createLogger } from "../src/logger.ts";
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

Deno.test("a non-streaming body that breaks off is a 502 upstream_error, and falls back when the plan can", async () => {
  const lines: string[] = [];
  await using router = await startTestRouter({
    logger: createLogger({ level: "info", write: (line) => lines.push(line) }),
  });
  router.upstreams.primary.behaviour.failure = { kind: "break-body" };
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.InternalServerError);
      equal(error.status, 502);
      equal(error.code, "upstream_error");
      match(error.message, /Backend "primary" broke off its answer/);
      return true;
    },
  );
  equal(router.sessions[0]?.status, 502);
  ok(!lines.some((line) => line.includes("Unhandled error")), lines.join("\n"));

  router.upstreams.primary.behaviour.failure = null;
  router.upstreams.cloud.behaviour.failure = { kind: "break-body" };
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove the theorem" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(data.choices[0]?.message.content ?? "", /^_Answered by primary because cloud did not answer\._/);
  equal(router.sessions[1]?.steps.map((s) => [s.provider, s.status]).join(), "cloud,502,primary,200");
});

Deno.test("an upstream 200 whose body is not JSON is a 502 quoting what came back, cut", async () => {
  await using router = await startTestRouter();
  const page = `<html><body>${"Bad gateway page ".repeat(1_000)}</body></html>`;
  router.upstreams.primary.behaviour.failure = { kind: "not-json", body: page, contentType: "text/html" };
  for (const path of ["chat/completions", "completions"]) {
    const response = await fetch(`${router.baseUrl}/v1/${path}`, {
      method: "POST",
      body: JSON.stringify({ model: "ai-router", messages: hi, prompt: "hi" }),
    });
    equal(response.status, 502, path);
    equal(response.headers.get("content-type"), "application/json");
    const { error } = await response.json();
    equal(error.code, "upstream_error");
    match(
      error.message,
      /^Backend "primary" answered 200 \(text\/html\) with a body that is not a JSON object: "<html>/,
    );
    ok(error.message.length < 500, `the quote is cut (${error.message.length} characters)`);
  }
  deepEqual(router.sessions.map((s) => s.status), [502, 502]);
  match(router.sessions[0]?.error ?? "", /not a JSON object: "<html><body>Bad gateway/);
});

Deno.test("a client that leaves a non-streaming request after the headers cancels the upstream read", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "slow-body", delayMs: 10_000 };
  const controller = new AbortController();
  const pending = fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", messages: hi }),
    signal: controller.signal,
  }).catch((error) => error);
  for (let i = 0; i < 100 && router.upstreams.primary.requests.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  // The simulator sends its headers at once; this leaves them time to reach the router.
  await new Promise((r) => setTimeout(r, 200));
  controller.abort();
  await pending;
  const upstream = router.upstreams.primary.requests[0];
  for (let i = 0; i < 100 && !upstream?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(upstream?.aborted, "the simulator saw its body read cancelled");
  equal(upstream?.completed, false);
  for (let i = 0; i < 100 && router.sessions.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  equal(router.sessions[0]?.status, 499);
});

Deno.test("a non-streaming body that stalls after its headers is a 504 once idleMs passes, and the read is cut", async () => {
  // The test router's primary has `idleMs: 2000`; the simulator sends its headers and a space, then waits.
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = { kind: "slow-body", delayMs: 10_000 };
  await rejects(
    router.client.chat.completions.create({ model: "ai-router", messages: hi }),
    (error: unknown) => {
      ok(error instanceof OpenAI.APIError);
      equal(error.status, 504);
      equal(error.code, "upstream_timeout");
      match(error.message, /Backend "primary" stalled while answering/);
      return true;
    },
  );
  const upstream = router.upstreams.primary.requests[0];
  for (let i = 0; i < 100 && !upstream?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(upstream?.aborted, "the simulator saw its body read cut");
  equal(router.sessions[0]?.status, 504);
});
