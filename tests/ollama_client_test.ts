/**
 * The official Ollama JavaScript client (npm `ollama`, pinned in deno.json) against the router's Ollama
 * listener and the simulators: each call, and each answer checked field by field against the client's types.
 */
import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { type ChatResponse, type GenerateResponse, Ollama } from "ollama";
import { PNG_BASE64, startRouterWithExtras } from "./extra_upstreams.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";

const hi = [{ role: "user", content: "hi" }];

/** What the simulators recorded, read without a schema. */
// deno-lint-ignore no-explicit-any
type Sent = Record<string, any>;

function clientFor(url: string, headers: Record<string, string> = {}): Ollama {
  return new Ollama({ host: url, headers });
}

/** The final object's fields every answer carries (`ChatResponse`/`GenerateResponse` in the client's types). */
function checkFinal(answer: ChatResponse | GenerateResponse, model: string, { minEvalCount = 1 } = {}) {
  equal(answer.model, model);
  equal(answer.done, true);
  ok(["stop", "length"].includes(answer.done_reason), answer.done_reason);
  ok(!Number.isNaN(new Date(answer.created_at).getTime()));
  for (const field of ["total_duration", "load_duration", "prompt_eval_duration", "eval_duration"] as const) {
    ok(Number.isInteger(answer[field]) && answer[field] >= 0, field);
  }
  ok(answer.total_duration >= answer.prompt_eval_duration + answer.eval_duration - 1_000_000);
  ok(answer.prompt_eval_count > 0, "prompt_eval_count");
  ok(Number.isInteger(answer.eval_count) && answer.eval_count >= minEvalCount, "eval_count");
}

Deno.test("ollama client: version, list, show and ps describe the router's models", async () => {
  await using extras = await startRouterWithExtras();
  const ollama = clientFor(extras.router.ollamaUrl);
  const root = await fetch(extras.router.ollamaUrl);
  equal(await root.text(), "Ollama is running");
  match((await ollama.version()).version, /^\d+\.\d+\.\d+$/);
  const list = await ollama.list();
  const names = list.models.map((model) => model.name);
  deepEqual(names, [
    "ai-router:latest",
    "local:latest",
    "cloud:latest",
    "sim-embed:latest",
    "embeddings:latest",
  ]);
  const first = list.models[0];
  ok(first);
  equal(first.model, "ai-router:latest");
  match(first.digest, /^[0-9a-f]{64}$/);
  equal(typeof first.size, "number");
  ok(!Number.isNaN(new Date(first.modified_at).getTime()));
  equal(first.details.family, "sim");
  deepEqual(first.details.families, ["sim", "clip"], "it sees: the vision backend takes photos");
  deepEqual(list.models[1]?.details.families, ["sim"]);
  equal(first.details.format, "safetensors");
  equal(typeof first.details.parameter_size, "string");
  equal(typeof first.details.quantization_level, "string");
  equal(list.models[2]?.details.format, "cloud");

  const show = await ollama.show({ model: "ai-router" });
  deepEqual(show.capabilities, ["completion", "tools", "vision", "thinking"]);
  equal(show.details.family, "sim");
  equal((show.model_info as unknown as Record<string, unknown>)["sim.context_length"], 32768);
  equal(typeof show.modelfile, "string");
  equal(typeof show.template, "string");
  deepEqual((await ollama.show({ model: "embeddings" })).capabilities, ["embedding"]);

  // No container supervision: every local backend is an external server, up; the cloud is never loaded.
  const ps = await ollama.ps();
  deepEqual(ps.models.map((model) => model.name), [
    "ai-router:latest",
    "local:latest",
    "sim-embed:latest",
    "embeddings:latest",
  ]);
  ok(!Number.isNaN(new Date(ps.models[0]?.expires_at ?? "").getTime()));
  equal(typeof ps.models[0]?.size_vram, "number");
});

Deno.test("ollama client: chat, not streamed and streamed, routed like its OpenAI twin", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  const ollama = clientFor(router.ollamaUrl);
  const whole = await ollama.chat({ model: "ai-router", messages: hi, stream: false });
  checkFinal(whole, "ai-router");
  equal(whole.message.role, "assistant");
  match(whole.message.content, /sim-primary/);
  equal(router.sessions.length, 1);
  equal(router.sessions[0]?.route, "SIMPLE");

  const stream = await ollama.chat({ model: "ai-router", messages: hi, stream: true });
  const parts: ChatResponse[] = [];
  for await (const part of stream) parts.push(part);
  ok(parts.length > 2, "several lines");
  const last = parts.at(-1) as ChatResponse;
  checkFinal(last, "ai-router");
  equal(last.message.content, "");
  for (const part of parts.slice(0, -1)) {
    equal(part.done, false);
    equal(part.message.role, "assistant");
  }
  const text = parts.map((part) => part.message.content).join("");
  equal(text, whole.message.content);
  ok(parts.some((part) => (part.message.thinking ?? "").length > 0), "thinking streamed as message.thinking");
});

