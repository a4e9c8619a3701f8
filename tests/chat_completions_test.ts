import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

Deno.test("POST /v1/chat/completions answers without streaming through the primary backend", async () => {
  await using router = await startTestRouter();
  const { data: completion, response, request_id: requestId } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
  }).withResponse();
  equal(response.status, 200);
  match(response.headers.get("content-type") ?? "", /application\/json/);
  equal(response.headers.get("x-ai-router-backend"), "primary");
  ok(requestId);
  equal(completion.object, "chat.completion");
  match(completion.choices[0]?.message.content ?? "", /You asked: "hi"/);
  equal(completion.choices[0]?.finish_reason, "stop");
  ok((completion.usage?.total_tokens ?? 0) > 0);
  equal(router.upstreams.primary.requests.length, 1);
});

Deno.test("POST /v1/chat/completions streams chunks in order and ends with the usage chunk", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 1 } } });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "count for me" }],
    stream: true,
    stream_options: { include_usage: true },
  });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
  match(text, /You asked: "count for me"/);
  equal(chunks[0]?.choices[0]?.delta.role, "assistant");
  const last = chunks.at(-1);
  deepEqual(last?.choices, []);
  ok((last?.usage?.completion_tokens ?? 0) > 0);
  equal(chunks.at(-2)?.choices[0]?.finish_reason, "stop");
});

Deno.test("POST /v1/chat/completions relays the raw SSE body with [DONE] last", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", stream: true, messages: [{ role: "user", content: "hi" }] }),
  });
  equal(response.status, 200);
  match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
  const body = await response.text();
  ok(body.trimEnd().endsWith("data: [DONE]"));
  ok(!body.includes('"usage"'), "no usage chunk unless asked for");
});

Deno.test("POST /v1/chat/completions accepts what real clients send", async () => {
  await using router = await startTestRouter();
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [
      { role: "developer", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "What is the weather?" }] },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "weather", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "call_1", content: "sunny" },
      { role: "user", content: "thanks" },
    ],
    max_completion_tokens: 500,
    tools: [{ type: "function", function: { name: "weather", parameters: { type: "object" } } }],
    tool_choice: "auto",
    parallel_tool_calls: false,
    stop: "END",
    // @ts-expect-error: vendor extras are passed through
    chat_template_kwargs: { enable_thinking: false },
    unknown_field: 1,
  });
  equal(completion.object, "chat.completion");
  const sent = router.upstreams.primary.requests[0]?.body ?? {};
  equal(sent.model, "sim-primary");
  deepEqual(sent.chat_template_kwargs, { enable_thinking: false });
  equal((sent.tools as unknown[]).length, 1);
});

Deno.test("POST /v1/chat/completions with an alias goes straight to that backend", async () => {
  await using router = await startTestRouter();
  const { data, response } = await router.client.chat.completions.create({
    model: "cloud",
    messages: [{ role: "user", content: "hi" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  equal(data.model, "sim-cloud");
  equal(router.upstreams.cloud.requests[0]?.headers.get("authorization"), "Bearer test-cloud-key");
});

Deno.test("POST /v1/chat/completions rejects malformed requests with 400 naming the param", async () => {
  await using router = await startTestRouter();
  const cases: Array<[unknown, string]> = [
    [{ model: "ai-router" }, "messages"],
    [{ model: "ai-router", messages: [] }, "messages"],
    [{ model: "ai-router", messages: [{ role: "wizard", content: "hi" }] }, "messages.0.role"],
    [{ model: "ai-router", messages: [{ role: "user", content: 5 }] }, "messages.0.content"],
    [{ model: "ai-router", messages: [{ role: "user", content: "hi" }], temperature: "hot" }, "temperature"],
    [{ model: "ai-router", messages: [{ role: "user", content: "hi" }], stream: "yes" }, "stream"],
  ];
  for (const [body, param] of cases) {
    const error = await router.client.chat.completions.create(body as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    ok(error instanceof OpenAI.BadRequestError, `expected 400 for ${param}`);
    equal(error.status, 400);
    equal(error.param, param);
    equal(error.type, "invalid_request_error");
    ok(error.requestID);
  }
  equal(router.upstreams.primary.requests.length, 0);
});

Deno.test("POST /v1/chat/completions rejects a body that is not JSON", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, { method: "POST", body: "{oops" });
  equal(response.status, 400);
  equal(response.headers.get("x-should-retry"), "false");
  const body = await response.json();
  equal(body.error.code, "invalid_json");
  deepEqual(Object.keys(body.error).sort(), ["code", "message", "param", "type"]);
});

Deno.test("POST /v1/chat/completions answers 404 for an unknown model", async () => {
  await using router = await startTestRouter();
  await rejects(
    router.client.chat.completions.create({ model: "gpt-9", messages: [{ role: "user", content: "hi" }] }),
    (error: unknown) => {
      ok(error instanceof OpenAI.NotFoundError);
      equal(error.code, "model_not_found");
      equal(error.param, "model");
      return true;
    },
  );
});
