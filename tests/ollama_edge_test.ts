/**
 * The Ollama listener's edge: keys (Bearer and Basic), Ollama's error shape for bad input, the refusals,
 * `keep_alive`, a phone that leaves mid-stream, and lines that arrive while the model is still producing.
 */
import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { Buffer } from "node:buffer";
import OpenAI from "openai";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const KEY = "phone-key-1";
const USERS_YAML = `
users:
  members:
    mum:
      key: MUM_KEY
    kid:
      key: KID_KEY
      allowedModels: [ai-router]
`;
const hi = [{ role: "user", content: "hi" }];

function post(
  router: TestRouter,
  { path, body, headers = {} }: { path: string; body: unknown; headers?: Record<string, string> },
) {
  return fetch(`${router.ollamaUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function expectError(response: Response, { status, message }: { status: number; message: RegExp }) {
  equal(response.status, status);
  match(response.headers.get("content-type") ?? "", /application\/json/);
  const body = await response.json();
  deepEqual(Object.keys(body), ["error"]);
  equal(typeof body.error, "string");
  match(body.error, message);
}

async function waitForSessions(router: TestRouter, count: number): Promise<SessionLogEntry[]> {
  for (let i = 0; i < 300 && router.sessions.length < count; i++) await new Promise((r) => setTimeout(r, 10));
  equal(router.sessions.length, count, "session entries");
  return router.sessions;
}

const basic = (password: string, user = "any") =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

Deno.test("ollama keys: Bearer and Basic with the key as password; / and /api/version need none", async () => {
  await using router = await startTestRouter({
    extraYaml: USERS_YAML,
    secrets: { MUM_KEY: KEY, KID_KEY: "kid-key" },
  });
  equal(await (await fetch(router.ollamaUrl)).text(), "Ollama is running");
  const head = await fetch(router.ollamaUrl, { method: "HEAD" });
  equal(head.status, 200);
  await head.body?.cancel();
  equal((await fetch(`${router.ollamaUrl}/api/version`)).status, 200);
  await expectError(await fetch(`${router.ollamaUrl}/api/tags`), { status: 401, message: /Missing API key/ });
  await expectError(
    await fetch(`${router.ollamaUrl}/api/tags`, { headers: { authorization: "Bearer wrong" } }),
    { status: 401, message: /Incorrect API key/ },
  );
  await expectError(
    await fetch(`${router.ollamaUrl}/api/tags`, { headers: { authorization: basic("wrong") } }),
    { status: 401, message: /Incorrect API key/ },
  );
  const bearer = await post(router, {
    path: "/api/chat",
    body: { model: "ai-router", messages: hi, stream: false },
    headers: {
      authorization: `Bearer ${KEY}`,
    },
  });
  equal(bearer.status, 200);
  equal((await bearer.json()).done, true);
  const viaBasic = await post(router, {
    path: "/api/chat",
    body: { model: "ai-router", messages: hi, stream: false },
    headers: {
      authorization: basic(KEY),
    },
  });
  equal(viaBasic.status, 200);
  match(viaBasic.headers.get("x-ai-router-route") ?? "", /\w+/);
  await viaBasic.body?.cancel();
  deepEqual(router.sessions.map((entry) => entry.user), ["mum", "mum"]);

  // A member limited to some models sees only those, and is refused the others (403, Ollama's shape).
  const kid = { authorization: basic("kid-key") };
  const tags = await (await fetch(`${router.ollamaUrl}/api/tags`, { headers: kid })).json();
  deepEqual(tags.models.map((model: { name: string }) => model.name), ["ai-router:latest"]);
  await expectError(
    await post(router, { path: "/api/chat", body: { model: "cloud", messages: hi }, headers: kid }),
    { status: 403, message: /Cannot use model "cloud"/ },
  );
});

Deno.test("ollama errors: malformed body, unknown model, over the size cap, refusals", async () => {
  await using router = await startTestRouter({ extraYaml: "server:\n  maxBodyBytes: 2000\n" });
  await expectError(await post(router, { path: "/api/chat", body: "{not json" }), {
    status: 400,
    message: /Cannot parse request body/,
  });
  await expectError(await post(router, { path: "/api/chat", body: { messages: hi } }), {
    status: 400,
    message: /model/,
  });
  await expectError(await post(router, { path: "/api/chat", body: { model: "ai-router", messages: "hi" } }), {
    status: 400,
    message: /messages/,
  });
  for (const path of ["/api/chat", "/api/generate", "/api/show", "/api/embed"]) {
    await expectError(
      await post(router, { path, body: { model: "nope", messages: hi, prompt: "hi", input: "x" } }),
      { status: 404, message: /^model 'nope' not found$/ },
    );
  }
  await expectError(
    await post(router, {
      path: "/api/chat",
      body: {
        model: "ai-router",
        messages: [{ role: "user", content: "x".repeat(3000) }],
      },
    }),
    { status: 413, message: /too large/ },
  );
  // Nothing above reached a model or a session log.
  equal(router.upstreams.primary.requests.length, 0);
  equal(router.sessions.length, 0);

  const management: Array<[string, string]> = [
    ["POST", "/api/pull"],
    ["POST", "/api/push"],
    ["POST", "/api/create"],
    ["POST", "/api/copy"],
    ["DELETE", "/api/delete"],
  ];
  for (const [method, path] of management) {
    const response = await fetch(`${router.ollamaUrl}${path}`, {
      method,
      body: JSON.stringify({ model: "llama3" }),
    });
    await expectError(response, { status: 403, message: /managed by its configuration/ });
  }
  await expectError(await fetch(`${router.ollamaUrl}/api/nothing`), { status: 404, message: /not found/ });
});

Deno.test("the Ollama port serves the OpenAI API under /v1 too, with OpenAI's error shape there", async () => {
  await using router = await startTestRouter();
  const client = new OpenAI({ baseURL: `${router.ollamaUrl}/v1`, apiKey: "none", maxRetries: 0 });
  const models = await client.models.list();
  ok(models.data.some((model) => model.id === "ai-router"));
  const answer = await client.chat.completions.create({
    model: "local",
    messages: [{ role: "user", content: "hi" }],
  });
  match(answer.choices[0]?.message.content ?? "", /sim-primary/);
  await rejects(
    client.chat.completions.create({ model: "nope", messages: [{ role: "user", content: "hi" }] }),
    (error: unknown) => error instanceof OpenAI.NotFoundError && error.code === "model_not_found",
  );
  const unknown = await fetch(`${router.ollamaUrl}/v1/nothing`);
  equal(unknown.status, 404);
  equal((await unknown.json()).error.code, "unknown_url");
});

Deno.test("ollama keep_alive: accepted everywhere; 0 on an empty prompt answers unload and unloads nothing", async () => {
  await using router = await startTestRouter();
  const unload = await post(router, {
    path: "/api/generate",
    body: { model: "ai-router", prompt: "", keep_alive: 0 },
  });
  deepEqual(
    (({ model, response, done, done_reason }) => ({ model, response, done, done_reason }))(
      await unload.json(),
    ),
    { model: "ai-router", response: "", done: true, done_reason: "unload" },
  );
  const load = await post(router, {
    path: "/api/chat",
    body: { model: "local", messages: [], keep_alive: "10m" },
  });
  equal((await load.json()).done_reason, "load");
  const answer = await post(router, {
    path: "/api/chat",
    body: {
      model: "local",
      messages: hi,
      keep_alive: -1,
      stream: false,
    },
  });
  equal((await answer.json()).done, true);
  equal(router.upstreams.primary.requests.length, 1);
  equal("keep_alive" in (router.upstreams.primary.requests[0]?.body ?? {}), false);
});

Deno.test("ollama stream: a phone that leaves mid-stream cancels the upstream, and the session says 499", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 50 } } });
  const controller = new AbortController();
  const response = await fetch(`${router.ollamaUrl}/api/chat`, {
    method: "POST",
    body: JSON.stringify({ model: "local", messages: hi }),
    signal: controller.signal,
  });
  equal(response.status, 200);
  equal(response.headers.get("content-type"), "application/x-ndjson");
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => {});
  const [entry] = await waitForSessions(router, 1);
  equal(entry?.status, 499);
  match(entry?.error ?? "", /cancelled/);
  for (let i = 0; i < 200 && !router.upstreams.primary.requests[0]?.aborted; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  equal(router.upstreams.primary.requests[0]?.aborted, true, "the upstream call was cancelled");
});

Deno.test("ollama stream: NDJSON lines arrive one by one while the model is still producing", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { interTokenMs: 40 } } });
  const response = await post(router, { path: "/api/generate", body: { model: "local", prompt: "hi" } });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const reads: string[] = [];
  let upstreamDoneAtFirstRead: boolean | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    upstreamDoneAtFirstRead ??= router.upstreams.primary.requests[0]?.completed === true;
    reads.push(decoder.decode(value));
  }
  equal(upstreamDoneAtFirstRead, false, "the first line came before the model finished");
  ok(reads.length > 5, `lines arrived in ${reads.length} reads`);
  const lines = reads.join("").trimEnd().split("\n").map((line) => JSON.parse(line));
  ok(lines.slice(0, -1).every((line) => line.done === false && typeof line.response === "string"));
  equal(lines.at(-1)?.done, true);
  equal(lines.at(-1)?.done_reason, "stop");
});

Deno.test("ollama limits: a member's requests per minute count across both ports (429, Retry-After)", async () => {
  await using router = await startTestRouter({
    extraYaml: "users:\n  members:\n    mum:\n      key: MUM_KEY\n      limits: { requestsPerMinute: 1 }\n",
    secrets: { MUM_KEY: KEY },
  });
  const first = await router.client.withOptions({ apiKey: KEY }).chat.completions.create({
    model: "local",
    messages: [{ role: "user", content: "hi" }],
  });
  equal(first.object, "chat.completion");
  const second = await post(router, {
    path: "/api/chat",
    body: { model: "local", messages: hi },
    headers: {
      authorization: `Bearer ${KEY}`,
    },
  });
  ok(Number(second.headers.get("retry-after")) >= 1);
  await expectError(second, { status: 429, message: /Rate limit reached for "mum"/ });
});

Deno.test("ollama stream: a model failing mid-stream ends the NDJSON with one error line", async () => {
  await using router = await startTestRouter({
    behaviour: { primary: { failure: { kind: "error-event", afterChunks: 3 } } },
  });
  const response = await post(router, { path: "/api/chat", body: { model: "local", messages: hi } });
  equal(response.status, 200);
  const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line));
  ok(lines.length >= 2);
  ok(lines.slice(0, -1).every((line) => line.done === false));
  deepEqual(Object.keys(lines.at(-1)), ["error"]);
  match(lines.at(-1).error, /Simulated failure/);
  const [entry] = await waitForSessions(router, 1);
  equal(entry?.status, 502);
});
