import { equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const weatherTool = {
  type: "function" as const,
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["city", "unit"],
    },
  },
};

Deno.test("given tools, the simulated model calls one with schema-valid arguments, then answers the result", async () => {
  await using router = await startTestRouter();
  const messages = [{ role: "user" as const, content: "What is the weather in Oslo?" }];
  const first = await router.client.chat.completions.create({
    model: "ai-router",
    messages,
    tools: [weatherTool],
  });
  const call = first.choices[0]?.message.tool_calls?.[0];
  equal(first.choices[0]?.finish_reason, "tool_calls");
  equal(call?.type === "function" ? call.function.name : undefined, "get_weather");
  const args = JSON.parse(call?.type === "function" ? call.function.arguments : "{}");
  ok(typeof args.city === "string" && ["celsius", "fahrenheit"].includes(args.unit));
  const second = await router.client.chat.completions.create({
    model: "ai-router",
    tools: [weatherTool],
    messages: [
      ...messages,
      { role: "assistant", content: null, "tool_calls": first.choices[0]?.message.tool_calls ?? [] },
      { role: "tool", "tool_call_id": call?.id ?? "", content: '{"temperature": 4}' },
    ],
  });
  equal(second.choices[0]?.finish_reason, "stop");
  ok((second.choices[0]?.message.content ?? "").length > 0);
  const none = await router.client.chat.completions.create({
    model: "ai-router",
    messages,
    tools: [weatherTool],
    "tool_choice": "none",
  });
  equal(none.choices[0]?.message.tool_calls?.length ?? 0, 0);
});

Deno.test("streamed tool calls arrive as deltas the SDK assembles", async () => {
  await using router = await startTestRouter();
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "weather?" }],
    tools: [weatherTool],
    "tool_choice": { type: "function", function: { name: "get_weather" } },
  });
  let name = "";
  let args = "";
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta.tool_calls?.[0];
    name += delta?.function?.name ?? "";
    args += delta?.function?.arguments ?? "";
  }
  equal(name, "get_weather");
  equal(typeof JSON.parse(args).city, "string");
});

Deno.test("given a response_format JSON schema, the simulated model answers a valid object", async () => {
  await using router = await startTestRouter();
  const answer = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Name a colour" }],
    "response_format": {
      type: "json_schema",
      "json_schema": {
        name: "colour",
        schema: {
          type: "object",
          properties: { name: { type: "string" }, hex: { type: "string" }, warm: { type: "boolean" } },
          required: ["name", "hex", "warm"],
          additionalProperties: false,
        },
      },
    },
  });
  const value = JSON.parse(answer.choices[0]?.message.content ?? "");
  equal(typeof value.name, "string");
  equal(typeof value.warm, "boolean");
});
