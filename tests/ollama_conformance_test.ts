/**
 * Where the Ollama listener answers as Ollama itself does (ollama/ollama
 * api/types.go and server/routes.go@fb30760996871fa9460115c753afd2c60d4ab0f7), in the details apps read:
 * digests, name matching, empty embeddings, nulls, and the errors of a wrong request.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { startRouterWithExtras } from "./extra_upstreams.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

type Json = Record<string, unknown>;

function post(router: TestRouter, { path, body }: { path: string; body: unknown }) {
  return fetch(`${router.ollamaUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function getJson(router: TestRouter, path: string): Promise<{ models: Json[] }> {
  const response = await fetch(`${router.ollamaUrl}${path}`);
  equal(response.status, 200);
  return await response.json();
}

Deno.test("ollama digests: one per listed name, the same in tags and ps, and across restarts", async () => {
  const digestsOf = async (router: TestRouter, path: string) =>
    new Map(
      (await getJson(router, path)).models.map((model) => [model.name as string, model.digest as string]),
    );
  let first: Map<string, string>;
  {
    await using router = await startTestRouter();
    first = await digestsOf(router, "/api/tags");
    // Reins tells models apart by digest alone: aliases of one backend must not share one.
    ok(first.size > 2, `${first.size} models listed`);
    equal(new Set(first.values()).size, first.size, JSON.stringify(Object.fromEntries(first)));
    const running = await digestsOf(router, "/api/ps");
    ok(running.size > 0, "some models run");
    for (const [name, digest] of running) equal(digest, first.get(name), name);
  }
  await using again = await startTestRouter();
  equal(JSON.stringify([...await digestsOf(again, "/api/tags")]), JSON.stringify([...first]));
});

Deno.test("ollama names: matched without regard to case, as Ollama's getExistingName does", async () => {
  await using router = await startTestRouter();
  const hi = [{ role: "user", content: "hi" }];
  const chat = await post(router, {
    path: "/api/chat",
    body: { model: "AI-Router", messages: hi, stream: false },
  });
  equal(chat.status, 200);
  equal((await chat.json()).model, "AI-Router", "the name is echoed as the app sent it");
  const generate = await post(router, {
    path: "/api/generate",
    body: { model: "LOCAL:Latest", prompt: "hi", stream: false },
  });
  equal(generate.status, 200);
  await generate.body?.cancel();
  const show = await post(router, { path: "/api/show", body: { model: "Cloud" } });
  equal(show.status, 200);
  await show.body?.cancel();
});

Deno.test("ollama embed: no input, an empty one or an empty list answers no embeddings, as Ollama does", async () => {
  await using extras = await startRouterWithExtras();
  const { router } = extras;
  for (const input of [{ input: "" }, { input: [] }, {}, { input: null }]) {
    const response = await post(router, { path: "/api/embed", body: { model: "Embeddings", ...input } });
    equal(response.status, 200, JSON.stringify(input));
    deepEqual(await response.json(), { model: "Embeddings", embeddings: [] });
  }
  equal(extras.embed.requests.length, 0, "nothing to embed reaches the model");
  const one = await post(router, { path: "/api/embed", body: { model: "embeddings", input: [""] } });
  equal((await one.json()).embeddings.length, 1, "an empty string in a list is still one input");
});

Deno.test("ollama nulls: a null scalar field is not set, as Go's encoding/json reads it", async () => {
  await using router = await startTestRouter();
  const generate = { model: "local", prompt: "hi", stream: false };
  for (const field of ["system", "suffix", "raw"]) {
    const response = await post(router, { path: "/api/generate", body: { ...generate, [field]: null } });
    equal(response.status, 200, `${field}: null`);
    equal((await response.json()).done, true);
  }
  const load = await post(router, { path: "/api/generate", body: { ...generate, prompt: null } });
  equal(load.status, 200, "prompt: null");
  equal((await load.json()).done_reason, "load", "no prompt loads the model");
  const messages = [
    { role: "system", content: null },
    { role: "assistant", content: "Let me look.", thinking: null, tool_name: null, tool_call_id: null },
    { role: "user", content: "hi" },
  ];
  const chat = await post(router, { path: "/api/chat", body: { model: "local", messages, stream: false } });
  equal(chat.status, 200);
  equal((await chat.json()).done, true);
});

Deno.test("ollama show: without a model is Ollama's 400 model is required", async () => {
  await using router = await startTestRouter();
  for (const body of [{}, { model: "" }, { name: null }]) {
    const show = await post(router, { path: "/api/show", body });
    equal(show.status, 400, JSON.stringify(body));
    deepEqual(await show.json(), { error: "model is required" });
  }
});

Deno.test("ollama methods: a known path with another method is Ollama's 405", async () => {
  await using router = await startTestRouter();
  // Ollama's gin router answers a known path with another method so (r.HandleMethodNotAllowed).
  const wrong: Array<[string, string]> = [["GET", "/api/chat"], ["POST", "/api/tags"], [
    "GET",
    "/api/delete",
  ]];
  for (const [method, path] of wrong) {
    const response = await fetch(`${router.ollamaUrl}${path}`, { method });
    equal(response.status, 405, `${method} ${path}`);
    deepEqual(await response.json(), { error: "405 method not allowed" });
    equal(response.headers.get("allow")?.includes(method), false);
  }
  const unknown = await fetch(`${router.ollamaUrl}/api/nothing`);
  equal(unknown.status, 404);
  await unknown.body?.cancel();
});

Deno.test("ollama tags: size is the planned memory whether the model runs or not", async () => {
  let ready = false;
  const supervision: Supervision = {
    ensureReady: () => Promise.resolve(),
    isReady: () => ready,
    expectsUp: () => ready,
    touch: () => {},
    describe: () => ({
      enabled: true,
      containers: {
        "vllm-primary": { backends: ["primary"], memoryGib: 12, state: ready ? "ready" : "stopped" },
      },
    }),
  };
  await using router = await startTestRouter({ supervision });
  const sizes = async () =>
    Object.fromEntries((await getJson(router, "/api/tags")).models.map((model) => [model.name, model.size]));
  const planned = 12 * 1024 ** 3;
  // A stopped model showed 0 B in apps, and its size changed with the container's state.
  deepEqual(await sizes(), { "ai-router:latest": planned, "local:latest": planned, "cloud:latest": 0 });
  ready = true;
  deepEqual(await sizes(), { "ai-router:latest": planned, "local:latest": planned, "cloud:latest": 0 });
});

Deno.test("ollama ps: details match the model list's, the clip family of a model that sees too", async () => {
  await using extras = await startRouterWithExtras();
  const { router } = extras;
  const listed = new Map(
    (await getJson(router, "/api/tags")).models.map((model) => [model.name, model.details]),
  );
  const running = (await getJson(router, "/api/ps")).models;
  ok(running.some((model) => model.name === "ai-router:latest"), "the public model runs");
  for (const model of running) {
    deepEqual(model.details, listed.get(model.name as string), model.name as string);
  }
});
