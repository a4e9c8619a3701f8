/**
 * Every upstream answer the router reads whole goes through the relay's guarded reader: a body that stalls after
 * its headers is cut, a client that leaves cuts the read, a body that is not JSON is a 502. These are the reads
 * that once read raw (classifier, ENRICH, judge, embeddings).
 */
import { equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import type { OpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { callJudgeModel } from "../src/review/call_judge_model.ts";
import { startRouterWithExtras } from "./extra_upstreams.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const NEWS = [{ role: "user" as const, content: "What happened in the news today?" }];
const HI = [{ role: "user" as const, content: "hi" }];
/** Far longer than any cut the router makes: an uncut read would still be waiting when the test checks. */
const SLOW = { kind: "slow-body", delayMs: 20_000 } as const;

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  ok(check(), what);
}

/** Sends a request, waits until `upstream` has its request and has sent its headers, then leaves. */
async function leaveDuring(
  baseUrl: string,
  upstream: OpenAiSimulator,
  request: { path: string; body: unknown },
) {
  const seen = upstream.requests.length;
  const controller = new AbortController();
  const pending = fetch(`${baseUrl}/v1/${request.path}`, {
    method: "POST",
    body: JSON.stringify(request.body),
    signal: controller.signal,
  }).catch((error) => error);
  await waitFor(() => upstream.requests.length > seen, "the upstream got the request");
  // The simulator sends its headers and a space at once; this leaves them time to reach the router.
  await new Promise((r) => setTimeout(r, 200));
  controller.abort();
  await pending;
  const sent = upstream.requests[seen];
  await waitFor(() => sent?.aborted === true, "the upstream saw its body read cut");
  equal(sent?.completed, false);
}

async function classifierResult(router: TestRouter, result: string): Promise<number> {
  const text = await router.metrics.registry.getSingleMetricAsString("ai_router_classifier_results_total");
  return Number(text.match(new RegExp(`result="${result}"\\} (\\d+)`))?.[1] ?? 0);
}

Deno.test("a classifier whose body stalls after its headers is cut at the classifier timeout: default label", async () => {
  await using router = await startTestRouter({ extraYaml: "routing:\n  classifier: { timeoutMs: 300 }\n" });
  router.upstreams.classifier.behaviour.failure = SLOW;
  const { response } = await router.client.chat.completions.create({ model: "ai-router", messages: HI })
    .withResponse();
  equal(response.status, 200);
  equal(await classifierResult(router, "timeout"), 1);
  await waitFor(
    () => router.upstreams.classifier.requests[0]?.aborted === true,
    "the classifier read was cut",
  );
  equal(router.upstreams.classifier.requests[0]?.completed, false);
});

Deno.test("a client that leaves while the classifier's body is stalled cuts the classifier read", async () => {
  await using router = await startTestRouter({ extraYaml: "routing:\n  classifier: { timeoutMs: 60000 }\n" });
  router.upstreams.classifier.behaviour.failure = SLOW;
  await leaveDuring(router.baseUrl, router.upstreams.classifier, {
    path: "chat/completions",
    body: { model: "ai-router", messages: HI },
  });
});

Deno.test("an ENRICH context hop whose body stalls is cut after idleMs, and the local model answers alone", async () => {
  await using router = await startTestRouter();
  router.upstreams.cloud.behaviour.failure = SLOW;
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: NEWS,
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  match(data.choices[0]?.message.content ?? "", /Answered without current information/);
  const cloud = router.upstreams.cloud.requests[0];
  await waitFor(() => cloud?.aborted === true, "the context read was cut");
  equal(router.sessions[0]?.steps[0]?.status, 504);
});

Deno.test("a client that leaves while the ENRICH context body is stalled cuts the context read", async () => {
  await using router = await startTestRouter({ cloudTimeouts: "{ firstByteMs: 2000, idleMs: 60000 }" });
  router.upstreams.cloud.behaviour.failure = SLOW;
  await leaveDuring(router.baseUrl, router.upstreams.cloud, {
    path: "chat/completions",
    body: { model: "ai-router", messages: NEWS },
  });
});

Deno.test("a judge whose body stalls after its headers fails with a 504 after idleMs instead of waiting", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.failure = SLOW;
  const backend = router.state.current().backends.get("primary");
  ok(backend);
  await rejects(
    callJudgeModel(backend, { system: "Grade it", user: "hi", maxTokens: 10, requestId: "judge-1" }),
    (error: { status?: number; message: string }) => {
      equal(error.status, 504);
      match(error.message, /Backend "primary" stalled while answering/);
      return true;
    },
  );
  await waitFor(() => router.upstreams.primary.requests[0]?.aborted === true, "the judge read was cut");
});

