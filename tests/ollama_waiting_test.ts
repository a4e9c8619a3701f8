/**
 * An Ollama stream while the model's container starts: the pipeline's keep-alives (the `: waiting` SSE
 * comments of `/v1/chat/completions`) reach Ollama apps as empty chunks, since Ollama App ends a stream
 * after 30 s without data (JHubi1/ollama-app lib/worker/sender.dart@3759d32049771096b172b99400edae6d4f1a2557,
 * `.timeout` on the response stream). A stub stands in for the Supervisor, holding the container "starting".
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { startTestRouter } from "./test_router.ts";

// deno-lint-ignore no-explicit-any
type Line = Record<string, any>;

/** Supervision whose containers are all starting until `release()`. */
function createStartingSupervision() {
  let release!: () => void;
  const started = new Promise<void>((resolve) => release = resolve);
  let ready = false;
  const supervision: Supervision = {
    ensureReady: async () => {
      await started;
      ready = true;
    },
    isReady: () => ready,
    expectsUp: () => true,
    touch: () => {},
    describe: () => ({ enabled: true, containers: {} }),
  };
  return { supervision, release };
}

/** An empty chunk: no text, thinking or tool call, not the last. */
function isKeepAlive(line: Line): boolean {
  const { message } = line;
  if (line.done || line.thinking || message?.thinking || message?.tool_calls) return false;
  return (message?.content ?? line.response) === "";
}

/** Reads NDJSON lines one at a time, as an app does. */
function readLines(body: ReadableStream<Uint8Array>) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  return async (): Promise<Line | undefined> => {
    while (!pending.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) return undefined;
      pending += value;
    }
    const at = pending.indexOf("\n");
    const line = pending.slice(0, at);
    pending = pending.slice(at + 1);
    return JSON.parse(line);
  };
}

for (
  const [path, body, empty] of [
    ["/api/chat", { messages: [{ role: "user", content: "hi" }] }, {
      message: { role: "assistant", content: "" },
    }],
    ["/api/generate", { prompt: "hi" }, { response: "" }],
  ] as const
) {
  Deno.test(`ollama stream: ${path} sends empty chunks while the container starts, then the answer`, async () => {
    const { supervision, release } = createStartingSupervision();
    await using router = await startTestRouter({
      supervision,
      extraYaml: "supervisor:\n  keepAliveMs: 20\n",
    });
    const response = await fetch(`${router.ollamaUrl}${path}`, {
      method: "POST",
      body: JSON.stringify({ model: "local", ...body }),
    });
    equal(response.status, 200);
    equal(response.headers.get("content-type"), "application/x-ndjson");
    const next = readLines(response.body as ReadableStream<Uint8Array>);
    // A generous limit, not a timed assertion: without keep-alives the container "starts" and the first
    // line is the answer, which fails below instead of hanging.
    const limit = setTimeout(release, 5_000);
    // The first at once, then one every keepAliveMs while the container is still starting.
    for (let i = 0; i < 2; i++) {
      const { model, "created_at": createdAt, done, ...rest } = await next() ?? {};
      equal(model, "local");
      ok(!Number.isNaN(Date.parse(createdAt)));
      equal(done, false);
      deepEqual(rest, empty);
    }
    clearTimeout(limit);
    release();
    const lines: Line[] = [];
    for (let line = await next(); line; line = await next()) lines.push(line);
    equal(lines.at(-1)?.done, true);
    const text = lines.map((line) => line.message?.content ?? line.response).join("");
    ok(text.length > 0);
    const first = lines.findIndex((line) => !isKeepAlive(line));
    ok(!lines.slice(first).some(isKeepAlive), "no keep-alive once the answer has begun");
  });
}

for (
  const [path, body, empty] of [
    ["/api/generate", { keep_alive: 300 }, { response: "" }],
    ["/api/chat", { messages: [] }, { message: { role: "assistant", content: "" } }],
  ] as const
) {
  Deno.test(`ollama load: ${path} without a prompt answers "load" at once while the container still starts`, async () => {
    const { supervision, release } = createStartingSupervision();
    const asked: string[] = [];
    const ensureReady = supervision.ensureReady;
    supervision.ensureReady = (backend, signal) => {
      asked.push(backend);
      return ensureReady(backend, signal);
    };
    await using router = await startTestRouter({ supervision });
    // Ollama App's preload gives up after 10 s (lib/worker/setter.dart); a start held forever must not block.
    const limit = setTimeout(release, 5_000);
    const response = await fetch(`${router.ollamaUrl}${path}`, {
      method: "POST",
      body: JSON.stringify({ model: "local", ...body }),
    });
    clearTimeout(limit);
    equal(response.status, 200);
    const { "created_at": createdAt, ...rest } = await response.json();
    ok(!Number.isNaN(Date.parse(createdAt)));
    deepEqual(rest, { model: "local", ...empty, done: true, "done_reason": "load" });
    deepEqual(asked, ["primary"], "the start was triggered");
    equal(supervision.isReady("primary"), false, "answered before the container was ready");
    release();
  });
}

Deno.test("ollama load: a start that fails at once still fails the load request", async () => {
  const { supervision } = createStartingSupervision();
  supervision.ensureReady = () => Promise.reject(new Error("engine down"));
  await using router = await startTestRouter({ supervision });
  const response = await fetch(`${router.ollamaUrl}/api/generate`, {
    method: "POST",
    body: JSON.stringify({ model: "local" }),
  });
  equal(response.status, 500);
  ok(typeof (await response.json()).error === "string");
});
