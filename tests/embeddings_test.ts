import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { toKeyHash } from "../src/users/key_ring.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startRouterWithExtras } from "./extra_upstreams.ts";
import { assertMatchesSchema } from "./openapi_schema.ts";
import { startTestRouter } from "./test_router.ts";

Deno.test("POST /v1/embeddings with the official client (base64 by default) returns unit vectors from the embeddings backend", async () => {
  await using setup = await startRouterWithExtras();
  const { data, response } = await setup.router.client.embeddings
    .create({ model: "sim-embed", input: ["sunny day", "rainy night"] })
    .withResponse();
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-route"), "EMBEDDINGS");
  equal(response.headers.get("x-ai-router-backend"), "embed");
  equal(setup.embed.requests.at(-1)?.body.encoding_format, "base64");
  assertMatchesSchema("CreateEmbeddingResponse", data);
  equal(data.data.length, 2);
  const [first] = data.data;
  equal(first?.embedding.length, 64);
  ok(Math.abs(Math.hypot(...first!.embedding) - 1) < 1e-5);
  ok(data.usage.prompt_tokens > 0);
});

Deno.test("POST /v1/embeddings passes float vectors through unchanged and accepts the backend's alias", async () => {
  await using setup = await startRouterWithExtras();
  const response = await fetch(`${setup.router.baseUrl}/v1/embeddings`, {
    method: "POST",
    body: JSON.stringify({ model: "embeddings", input: "sunny day", encoding_format: "float" }),
  });
  equal(response.status, 200);
  const body = await response.json();
  assertMatchesSchema("CreateEmbeddingResponse", body);
  equal(body.model, "sim-embed");
  equal(body.data[0].embedding.length, 64);
  const viaClient = await setup.router.client.embeddings.create({ model: "sim-embed", input: "sunny day" });
  deepEqual(
    viaClient.data[0]?.embedding.map((v) => v.toFixed(5)),
    body.data[0].embedding.map((v: number) => v.toFixed(5)),
  );
});

Deno.test("an embeddings request leaves a short session entry (no text, no vectors) and is counted", async () => {
  await using setup = await startRouterWithExtras();
  await setup.router.client.embeddings.create({ model: "sim-embed", input: ["private words one", "two"] });
  const entry = setup.router.sessions.at(-1)!;
  equal(entry.route, "EMBEDDINGS");
  equal(entry.user_query, "(2 inputs)");
  deepEqual(entry.client_messages, []);
  equal(entry.steps[0]?.response_content, "");
  ok((entry.steps[0]?.tokens?.prompt ?? 0) > 0);
  const text = JSON.stringify(entry);
  ok(!text.includes("private words"), "no input text in the entry");
  const metrics = await (await fetch(`${setup.router.baseUrl}/metrics`)).text();
  match(metrics, /ai_router_requests_total\{route="EMBEDDINGS",backend="embed",[^}]*status="200"\} 1/);
});

Deno.test("/v1/models lists the embedding model", async () => {
  await using setup = await startRouterWithExtras();
  const ids = (await setup.router.client.models.list()).data.map((m) => m.id);
  ok(ids.includes("sim-embed") && ids.includes("embeddings"), ids.join());
  const entry = await setup.router.client.models.retrieve("sim-embed");
  deepEqual(
    (entry as unknown as { architecture: { output_modalities: string[] } }).architecture.output_modalities,
    [
      "embeddings",
    ],
  );
});

Deno.test("embeddings for an unknown model, or with no embeddings backend, are a 404 model_not_found", async () => {
  await using setup = await startRouterWithExtras();
  const wrong = await setup.router.client.embeddings.create({ model: "no-such-embedding-model", input: "x" })
    .then(() => undefined, (e) => e);
  ok(wrong instanceof OpenAI.NotFoundError, `expected a 404, got ${wrong}`);
  equal(wrong.code, "model_not_found");
  await using plain = await startTestRouter();
  const none = await plain.client.embeddings.create({ model: "sim-embed", input: "x" }).then(
    () => undefined,
    (e) => e,
  );
  ok(none instanceof OpenAI.NotFoundError);
  match(none.message, /routing\.embeddingsBackend/);
});

Deno.test("embeddings count against a member's request limit like every request", async () => {
  await using setup = await startRouterWithExtras({
    extraYaml: `users:\n  members:\n    alice: { key: "${
      toKeyHash("alice-key")
    }", limits: { requestsPerMinute: 1 } }\n`,
  });
  const alice = new OpenAI({ baseURL: `${setup.router.baseUrl}/v1`, apiKey: "alice-key", maxRetries: 0 });
  await alice.embeddings.create({ model: "sim-embed", input: "one" });
  const error = await alice.embeddings.create({ model: "sim-embed", input: "two" }).then(
    () => undefined,
    (e) => e,
  );
  ok(error instanceof OpenAI.RateLimitError, `expected a 429, got ${error}`);
  const unauthenticated = await fetch(`${setup.router.baseUrl}/v1/embeddings`, {
    method: "POST",
    body: JSON.stringify({ model: "sim-embed", input: "x" }),
  });
  equal(unauthenticated.status, 401);
  await unauthenticated.body?.cancel();
});

Deno.test("the simulator serves /v1/embeddings like vLLM: id, created, usage with zero completion tokens", async () => {
  await using sim = await startOpenAiSimulator({ models: ["sim-embed"] });
  const client = new OpenAI({ baseURL: sim.baseUrl, apiKey: "x", maxRetries: 0 });
  const { data } = await client.embeddings.create({ model: "sim-embed", input: "hello" }).withResponse();
  assertMatchesSchema("CreateEmbeddingResponse", data);
  const raw = await (await fetch(`${sim.baseUrl}/embeddings`, {
    method: "POST",
    body: JSON.stringify({ model: "sim-embed", input: "hello" }),
  })).json();
  match(raw.id, /^embd-/);
  equal(raw.usage.completion_tokens, 0);
  ok(Number.isInteger(raw.created));
});

Deno.test("a member's allowedModels apply to /v1/embeddings and /v1/responses (403 model_not_allowed)", async () => {
  await using setup = await startRouterWithExtras({
    extraYaml: `users:\n  members:\n    kid: { key: "${
      toKeyHash("kid-key")
    }", allowedModels: [ai-router] }\n`,
  });
  const kid = new OpenAI({ baseURL: `${setup.router.baseUrl}/v1`, apiKey: "kid-key", maxRetries: 0 });
  const embedding = await kid.embeddings.create({ model: "sim-embed", input: "x" }).then(
    () => undefined,
    (e) => e,
  );
  ok(embedding instanceof OpenAI.PermissionDeniedError, `expected a 403, got ${embedding}`);
  equal(embedding.code, "model_not_allowed");
  const response = await kid.responses.create({ model: "cloud", input: "x" }).then(() => undefined, (e) => e);
  ok(response instanceof OpenAI.PermissionDeniedError, `expected a 403, got ${response}`);
  match((await kid.responses.create({ model: "ai-router", input: "hi" })).output_text, /You asked/);
});
