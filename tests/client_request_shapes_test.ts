/** Request and answer shapes real OpenAI-compatible clients send or rely on, beyond the spec's letter. */
import { deepEqual, equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

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
