/** Request and answer shapes real OpenAI-compatible clients send or rely on, beyond the spec's letter. */
import { deepEqual, equal, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startRouterWithExtras } from "./extra_upstreams.ts";
import { startTestRouter } from "./test_router.ts";

type Json = Record<string, unknown>;

/** The keys of `record` whose value is null. */
function nullKeys(record: unknown): string[] {
  return Object.entries(record as Json).filter(([, value]) => value === null).map(([key]) => key);
}

Deno.test("POST /v1/chat/completions with tools: [] reaches vLLM without the empty list", async () => {
  await using router = await startTestRouter();
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
    tools: [],
    tool_choice: "auto",
    parallel_tool_calls: true,
  });
  equal(completion.object, "chat.completion");
  const sent = router.upstreams.primary.requests.at(-1)?.body ?? {};
  deepEqual(["tools", "tool_choice", "parallel_tool_calls"].filter((key) => key in sent), []);
  ok(Array.isArray(sent.messages));
});

Deno.test("POST /v1/chat/completions leaves out vLLM's tool_calls: [] on a plain answer", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "hi" }] }),
  });
  equal(response.status, 200);
  const text = await response.text();
  equal(text.includes('"tool_calls"'), false);
  // The rest of the message is the upstream's, its null refusal included.
  deepEqual(Object.keys(JSON.parse(text).choices[0].message).slice(0, 3), ["role", "content", "refusal"]);
});

Deno.test("POST /v1/chat/completions still relays real tool calls, streamed or not", async () => {
  await using router = await startTestRouter();
  const tools = [{
    type: "function" as const,
    function: { name: "weather", parameters: { type: "object" } },
  }];
  const messages = [{ role: "user" as const, content: "What is the weather in Paris?" }];
  const completion = await router.client.chat.completions.create({ model: "ai-router", messages, tools });
  equal(completion.choices[0]?.message.tool_calls?.[0]?.type, "function");
  const stream = router.client.chat.completions.stream({ model: "ai-router", messages, tools });
  const final = await stream.finalChatCompletion();
  equal(final.choices[0]?.message.tool_calls?.length, 1);
});

Deno.test("POST /v1/chat/completions takes null optional fields as absent, as vLLM does", async () => {
  await using router = await startTestRouter();
  // What Python sends after `messages.append(resp.choices[0].message.model_dump())`.
  const assistant = {
    role: "assistant",
    content: "Hello!",
    refusal: null,
    annotations: null,
    audio: null,
    "function_call": null,
    "tool_calls": null,
    name: null,
  };
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [
      { role: "user", content: "hi", name: null },
      assistant,
      { role: "user", content: "and now?", "tool_call_id": null },
    ],
    tools: null,
    "tool_choice": null,
    "parallel_tool_calls": null,
    "response_format": null,
    temperature: null,
  } as never);
  equal(completion.object, "chat.completion");
  const sent = router.upstreams.primary.requests.at(-1)?.body ?? {};
  // The sampling fields always took null; the newly accepted nulls are not passed on.
  deepEqual(nullKeys(sent), ["temperature"]);
  for (const message of sent.messages as unknown[]) deepEqual(nullKeys(message), []);
});

Deno.test("POST /v1/chat/completions still refuses a wrong type in those fields, naming it", async () => {
  await using router = await startTestRouter();
  const user = { role: "user", content: "hi" };
  const cases: Array<[Json, string]> = [
    [{ messages: [user], tools: "none" }, "tools"],
    [{ messages: [user], "parallel_tool_calls": "yes" }, "parallel_tool_calls"],
    [{ messages: [user], "response_format": "json" }, "response_format"],
    [{ messages: [user, { role: "assistant", content: "", "tool_calls": "x" }] }, "messages.1.tool_calls"],
    [{ messages: [{ ...user, name: 5 }] }, "messages.0.name"],
  ];
  for (const [body, param] of cases) {
    const error = await router.client.chat.completions.create({ model: "ai-router", ...body } as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    ok(error instanceof OpenAI.BadRequestError, `expected 400 for ${param}`);
    equal(error.param, param);
    equal(error.type, "invalid_request_error");
  }
  equal(router.upstreams.primary.requests.length, 0);
});

Deno.test("POST /v1/embeddings takes null encoding_format and dimensions as absent", async () => {
  await using setup = await startRouterWithExtras();
  const response = await fetch(`${setup.router.baseUrl}/v1/embeddings`, {
    method: "POST",
    body: JSON.stringify({
      model: "sim-embed",
      input: "sunny day",
      "encoding_format": null,
      dimensions: null,
    }),
  });
  equal(response.status, 200);
  await response.body?.cancel();
  deepEqual(nullKeys(setup.embed.requests.at(-1)?.body), []);
  const refused = await fetch(`${setup.router.baseUrl}/v1/embeddings`, {
    method: "POST",
    body: JSON.stringify({ model: "sim-embed", input: "sunny day", dimensions: "64" }),
  });
  equal(refused.status, 400);
  equal((await refused.json()).error.param, "dimensions");
});
