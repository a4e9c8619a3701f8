/** The contracts with vLLM: request ids, stream usage, classifier and META reasoning, suffix, error events. */
import { equal, match, notEqual, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { parse } from "yaml";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";

Deno.test("a speculative start and the classifier on one older vLLM get distinct request ids", async () => {
  // vLLM 0.11 refuses an X-Request-Id already in flight; the Thor 4B is both classifier and SIMPLE tier.
  await using shared = await startOpenAiSimulator({
    models: ["sim-shared"],
    version: "0.11.0",
    behaviour: { ttftMs: 150 },
  });
  await using router = await startTestRouter({
    extraBackendsYaml: `  shared:\n    urls: ["${shared.baseUrl}"]\n    model: sim-shared\n`,
    extraYaml: `routing:
  defaultBackend: shared
  labels: [SIMPLE, MODERATE]
  classifier: { backend: shared, defaultLabel: MODERATE }
  plans:
    SIMPLE: { backend: shared }
    MODERATE: { backend: shared }
`,
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "hi there" }],
  });
  for await (const _chunk of stream) { /* drain */ }
  const ids = shared.requests.map((r) => r.headers.get("x-request-id"));
  equal(ids.length, 2);
  notEqual(ids[0], ids[1]);
  equal(router.sessions[0]?.classification_raw, "SIMPLE");
});

Deno.test("a member with tokensPerDay who streams without include_usage is refused once over the limit", async () => {
  await using router = await startTestRouter({
    secrets: { BOB_KEY: "bob-key" },
    extraYaml: `
users:
  members:
    bob: { key: BOB_KEY, limits: { tokensPerDay: 20 } }
`,
  });
  const client = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "bob-key", maxRetries: 0 });
  const chunks: Array<{ usage?: unknown; choices: unknown[] }> = [];
  const stream = await client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "hi" }],
  });
  for await (const chunk of stream) chunks.push(chunk);
  // The router asked upstream for usage on bob's behalf and kept the usage chunk from him.
  equal(
    (router.upstreams.primary.requests[0]?.body.stream_options as { include_usage?: boolean })?.include_usage,
    true,
  );
  ok(chunks.length > 0 && chunks.every((chunk) => chunk.choices.length > 0 && !chunk.usage));
  ok((router.sessions[0]?.steps.at(-1)?.tokens?.completion ?? 0) > 0, "the streamed tokens were counted");
  await rejects(
    client.chat.completions.create({
      model: "ai-router",
      stream: true,
      messages: [{ role: "user", content: "hi" }],
    }),
    (error: unknown) => error instanceof OpenAI.RateLimitError,
  );
});

Deno.test("a client that asks for stream usage still gets the usage chunk", async () => {
  await using router = await startTestRouter();
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    "stream_options": { "include_usage": true },
    messages: [{ role: "user", content: "hi" }],
  });
  let usage: unknown;
  for await (const chunk of stream) usage ??= chunk.usage;
  ok(usage, "the usage chunk was relayed");
});

Deno.test("a classifier label that arrives as reasoning with content null still routes", async () => {
  await using router = await startTestRouter({
    servers: { classifier: { version: "0.10.2" } }, // structured_outputs, reasoning named `reasoning_content`
    behaviour: { classifier: { answerInReasoning: true } },
  });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove that sqrt(2) is irrational" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(router.sessions[0]?.classification_raw, "COMPLEX");
});

Deno.test("several non-label classifier replies in a row show in /health/deep and the metric", async () => {
  // vLLM before 0.10.2 ignores structured_outputs and answers prose.
  await using router = await startTestRouter({ servers: { classifier: { version: "0.9.2" } } });
  for (const question of ["first question", "second question", "third question"]) {
    await router.client.chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content: question }],
    });
  }
  const deep = await (await fetch(`${router.baseUrl}/health/deep`)).json();
  equal(deep.classifier.nonLabelStreak, 3);
  match(deep.classifier.warning, /older than 0\.10\.2/);
  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  match(metrics, /^ai_router_classifier_non_label_streak 3$/m);
  router.upstreams.classifier.behaviour.reply = () => "SIMPLE";
  await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "fourth" }],
  });
  equal((await (await fetch(`${router.baseUrl}/health/deep`)).json()).classifier.nonLabelStreak, 0);
});

Deno.test("a streamed META answer sent only as reasoning deltas reaches the client as content", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { answerInReasoning: true } } });
  router.upstreams.primary.behaviour.reply = () => '{"title": "🌊 Tides"}';
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{
      role: "user",
      content: "### Task:\nGenerate a concise title.\n### Chat History:\nhow do tides work?",
    }],
  }, { headers: { "x-openwebui-task": "title_generation" } });
  let content = "";
  for await (const chunk of stream) content += chunk.choices[0]?.delta?.content ?? "";
  equal(router.sessions[0]?.route, "META");
  equal(content, '{"title": "🌊 Tides"}');
});

Deno.test("the workstation profile uses vLLM's built-in nemotron_v3 reasoning parser, no plugin file", async () => {
  const profile = parse(
    await Deno.readTextFile(new URL("../infra/containers/workstation.yaml", import.meta.url)),
  );
  const cmd: string[] = profile.containers.primary.cmd;
  equal(cmd[cmd.indexOf("--reasoning-parser") + 1], "nemotron_v3");
  equal(cmd.includes("--reasoning-parser-plugin"), false);
});

Deno.test("/v1/completions with suffix and no fimTemplate: the suffix is dropped with a note, not a 400", async () => {
  await using router = await startTestRouter();
  const completion = await router.client.completions.create({
    model: "ai-router",
    prompt: "def add(a, b):\n",
    suffix: "\n\nprint(add(1, 2))",
  });
  match(completion.choices[0]?.text ?? "", /sim-primary/);
  equal("suffix" in (router.upstreams.primary.requests[0]?.body ?? {}), false);
  match(router.sessions[0]?.notes?.join(" ") ?? "", /primary was sent the completion without its suffix/);
});

Deno.test("/v1/completions with suffix to a backend with fimTemplate gets the model's FIM prompt", async () => {
  await using coder = await startOpenAiSimulator({ models: ["sim-coder"] });
  await using router = await startTestRouter({
    extraBackendsYaml: `  coder:
    urls: ["${coder.baseUrl}"]
    model: sim-coder
    fimTemplate: "<|fim_prefix|>{prefix}<|fim_suffix|>{suffix}<|fim_middle|>"
`,
    extraYaml: "routing:\n  completionsBackend: coder\n",
  });
  await router.client.completions.create({
    model: "ai-router",
    prompt: "let $a = ",
    suffix: ";\nexport $a;",
  });
  const sent = coder.requests[0]?.body ?? {};
  equal(sent.prompt, "<|fim_prefix|>let $a = <|fim_suffix|>;\nexport $a;<|fim_middle|>");
  equal("suffix" in sent, false);
});

Deno.test("a relayed data: {error} event marks the session failed even though [DONE] followed", async () => {
  await using router = await startTestRouter({
    behaviour: { primary: { failure: { kind: "error-event", afterChunks: 3 } } },
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "hi" }],
  });
  await rejects(async () => {
    for await (const _chunk of stream) { /* the SDK throws on the error event */ }
  }, (error: unknown) => error instanceof OpenAI.APIError);
  await waitForSession(router);
  equal(router.sessions[0]?.status, 502);
  match(router.sessions[0]?.error ?? "", /Simulated failure during generation/);
});

async function waitForSession(router: { sessions: unknown[] }) {
  // The client stops reading at the error event; the entry is finished when the relay sees the end.
  for (let i = 0; i < 100 && router.sessions.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
}
