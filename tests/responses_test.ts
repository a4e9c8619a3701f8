import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { PNG_BASE64, startRouterWithExtras } from "./extra_upstreams.ts";
import { assertMatchesSchema } from "./openapi_schema.ts";
import { startTestRouter } from "./test_router.ts";

type Json = Record<string, unknown>;

const WEATHER_TOOL = {
  type: "function" as const,
  name: "get_weather",
  description: "Current weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  strict: false,
};

/** The messages the primary simulator got in its last chat request. */
function lastMessages(router: Awaited<ReturnType<typeof startTestRouter>>): Json[] {
  const chat = router.upstreams.primary.requests.filter((r) => r.path === "/v1/chat/completions");
  return chat.at(-1)?.body.messages as Json[];
}

Deno.test("POST /v1/responses answers a string input through the chat pipeline, with usage and routing headers", async () => {
  await using router = await startTestRouter();
  const { data, response } = await router.client.responses
    .create({ model: "ai-router", input: "hello there", instructions: "Answer briefly." })
    .withResponse();
  equal(response.status, 200);
  match(response.headers.get("content-type") ?? "", /application\/json/);
  equal(response.headers.get("x-ai-router-route"), "SIMPLE");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  assertMatchesSchema("Response", data);
  equal(data.object, "response");
  equal(data.status, "completed");
  match(data.output_text, /You asked: "hello there"/);
  ok((data.usage?.input_tokens ?? 0) > 0 && (data.usage?.output_tokens ?? 0) > 0);
  equal(data.instructions, "Answer briefly.");
  const messages = lastMessages(router);
  equal(messages[0]?.role, "system");
  match(String(messages[0]?.content), /Answer briefly\./);
  deepEqual(messages.at(-1), { role: "user", content: "hello there" });
  equal(router.sessions.at(-1)?.route, "SIMPLE");
});

Deno.test("POST /v1/chat/completions and POST /v1/responses share one classifier cache", async () => {
  await using router = await startTestRouter();
  await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "explain tides" }],
  });
  const response = await router.client.responses.create({ model: "ai-router", input: "explain tides" });
  equal(response.status, "completed");
  equal(router.upstreams.classifier.requests.length, 1);
  equal(router.sessions[1]?.cache_hit, true);
});

Deno.test("POST /v1/responses streams typed events in the order the clients expect", async () => {
  await using router = await startTestRouter();
  const stream = await router.client.responses.create({
    model: "ai-router",
    input: "stream me",
    stream: true,
  });
  const events: Json[] = [];
  for await (const event of stream) events.push(event as unknown as Json);
  for (const event of events) assertMatchesSchema("ResponseStreamEvent", event);
  deepEqual(events.map((e) => e.sequence_number), events.map((_, i) => i));
  const types = events.map((e) => e.type).filter((t, i, all) => t !== all[i - 1]);
  deepEqual(types, [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
  ]);
  const completed = events.at(-1)?.response as Json;
  const text = events.filter((e) => e.type === "response.output_text.delta").map((e) => e.delta).join("");
  match(text, /You asked: "stream me"/);
  equal(((completed.output as Json[])[0]?.content as Json[])[0]?.text, text);
  ok(Number((completed.usage as Json).output_tokens) > 0);
  // The SDK's own accumulator agrees.
  const final = await router.client.responses.stream({ model: "ai-router", input: "again" }).finalResponse();
  match(final.output_text, /You asked: "again"/);
});

Deno.test("a function tool round trip: function_call out, function_call_output back by previous_response_id", async () => {
  await using router = await startTestRouter();
  const first = await router.client.responses.create({
    model: "ai-router",
    input: "What is the weather in Paris?",
    tools: [WEATHER_TOOL],
    tool_choice: "auto",
  });
  assertMatchesSchema("Response", first);
  const call = first.output.find((item) => item.type === "function_call");
  ok(call && call.type === "function_call", "expected a function_call item");
  equal(call.name, "get_weather");
  equal(typeof JSON.parse(call.arguments).city, "string");
  deepEqual((lastMessages(router).at(-1) as Json).role, "user");
  const second = await router.client.responses.create({
    model: "ai-router",
    previous_response_id: first.id,
    input: [{ type: "function_call_output", call_id: call.call_id, output: "Sunny, 21 °C" }],
    tools: [WEATHER_TOOL],
  });
  assertMatchesSchema("Response", second);
  const sent = lastMessages(router);
  const assistant = sent.find((m) => m.role === "assistant") as Json;
  equal(((assistant.tool_calls as Json[])[0]?.function as Json).name, "get_weather");
  deepEqual(sent.at(-1), { role: "tool", tool_call_id: call.call_id, content: "Sunny, 21 °C" });
  equal(second.output[0]?.type, "message");
});

