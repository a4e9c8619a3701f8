import { equal, match, ok } from "node:assert/strict";
import { createOpenAI } from "@ai-sdk/openai";
import { embed, embedMany, generateText, Output, stepCountIs, streamText, tool } from "ai";
import { z } from "zod";
import { PNG_BASE64, startRouterWithExtras } from "./extra_upstreams.ts";
import { assertMatchesSchema } from "./openapi_schema.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

type Json = Record<string, unknown>;

/** Checks a body the router sent the SDK against the OpenAPI schemas: JSON answers and every stream event. */
async function checkAgainstSchemas(path: string, response: Response): Promise<void> {
  const text = await response.text();
  if (!response.ok) return;
  if (path.endsWith("/embeddings")) return assertMatchesSchema("CreateEmbeddingResponse", JSON.parse(text));
  if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    return assertMatchesSchema("Response", JSON.parse(text));
  }
  for (const line of text.split("\n")) {
    if (line.startsWith("data: ")) assertMatchesSchema("ResponseStreamEvent", JSON.parse(line.slice(6)));
  }
}

/**
 * The AI SDK's default OpenAI provider against the router, recording the paths and bodies it sends;
 * `checked()` resolves once every answer it got matched the OpenAPI schemas.
 */
function createProvider(router: TestRouter) {
  const paths: string[] = [];
  const bodies: string[] = [];
  const checks: Promise<void>[] = [];
  const provider = createOpenAI({
    baseURL: `${router.baseUrl}/v1`,
    apiKey: "unused",
    fetch: async (input, init) => {
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      paths.push(path);
      bodies.push(String(init?.body ?? ""));
      const response = await fetch(input, init);
      checks.push(checkAgainstSchemas(path, response.clone()));
      return response;
    },
  });
  return { provider, paths, bodies, checked: () => Promise.all(checks) };
}

function chatRequests(router: TestRouter): Json[] {
  return router.upstreams.primary.requests.filter((r) => r.path === "/v1/chat/completions").map((r) =>
    r.body
  );
}

const weather = tool({
  description: "Current weather in a city",
  inputSchema: z.object({ city: z.string() }),
  execute: ({ city }) => Promise.resolve(`Sunny in ${city}`),
});

Deno.test("AI SDK generateText with the default provider calls /v1/responses and gets text and usage", async () => {
  await using router = await startTestRouter();
  const { provider, paths, checked } = createProvider(router);
  const result = await generateText({ model: provider("ai-router"), prompt: "hello sdk", maxRetries: 0 });
  equal(paths.at(-1), "/v1/responses");
  match(result.text, /You asked: "hello sdk"/);
  ok((result.usage.inputTokens ?? 0) > 0 && (result.usage.outputTokens ?? 0) > 0);
  match(result.response.id, /^resp_/);
  equal(result.response.headers?.["x-ai-router-backend"], "primary");
  await checked();
});

Deno.test("AI SDK streamText reads the typed stream events", async () => {
  await using router = await startTestRouter();
  const { provider, checked } = createProvider(router);
  const result = streamText({ model: provider("ai-router"), prompt: "stream sdk", maxRetries: 0 });
  let text = "";
  for await (const piece of result.textStream) text += piece;
  match(text, /You asked: "stream sdk"/);
  equal(await result.finishReason, "stop");
  ok(((await result.usage).outputTokens ?? 0) > 0);
  await checked();
});

Deno.test("AI SDK tool calls round-trip: the tool runs and its result goes back for the final answer", async () => {
  await using router = await startTestRouter();
  const { provider, checked } = createProvider(router);
  const result = await generateText({
    model: provider("ai-router"),
    prompt: "What is the weather in Oslo?",
    tools: { weather },
    stopWhen: stepCountIs(3),
    maxRetries: 0,
  });
  equal(result.steps.length, 2);
  equal(result.steps[0]?.toolCalls[0]?.toolName, "weather");
  const last = chatRequests(router).at(-1)?.messages as Json[];
  equal(last.at(-1)?.role, "tool");
  match(String(last.at(-1)?.content), /Sunny in/);
  ok(result.text.length > 0);
  await checked();
});