Deno.test("ollama client: think false drops thinking, think true returns it as message.thinking", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  const ollama = clientFor(router.ollamaUrl);
  const thinking = await ollama.chat({ model: "local", messages: hi, think: true, stream: false });
  match(thinking.message.thinking ?? "", /think/);
  const plain = await ollama.chat({ model: "local", messages: hi, think: false, stream: false });
  equal(plain.message.thinking, undefined);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Record<string, unknown>;
  deepEqual(sent.chat_template_kwargs, { enable_thinking: false });
});

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The weather in a city",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["city", "unit"],
    },
  },
};

Deno.test("ollama client: a full tool round trip, arguments as objects", async () => {
  await using router = await startTestRouter();
  const ollama = clientFor(router.ollamaUrl);
  const messages: Array<Record<string, unknown>> = [{
    role: "user",
    content: "What is the weather in Oslo?",
  }];
  const first = await ollama.chat({ model: "ai-router", messages: messages as never, tools: [weatherTool] });
  // The simulator counts no completion tokens for a call.
  checkFinal(first, "ai-router", { minEvalCount: 0 });
  const call = first.message.tool_calls?.[0];
  ok(call, "a tool call");
  equal(call.function.name, "get_weather");
  equal(typeof call.function.arguments, "object");
  equal(typeof call.function.arguments.city, "string");
  ok(["celsius", "fahrenheit"].includes(call.function.arguments.unit));
  messages.push(first.message as never, {
    role: "tool",
    content: '{"temperature": 4}',
    tool_name: "get_weather",
  });
  const second = await ollama.chat({ model: "ai-router", messages: messages as never, tools: [weatherTool] });
  checkFinal(second, "ai-router");
  ok(second.message.content.length > 0);
  equal(second.message.tool_calls, undefined);
  // The upstream got OpenAI's shapes: arguments as a JSON string, the result tied to the call by id.
  const sent = router.upstreams.primary.requests.at(-1)?.body as { messages: Array<Record<string, unknown>> };
  const assistant = sent.messages.find((m) => m.role === "assistant") as {
    tool_calls: Array<Sent>;
  };
  equal(typeof assistant.tool_calls[0]?.function.arguments, "string");
  const tool = sent.messages.find((m) => m.role === "tool");
  equal(tool?.tool_call_id, assistant.tool_calls[0]?.id);

  const streamed = await ollama.chat({
    model: "ai-router",
    messages: hi,
    tools: [weatherTool],
    stream: true,
  });
  const calls = [];
  for await (const part of streamed) calls.push(...part.message.tool_calls ?? []);
  equal(calls.length, 1, "a streamed call arrives whole, once");
  equal(typeof calls[0]?.function.arguments, "object");
});

Deno.test("ollama client: format as a JSON schema and as json", async () => {
  await using router = await startTestRouter();
  const ollama = clientFor(router.ollamaUrl);
  const schema = {
    type: "object",
    properties: { age: { type: "integer" }, available: { type: "boolean" } },
    required: ["age", "available"],
  };
  const answer = await ollama.chat({ model: "local", messages: hi, format: schema, think: false });
  const value = JSON.parse(answer.message.content);
  equal(typeof value.age, "number");
  equal(typeof value.available, "boolean");
  const sent = router.upstreams.primary.requests.at(-1)?.body as Sent;
  equal(sent.response_format.type, "json_schema");
  deepEqual(sent.response_format.json_schema.schema, schema);
  await ollama.generate({ model: "local", prompt: "Answer in JSON", format: "json", think: false });
  equal(
    (router.upstreams.primary.requests.at(-1)?.body as Sent).response_format.type,
    "json_object",
  );
});

Deno.test("ollama client: a photo goes to the vision backend, in chat and in generate", async () => {
  await using extras = await startRouterWithExtras();
  const ollama = clientFor(extras.router.ollamaUrl);
  const answer = await ollama.chat({
    model: "ai-router",
    messages: [{ role: "user", content: "What is in this picture?", images: [PNG_BASE64] }],
  });
  checkFinal(answer, "ai-router");
  match(answer.message.content, /sim-vl/);
  const sent = extras.vision.requests.at(-1)?.body as { messages: Array<{ content: unknown }> };
  const parts = sent.messages.at(-1)?.content as Array<Sent>;
  match(parts.find((part) => part.type === "image_url")?.image_url.url ?? "", /^data:image\/png;base64,/);
  const described = await ollama.generate({
    model: "ai-router",
    prompt: "Describe it",
    images: [PNG_BASE64],
  });
  match(described.response ?? "", /sim-vl/);
  equal(extras.router.sessions.at(-1)?.images?.count, 1);
});

