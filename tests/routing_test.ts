import { deepEqual, equal, match, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];

async function counterValue(
  router: { metrics: { registry: { getSingleMetricAsString(name: string): Promise<string> } } },
  { name, labels }: { name: string; labels: string },
) {
  const text = await router.metrics.registry.getSingleMetricAsString(name);
  const line = text.split("\n").find((l) => l.includes(labels));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

Deno.test("routing sends a greeting to SIMPLE on the primary with one constrained classifier decode", async () => {
  await using router = await startTestRouter();
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("hi"),
    max_tokens: 50,
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "SIMPLE");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-confidence"), "0.82");
  match(data.choices[0]?.message.content ?? "", /sim-primary/);
  const classifier = router.upstreams.classifier.requests[0]?.body ?? {};
  deepEqual(classifier.structured_outputs, { choice: ["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"] });
  deepEqual(classifier.chat_template_kwargs, { enable_thinking: false });
  equal(classifier.logprobs, true);
  equal(classifier.guided_choice, undefined);
  ok(Number(classifier.max_tokens) <= 16);
  const primary = router.upstreams.primary.requests[0]?.body ?? {};
  // The client's cap reaches the local reasoning model, with thinking off for a cap this small.
  equal(primary.max_tokens, 50);
  equal((primary.chat_template_kwargs as { enable_thinking?: boolean }).enable_thinking, false);
  const [system] = primary.messages as Array<{ role: string; content: string }>;
  equal(system?.role, "system");
  match(system?.content ?? "", /family's home assistant/);
});

Deno.test("routing sends explanations and code to MODERATE on the primary", async () => {
  await using router = await startTestRouter();
  for (const question of ["Explain how tides work", "Write a function that reverses a string"]) {
    const { response } = await router.client.chat.completions.create({
      model: "ai-router",
      messages: ask(question),
    })
      .withResponse();
    equal(response.headers.get("x-ai-router-route"), "MODERATE");
    equal(response.headers.get("x-ai-router-backend"), "primary");
  }
  equal(router.upstreams.cloud.requests.length, 0);
});

Deno.test("routing sends research-level problems to the cloud with its prompt and the max_tokens floor", async () => {
  await using router = await startTestRouter();
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove that there are infinitely many primes"),
    max_tokens: 100,
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  match(data.choices[0]?.message.content ?? "", /sim-cloud/);
  const cloud = router.upstreams.cloud.requests[0]?.body ?? {};
  equal(cloud.max_tokens, 16384);
  match((cloud.messages as Array<{ content: string }>)[0]?.content ?? "", /hard question/);
  equal(router.upstreams.primary.requests.length, 0);
});

Deno.test("a failing cloud (5xx) falls back to the local model with a note", async () => {
  await using router = await startTestRouter();
  router.upstreams.cloud.behaviour.failure = { kind: "status", status: 503 };
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove the theorem"),
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(data.choices[0]?.message.content ?? "", /^_Answered by primary because cloud did not answer\._\n\n/);
  equal(
    await counterValue(router, {
      name: "ai_router_fallbacks_total",
      labels: 'from="cloud",to="primary",reason="failed"',
    }),
    1,
  );
  equal(router.sessions[0]?.steps.map((s) => [s.provider, s.status]).join(), "cloud,502,primary,200");
});

Deno.test("a cloud that never answers falls back to the local model after its first-byte timeout", async () => {
  await using router = await startTestRouter();
  router.upstreams.cloud.behaviour.failure = { kind: "stall" };
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove it"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(router.sessions[0]?.steps[0]?.status, 504);
});

Deno.test("an unconfigured cloud plan is answered locally with a note, never an error", async () => {
  await using router = await startTestRouter({
    extraYaml: `
routing:
  plans:
    COMPLEX: { backend: nowhere, fallback: primary }
`,
  });
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove it"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(data.choices[0]?.message.content ?? "", /because nowhere is not configured/);
});

Deno.test("ENRICH asks the cloud for context only, injects it and lets the local model answer", async () => {
  await using router = await startTestRouter();
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("What happened in the news today?"),
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  // The cloud searches through its Responses API with its server-side tools, storing nothing.
  const cloudRequest = router.upstreams.cloud.requests[0];
  equal(cloudRequest?.path, "/v1/responses");
  const cloud = cloudRequest?.body ?? {};
  deepEqual(cloud.tools, [{ type: "web_search" }, { type: "x_search" }]);
  equal(cloud.store, false);
  match((cloud.input as Array<{ content: string }>)[0]?.content ?? "", /gather current facts/);
  const primary = router.upstreams.primary.requests[0]?.body ?? {};
  const system = (primary.messages as Array<{ content: string }>)[0]?.content ?? "";
  match(system, /Current information gathered/);
  match(system, /simulated headline/);
  const entry = router.sessions[0];
  equal(entry?.route, "ENRICH");
  deepEqual(entry?.steps.map((s) => [s.step, s.provider, s.location]), [
    ["enrich", "cloud", "cloud"],
    ["answer", "primary", "local"],
  ]);
  match(entry?.steps[0]?.response_content ?? "", /simulated headline/);
  ok((entry?.steps[0]?.tokens?.completion ?? 0) > 0, "the Responses usage is read for the spend");
});

Deno.test("a failed or empty enrichment still gets a local answer", async () => {
  await using router = await startTestRouter();
  router.upstreams.cloud.behaviour.failure = { kind: "status", status: 500 };
  const failed = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("latest news?"),
  });
  match(failed.choices[0]?.message.content ?? "", /current sources could not be checked/);
  router.upstreams.cloud.behaviour.failure = null;
  router.upstreams.cloud.behaviour.reply = () => "";
  const empty = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("weather today?"),
  });
  match(empty.choices[0]?.message.content ?? "", /no current information was found/);
  const injected = (router.upstreams.primary.requests[1]?.body.messages as Array<{ content: string }>)[0]
    ?.content;
  ok(!injected?.includes("Current information gathered"));
});

