/**
 * The simulator behaves like a model where clients depend on it, through the router with the official client:
 * `n` choices, token log-probabilities, parallel tool calls, `json_object` answers that use the instruction's
 * keys, and Open WebUI's task prompts answered in the JSON their templates ask for.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const weatherTool = {
  type: "function" as const,
  function: {
    name: "get_weather",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};
const timeTool = {
  type: "function" as const,
  function: { name: "get_time", parameters: { type: "object", properties: { zone: { type: "string" } } } },
};

Deno.test("the simulated model answers n choices, streamed and not, each its own sample", async () => {
  await using router = await startTestRouter();
  const messages = [{ role: "user" as const, content: "Name a colour" }];
  const whole = await router.client.chat.completions.create({ model: "ai-router", messages, n: 3 });
  deepEqual(whole.choices.map((c) => c.index), [0, 1, 2]);
  equal(new Set(whole.choices.map((c) => c.message.content)).size, 3);
  const texts = ["", "", ""];
  const finished = new Set<number>();
  for await (
    const chunk of await router.client.chat.completions.create({
      model: "ai-router",
      messages,
      n: 3,
      stream: true,
    })
  ) {
    for (const choice of chunk.choices) {
      texts[choice.index] += choice.delta.content ?? "";
      if (choice.finish_reason) finished.add(choice.index);
    }
  }
  deepEqual(texts, whole.choices.map((c) => c.message.content));
  equal(finished.size, 3);
});

Deno.test("the simulated model returns token logprobs with top_logprobs, streamed and not", async () => {
  await using router = await startTestRouter();
  const messages = [{ role: "user" as const, content: "Say something short" }];
  const whole = await router.client.chat.completions.create({
    model: "ai-router",
    messages,
    logprobs: true,
    top_logprobs: 2,
  });
  const content = whole.choices[0]?.logprobs?.content ?? [];
  equal(content.map((t) => t.token).join(""), whole.choices[0]?.message.content);
  for (const token of content) {
    equal(token.top_logprobs.length, 2);
    equal(token.top_logprobs[0]?.token, token.token);
    ok(token.logprob < 0 && token.top_logprobs[1]!.logprob < token.logprob);
  }
  let streamedTokens = 0;
  for await (
    const chunk of await router.client.chat.completions.create({
      model: "ai-router",
      messages,
      logprobs: true,
      stream: true,
    })
  ) {
    streamedTokens += chunk.choices[0]?.logprobs?.content?.length ?? 0;
  }
  equal(streamedTokens, content.length);
  const plain = await router.client.chat.completions.create({ model: "ai-router", messages });
  equal(plain.choices[0]?.logprobs ?? null, null);
});

Deno.test("the simulated model calls tools in parallel when the question needs several calls", async () => {
  await using router = await startTestRouter();
  const calls = async (content: string, extra: Record<string, unknown> = {}) => {
    const answer = await router.client.chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content }],
      tools: [weatherTool, timeTool],
      ...extra,
    });
    return (answer.choices[0]?.message.tool_calls ?? []).map((c) =>
      c.type === "function" ? `${c.function.name}${c.function.arguments}` : ""
    );
  };
  deepEqual(await calls("What is the weather in Paris and in London?"), [
    'get_weather{"city":"Paris"}',
    'get_weather{"city":"London"}',
  ]);
  const both = await calls("Use get_weather and get_time for Oslo");
  deepEqual(both.map((c) => c.split("{")[0]), ["get_weather", "get_time"]);
  equal(
    (await calls("What is the weather in Paris and in London?", { parallel_tool_calls: false })).length,
    1,
  );
  const ids = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Weather in Paris and Rome" }],
    tools: [weatherTool],
  });
  const callIds = ids.choices[0]?.message.tool_calls?.map((c) => c.id) ?? [];
  equal(new Set(callIds).size, 2);
});

Deno.test("json_object answers are objects with the keys the instruction names", async () => {
  await using router = await startTestRouter();
  const answer = await router.client.chat.completions.create({
    model: "ai-router",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: 'Reply as JSON: {"summary": "...", "sentiment": "positive|negative"}' },
      { role: "user", content: "The film was a delight" },
    ],
  });
  deepEqual(Object.keys(JSON.parse(answer.choices[0]?.message.content ?? "{}")), ["summary", "sentiment"]);
});

const HISTORY =
  "<chat_history>\nUSER: How do volcanoes erupt?\nASSISTANT: Pressure builds under the crust.\n</chat_history>";

Deno.test("Open WebUI's task prompts get the JSON shapes their templates ask for", async () => {
  await using router = await startTestRouter();
  const ask = async (task: string) => {
    const answer = await router.client.chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content: `${task}\n\n### Chat History:\n${HISTORY}` }],
    });
    const text = answer.choices[0]?.message.content ?? "";
    return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
  };
  match((await ask("### Task:\nGenerate a concise, 3-5 word title with an emoji")).title, /Volcanoes Erupt/);
  ok(Array.isArray((await ask("### Task:\nGenerate 1-3 broad tags categorizing the main themes")).tags));
  equal((await ask("### Task:\nSuggest 3-5 relevant follow-up questions")).follow_ups.length, 3);
  deepEqual(
    (await ask("### Task:\nAnalyze the chat history to determine the necessity of generating search queries"))
      .queries,
    ["How do volcanoes erupt?"],
  );
  match(
    (await ask("### Task:\nGenerate a detailed prompt for am image generation task")).prompt,
    /volcanoes/,
  );
  const tools = await ask(
    'Available Tools: [{"name": "web_search", "description": "Search"}]\nchoose and return the correct tool(s)\nQuery: How do volcanoes erupt?',
  );
  deepEqual(tools.tool_calls.map((c: { name: string }) => c.name), ["web_search"]);
});