Deno.test("a streamed function call arrives as function_call_arguments events", async () => {
  await using router = await startTestRouter();
  const stream = await router.client.responses.create({
    model: "ai-router",
    input: "Weather in Rome?",
    tools: [WEATHER_TOOL],
    tool_choice: { type: "function", name: "get_weather" },
    stream: true,
  });
  const events: Json[] = [];
  for await (const event of stream) events.push(event as unknown as Json);
  for (const event of events) assertMatchesSchema("ResponseStreamEvent", event);
  const done = events.find((e) => e.type === "response.function_call_arguments.done") as Json;
  equal(done.name, "get_weather");
  equal(typeof JSON.parse(String(done.arguments)).city, "string");
  const added = events.find((e) => e.type === "response.output_item.added") as Json;
  equal((added.item as Json).type, "function_call");
  equal(events.at(-1)?.type, "response.completed");
});

Deno.test("text.format json_schema gives JSON output valid for the schema", async () => {
  await using router = await startTestRouter();
  const schema = {
    type: "object",
    properties: { name: { type: "string" }, age: { type: "integer" } },
    required: ["name", "age"],
    additionalProperties: false,
  };
  const response = await router.client.responses.create({
    model: "ai-router",
    input: "Invent a person",
    text: { format: { type: "json_schema", name: "person", schema, strict: true } },
  });
  assertMatchesSchema("Response", response);
  const person = JSON.parse(response.output_text);
  equal(typeof person.name, "string");
  ok(Number.isInteger(person.age));
  const sent = router.upstreams.primary.requests.at(-1)?.body.response_format as Json;
  equal((sent.json_schema as Json).name, "person");
});

Deno.test("built-in tools other than web_search are refused with a 400 naming the tool", async () => {
  await using router = await startTestRouter();
  const error = await router.client.responses.create({
    model: "ai-router",
    input: "find it",
    tools: [{ type: "file_search", vector_store_ids: ["vs_1"] }],
  }).then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.BadRequestError, `expected a 400, got ${error}`);
  equal(error.param, "tools.0.type");
  match(error.message, /file_search/);
  ok(error.requestID);
});