Deno.test("AI SDK streamText with tools streams the call and continues after it", async () => {
  await using router = await startTestRouter();
  const { provider, checked } = createProvider(router);
  const result = streamText({
    model: provider("ai-router"),
    prompt: "Weather in Lima?",
    tools: { weather },
    stopWhen: stepCountIs(3),
    maxRetries: 0,
  });
  for await (const _part of result.fullStream) { /* drain */ }
  const steps = await result.steps;
  equal(steps.length, 2);
  match(String(steps[0]?.toolResults[0]?.output), /Sunny in/);
  await checked();
});

Deno.test("AI SDK structured output: Output.object gets JSON valid for its schema", async () => {
  await using router = await startTestRouter();
  const { provider, checked } = createProvider(router);
  const result = await generateText({
    model: provider("ai-router"),
    prompt: "Invent a city",
    output: Output.object({ schema: z.object({ name: z.string(), population: z.number().int() }) }),
    maxRetries: 0,
  });
  equal(typeof result.output.name, "string");
  ok(Number.isInteger(result.output.population));
  equal((chatRequests(router).at(-1)?.response_format as Json).type, "json_schema");
  await checked();
});

Deno.test("AI SDK multi-turn: earlier assistant turns sent as item_reference are found in the store", async () => {
  await using router = await startTestRouter();
  const { provider, bodies, checked } = createProvider(router);
  const first = await generateText({ model: provider("ai-router"), prompt: "My name is Ada", maxRetries: 0 });
  await generateText({
    model: provider("ai-router"),
    messages: [
      { role: "user", content: "My name is Ada" },
      ...first.response.messages,
      { role: "user", content: "What is my name?" },
    ],
    maxRetries: 0,
  });
  match(bodies.at(-1) ?? "", /"item_reference"/);
  const sent = (chatRequests(router).at(-1)?.messages as Json[]).filter((m) => m.role !== "system");
  equal(sent[1]?.role, "assistant");
  equal(sent[1]?.content, first.text);
  await checked();
});

Deno.test("AI SDK image input goes to the vision backend", async () => {
  await using setup = await startRouterWithExtras();
  const { provider, checked } = createProvider(setup.router);
  const result = await generateText({
    model: provider("ai-router"),
    messages: [{
      role: "user",
      content: [
        { type: "text", text: "What is in this picture?" },
        {
          type: "file",
          data: Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0)),
          mediaType: "image/png",
        },
      ],
    }],
    maxRetries: 0,
  });
  equal(result.response.headers?.["x-ai-router-backend"], "vision");
  const parts = (setup.vision.requests.at(-1)?.body.messages as Json[]).at(-1)?.content as Json[];
  ok(parts.some((p) => p.type === "image_url"), "the image reached the vision model");
  await checked();
});

Deno.test("AI SDK embed and embedMany call /v1/embeddings on the embeddings backend", async () => {
  await using setup = await startRouterWithExtras();
  const { provider, paths, checked } = createProvider(setup.router);
  const one = await embed({ model: provider.embedding("sim-embed"), value: "sunny day", maxRetries: 0 });
  equal(paths.at(-1), "/v1/embeddings");
  equal(one.embedding.length, 64);
  const many = await embedMany({
    model: provider.embedding("embeddings"),
    values: ["sunny day", "rainy night"],
    maxRetries: 0,
  });
  equal(many.embeddings.length, 2);
  equal(many.embeddings[0]?.join(), one.embedding.join());
  await checked();
});

Deno.test("AI SDK reads a reasoning model's answer: reasoning items do not disturb the text", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  const { provider, checked } = createProvider(router);
  const plain = await generateText({ model: provider("ai-router"), prompt: "think sdk", maxRetries: 0 });
  match(plain.text, /^This is a simulated answer/);
  const streamed = streamText({ model: provider("ai-router"), prompt: "think stream", maxRetries: 0 });
  let text = "";
  for await (const piece of streamed.textStream) text += piece;
  match(text, /^This is a simulated answer.*"think stream"/);
  await checked();
});