Deno.test("the routing note is added to answers when the config turns it on", async () => {
  await using router = await startTestRouter({ extraYaml: "routing:\n  note: true\n" });
  const completion = await router.client.chat.completions.create({ model: "ai-router", messages: ask("hi") });
  match(
    completion.choices[0]?.message.content ?? "",
    /^_Routed SIMPLE to primary \(confidence 0\.82\)\._\n\n/,
  );
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("hi"),
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  match(text, /^_Routed SIMPLE to primary/);
});

Deno.test("an alias skips the classifier and is logged as the alias rule", async () => {
  await using router = await startTestRouter();
  const { response } = await router.client.chat.completions.create({
    model: "local",
    messages: ask("Prove it"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "ALIAS");
  equal(response.headers.get("x-ai-router-confidence"), "1.00");
  equal(router.upstreams.classifier.requests.length, 0);
  equal(router.sessions[0]?.rule, "alias");
});

Deno.test("the long-context rule sends a prompt over routing.longContextTokens to its backend without the classifier", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  longContextTokens: 100\n  longContextBackend: cloud\n",
  });
  const short = await router.client.chat.completions.create({ model: "ai-router", messages: ask("hi") })
    .withResponse();
  equal(
    short.response.headers.get("x-ai-router-backend"),
    "primary",
    "under the threshold the classifier decides",
  );
  const document = "The committee met on Tuesday and discussed the budget. ".repeat(60);
  const { data, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask(`Summarise this:\n${document}`),
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "LONG_CONTEXT");
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  match(data.choices[0]?.message.content ?? "", /sim-cloud/);
  equal(router.upstreams.classifier.requests.length, 1, "only the short prompt was classified");
  equal(router.upstreams.cloud.requests.length, 1);
  equal(router.sessions[1]?.route, "LONG_CONTEXT");
  equal(router.sessions[1]?.rule, "long-context");
  equal(
    await counterValue(router, { name: "ai_router_rule_decisions_total", labels: 'rule="long-context"' }),
    1,
  );
});