Deno.test("ollama client: generate with a system prompt, and with a suffix through the FIM template", async () => {
  await using coder = await startOpenAiSimulator({ models: ["sim-coder"] });
  await using router = await startTestRouter({
    extraBackendsYaml: `  coder:
    urls: ["${coder.baseUrl}"]
    model: sim-coder
    aliases: [coder]
    fimTemplate: "<|fim_prefix|>{prefix}<|fim_suffix|>{suffix}<|fim_middle|>"
`,
    extraYaml: "routing:\n  completionsBackend: coder\n",
  });
  const ollama = clientFor(router.ollamaUrl);
  const answer = await ollama.generate({
    model: "ai-router",
    prompt: "Why is the sky blue?",
    system: "Be brief",
  });
  checkFinal(answer, "ai-router");
  match(answer.response ?? "", /sim-primary/);
  const sent = router.upstreams.primary.requests.at(-1)?.body as { messages: Array<Record<string, unknown>> };
  match(String(sent.messages[0]?.content), /Be brief/);
  equal(sent.messages.at(-1)?.content, "Why is the sky blue?");

  const stream = await ollama.generate({ model: "ai-router", prompt: "hi", stream: true });
  const parts: GenerateResponse[] = [];
  for await (const part of stream) parts.push(part);
  checkFinal(parts.at(-1) as GenerateResponse, "ai-router");
  ok(parts.slice(0, -1).every((part) => part.done === false && typeof part.response === "string"));

  const warmed = await ollama.generate({ model: "ai-router", prompt: "" });
  equal(warmed.done, true);
  equal(warmed.done_reason, "load");

  const filled = await ollama.generate({
    model: "coder",
    prompt: "def compute_gcd(a, b):",
    suffix: "    return result",
    options: { temperature: 0, num_predict: 64 },
  });
  checkFinal(filled, "coder");
  match(filled.response ?? "", /sim-coder/);
  const fim = coder.requests.at(-1)?.body as Record<string, unknown>;
  equal(fim.prompt, "<|fim_prefix|>def compute_gcd(a, b):<|fim_suffix|>    return result<|fim_middle|>");
  equal(fim.temperature, 0);
  equal(fim.max_tokens, 64);
  equal(router.sessions.at(-1)?.route, "COMPLETIONS");
  const streamedFill = await ollama.generate({ model: "coder", prompt: "x = ", suffix: "\n", stream: true });
  const fills: GenerateResponse[] = [];
  for await (const part of streamedFill) fills.push(part);
  checkFinal(fills.at(-1) as GenerateResponse, "coder");
});

Deno.test("ollama client: embed one and many inputs, and the older embeddings call", async () => {
  await using extras = await startRouterWithExtras();
  const ollama = clientFor(extras.router.ollamaUrl);
  const one = await ollama.embed({ model: "embeddings", input: "hello" });
  equal(one.model, "embeddings");
  equal(one.embeddings.length, 1);
  ok(one.embeddings[0]?.every((value) => typeof value === "number"));
  ok(Number.isInteger(one.total_duration) && one.total_duration > 0);
  equal(one.load_duration, 0);
  ok(one.prompt_eval_count > 0);
  const many = await ollama.embed({ model: "sim-embed:latest", input: ["a", "b", "c"] });
  equal(many.embeddings.length, 3);
  equal(many.embeddings[0]?.length, one.embeddings[0]?.length);
  const older = await ollama.embeddings({ model: "embeddings", prompt: "hello" });
  deepEqual(older.embedding, one.embeddings[0]);
  equal(extras.router.sessions.at(-1)?.route, "EMBEDDINGS");
  equal(extras.embed.requests.at(-1)?.body.model, "sim-embed");
});

Deno.test("ollama client: an unknown model is the client's ResponseError with Ollama's 404 message", async () => {
  await using router = await startTestRouter();
  const ollama = clientFor(router.ollamaUrl);
  await rejects(ollama.chat({ model: "llama3.2", messages: hi }), (error: unknown) => {
    ok(error instanceof Error && error.name === "ResponseError");
    equal((error as { status_code?: number }).status_code, 404);
    equal(error.message, "model 'llama3.2' not found");
    return true;
  });
  await rejects(ollama.pull({ model: "llama3.2" }), /managed by its configuration/);
});