Deno.test("a web_search tool takes the ENRICH path: the cloud gathers context, the local model answers", async () => {
  await using router = await startTestRouter();
  const { data, response } = await router.client.responses.create({
    model: "ai-router",
    input: "Tell me a joke",
    tools: [{ type: "web_search" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  ok(router.upstreams.cloud.requests.some((r) => r.path === "/v1/responses"), "the ENRICH hop ran");
  assertMatchesSchema("Response", data);
  equal(router.sessions.at(-1)?.rule, "tool:web_search");
});

Deno.test("a failure mid-stream ends the Responses stream with an error event the client throws", async () => {
  await using router = await startTestRouter({
    behaviour: { primary: { failure: { kind: "drop", afterChunks: 3 } } },
  });
  const stream = await router.client.responses.create({ model: "ai-router", input: "hi", stream: true });
  const error = await (async () => {
    for await (const _event of stream) { /* drain */ }
  })().then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.APIError, `expected an APIError, got ${error}`);
  match(error.message, /closed the stream early/);
});

Deno.test("input_image parts go to the vision backend as image_url parts", async () => {
  await using setup = await startRouterWithExtras();
  const { data, response } = await setup.router.client.responses.create({
    model: "ai-router",
    input: [{
      role: "user",
      content: [
        { type: "input_text", text: "What is this?" },
        { type: "input_image", image_url: `data:image/png;base64,${PNG_BASE64}`, detail: "auto" },
      ],
    }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "vision");
  assertMatchesSchema("Response", data);
  const parts = (setup.vision.requests.at(-1)?.body.messages as Json[]).at(-1)?.content as Json[];
  deepEqual(parts.map((p) => p.type), ["text", "image_url"]);
  deepEqual(setup.router.sessions.at(-1)?.images?.formats, ["png"]);
});

Deno.test("a reasoning model's reasoning arrives as a reasoning item before the message", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  const plain = await router.client.responses.create({ model: "ai-router", input: "think" });
  assertMatchesSchema("Response", plain);
  deepEqual(plain.output.map((item) => item.type), ["reasoning", "message"]);
  const stream = router.client.responses.stream({ model: "ai-router", input: "think again" });
  const types = new Set<string>();
  for await (const event of stream) {
    assertMatchesSchema("ResponseStreamEvent", event);
    types.add(event.type);
  }
  ok(types.has("response.reasoning_text.delta"));
  const final = await stream.finalResponse();
  deepEqual(final.output.map((item) => item.type), ["reasoning", "message"]);
  match(final.output_text, /You asked: "think again"/);
});

Deno.test("the simulator serves /v1/responses like xAI and vLLM, streaming and not", async () => {
  await using sim = await startOpenAiSimulator({ models: ["sim"] });
  const client = new OpenAI({ baseURL: sim.baseUrl, apiKey: "x", maxRetries: 0 });
  const plain = await client.responses.create({ model: "sim", input: "hi" });
  assertMatchesSchema("Response", plain);
  match(plain.output_text, /You asked: "hi"/);
  const stream = await client.responses.create({ model: "sim", input: "hi", stream: true });
  const events: Json[] = [];
  for await (const event of stream) events.push(event as unknown as Json);
  for (const event of events) assertMatchesSchema("ResponseStreamEvent", event);
  equal(events[0]?.type, "response.created");
  equal(events.at(-1)?.type, "response.completed");
});

Deno.test("a COMPLEX Responses request falls back to the local model with the visible note, streamed or not", async () => {
  await using router = await startTestRouter({
    behaviour: { cloud: { failure: { kind: "status", status: 500 } } },
  });
  const input = "Prove that sqrt(2) is irrational";
  const { data, response } = await router.client.responses.create({ model: "ai-router", input })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(data.output_text, /^_Answered by primary because cloud did not answer\._/);
  const final = await router.client.responses.stream({ model: "ai-router", input }).finalResponse();
  match(
    final.output_text,
    /^_Answered by primary because cloud did not answer\._\n\nThis is a simulated answer/,
  );
});

Deno.test("META and speculative start work for Responses as for chat", async () => {
  await using router = await startTestRouter();
  const { response } = await router.client.responses.create(
    { model: "ai-router", input: "Generate a concise title for this chat" },
    { headers: { "X-OpenWebUI-Task": "title_generation" } },
  ).withResponse();
  equal(response.headers.get("x-ai-router-route"), "META");
  const stream = await router.client.responses.create({
    model: "ai-router",
    input: "hello again",
    stream: true,
  });
  for await (const _event of stream) { /* drain */ }
  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  match(metrics, /ai_router_speculative_starts_total\{outcome="kept"\} 1/);
});

Deno.test("a request shaped by Open WebUI's convert_to_responses_payload (api_type responses) is answered", async () => {
  await using router = await startTestRouter();
  // Open WebUI routers/openai.py: system → instructions, parts → input_text/output_text, stored output items
  // (reasoning included) replayed as they are, chat-only fields left at the top level.
  const response = await fetch(`${router.baseUrl}/v1/responses`, {
    method: "POST",
    body: JSON.stringify({
      model: "ai-router",
      stream: false,
      seed: 7,
      reasoning_effort: "low",
      instructions: "You are helpful.",
      input: [
        { type: "message", role: "user", content: [{ type: "input_text", text: "hello" }] },
        { type: "reasoning", summary: [] },
        { type: "message", role: "assistant", content: [{ type: "output_text", text: "Hi!" }] },
        { type: "message", role: "user", content: [{ type: "input_text", text: "and now?" }] },
      ],
    }),
  });
  equal(response.status, 200);
  const body = await response.json();
  assertMatchesSchema("Response", body);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Json;
  equal(sent.seed, 7);
  equal(sent.reasoning_effort, "low");
  deepEqual((sent.messages as Json[]).slice(1), [
    { role: "user", content: "hello" },
    { role: "assistant", content: "Hi!" },
    { role: "user", content: "and now?" },
  ]);
});

Deno.test("max_output_tokens cuts the answer: status incomplete with reason max_output_tokens, streamed or not", async () => {
  await using plain = await startOpenAiSimulator({ models: ["sim-plain"] });
  await using router = await startTestRouter({
    extraBackendsYaml:
      `  plain:\n    urls: ["${plain.baseUrl}"]\n    model: sim-plain\n    aliases: [plain]\n`,
  });
  const cut = await router.client.responses.create({
    model: "plain",
    input: "tell me a story",
    max_output_tokens: 5,
  });
  assertMatchesSchema("Response", cut);
  equal(plain.requests.at(-1)?.body.max_tokens, 5);
  equal(cut.status, "incomplete");
  equal(cut.incomplete_details?.reason, "max_output_tokens");
  equal(cut.usage?.output_tokens, 5);
  const stream = await router.client.responses.create({
    model: "plain",
    input: "tell me a story",
    max_output_tokens: 5,
    stream: true,
  });
  const events: Json[] = [];
  for await (const event of stream) events.push(event as unknown as Json);
  for (const event of events) assertMatchesSchema("ResponseStreamEvent", event);
  equal(events.at(-1)?.type, "response.incomplete");
});

Deno.test("a Responses stream the client leaves is recorded as cancelled (499) and its response is not kept", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 50 } } });
  const controller = new AbortController();
  const response = await fetch(`${router.baseUrl}/v1/responses`, {
    method: "POST",
    body: JSON.stringify({ model: "local", input: "tell me a long story", stream: true }),
    signal: controller.signal,
  });
  equal(response.status, 200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  const id = /"id":"(resp_[0-9a-f]+)"/.exec(first)?.[1] ?? "";
  controller.abort();
  await reader.cancel().catch(() => {});
  for (let i = 0; i < 200 && router.sessions.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  equal(router.sessions[0]?.status, 499);
  match(router.sessions[0]?.error ?? "", /cancelled/);
  match(id, /^resp_/);
  equal(await router.responseStore.get(id, "anonymous"), undefined);
});