Deno.test("POST /v1/embeddings answers an upstream body that is not JSON with a 502 quoting it", async () => {
  await using setup = await startRouterWithExtras();
  setup.embed.behaviour.failure = {
    kind: "not-json",
    body: "<html>Bad gateway</html>",
    contentType: "text/html",
  };
  await rejects(
    setup.router.client.embeddings.create({ model: "sim-embed", input: "sunny day" }),
    (error: unknown) => {
      ok(error instanceof OpenAI.APIError);
      equal(error.status, 502);
      equal(error.code, "upstream_error");
      match(
        error.message,
        /Backend "embed" answered 200 \(text\/html\) with a body that is not a JSON object: "<html>/,
      );
      return true;
    },
  );
  await waitFor(() => setup.router.sessions.length === 1, "the session ended");
  equal(setup.router.sessions[0]?.status, 502);
});

Deno.test("POST /v1/embeddings whose upstream body stalls is a 504 after idleMs, and the read is cut", async () => {
  await using setup = await startRouterWithExtras();
  setup.embed.behaviour.failure = SLOW;
  await rejects(
    setup.router.client.embeddings.create({ model: "sim-embed", input: "sunny day" }),
    (error: unknown) => {
      ok(error instanceof OpenAI.APIError);
      equal(error.status, 504);
      equal(error.code, "upstream_timeout");
      return true;
    },
  );
  await waitFor(() => setup.embed.requests[0]?.aborted === true, "the embeddings read was cut");
});

Deno.test("a client that leaves while the embeddings body is stalled cuts the read and is logged as 499", async () => {
  await using setup = await startRouterWithExtras();
  setup.embed.behaviour.failure = SLOW;
  await leaveDuring(setup.router.baseUrl, setup.embed, {
    path: "embeddings",
    body: { model: "sim-embed", input: "sunny day" },
  });
  await waitFor(() => setup.router.sessions.length === 1, "the session ended");
  equal(setup.router.sessions[0]?.status, 499);
});

Deno.test("a Piper HTTP server whose WAV stalls after its headers is cut at the audio timeout: a 504", async () => {
  // A piper1-gpl look-alike (`GET /info` 200) that sends the head of a WAV on /synthesize and then nothing.
  let cut = false;
  const stalled = new AbortController();
  await using piper = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    if (new URL(request.url).pathname === "/info") return Response.json({ voice: { name: "v" } });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("RIFF"));
        stalled.signal.addEventListener("abort", () => {
          if (!cut) controller.close();
        });
      },
      cancel() {
        cut = true;
      },
    });
    return new Response(body, { headers: { "content-type": "audio/wav" } });
  });
  await using router = await startTestRouter({
    extraBackendsYaml:
      `  piper:\n    kind: piper-http\n    urls: ["http://127.0.0.1:${piper.addr.port}"]\n    model: en_US-lessac-medium\n`,
    extraYaml: "audio:\n  speechBackend: piper\n  timeoutMs: 300\n",
  });
  const error = await router.client.audio.speech.create({
    model: "tts-1",
    voice: "en_US-lessac-medium",
    input: "Hello.",
  })
    .then(() => undefined, (e) => e);
  stalled.abort();
  ok(error instanceof OpenAI.APIError, `expected an error, got ${error}`);
  equal(error.status, 504);
  await waitFor(() => cut, "the Piper body read was cut");
});
