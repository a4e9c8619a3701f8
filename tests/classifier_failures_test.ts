import { equal, match } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];

async function classifierResults(router: Awaited<ReturnType<typeof startTestRouter>>, result: string) {
  const text = await router.metrics.registry.getSingleMetricAsString("ai_router_classifier_results_total");
  const line = text.split("\n").find((l) => l.includes(`result="${result}"`));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

Deno.test("a classifier timeout falls back to the default label and still answers", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  classifier: { timeoutMs: 100 }\n",
    behaviour: { classifier: { ttftMs: 1_000 } },
  });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove it"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "MODERATE");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-confidence"), null);
  equal(await classifierResults(router, "timeout"), 1);
  equal(router.sessions[0]?.classification_raw, "(timeout)");
});

Deno.test("a classifier answering garbage falls back to the default label", async () => {
  await using router = await startTestRouter({
    behaviour: { classifier: { choose: () => ({ label: "I think it is simple", logprob: -1 }) } },
  });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("hi"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "MODERATE");
  equal(await classifierResults(router, "error"), 1);
  match(router.sessions[0]?.classification_raw ?? "", /not a label/);
});

Deno.test("a classifier that refuses connections falls back to the default label", async () => {
  await using router = await startTestRouter();
  await router.upstreams.classifier.stop();
  const completion = await router.client.chat.completions.create({ model: "ai-router", messages: ask("hi") });
  equal(completion.object, "chat.completion");
  equal(router.sessions[0]?.route, "MODERATE");
  match(router.sessions[0]?.classification_raw ?? "", /Cannot reach backend "classifier"/);
  equal(await classifierResults(router, "error"), 1);
});

Deno.test("the classifier cache answers a repeated conversation without asking the model", async () => {
  await using router = await startTestRouter();
  await router.client.chat.completions.create({ model: "ai-router", messages: ask("Explain  tides") });
  await router.client.chat.completions.create({ model: "ai-router", messages: ask("explain tides") });
  equal(router.upstreams.classifier.requests.length, 1);
  equal(router.sessions[1]?.cache_hit, true);
  equal(router.sessions[1]?.route, "MODERATE");
  equal(await classifierResults(router, "hit"), 1);
});

Deno.test("a low-confidence label follows the escalate policy", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  classifier: { lowConfidence: escalate, minConfidence: 0.9 }\n",
  });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("hi"),
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "MODERATE", "SIMPLE at 0.82 moves up one label");
});

Deno.test("the classifier input is truncated to its context with the truncation note", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  classifier: { backend: small }\n",
  });
  // A second classifier backend with a tiny context, served by the same simulator.
  const small = router.state.current();
  const classifier = small.backends.get("classifier");
  if (!classifier) throw new Error("no classifier backend");
  (small.backends as Map<string, typeof classifier>).set("small", {
    ...classifier,
    config: { ...classifier.config, contextLength: 600 },
  });
  await router.client.chat.completions.create({
    model: "ai-router",
    messages: [...ask("x ".repeat(5_000)), { role: "assistant", content: "ok" }, ...ask("hi")],
  });
  const sent =
    (router.upstreams.classifier.requests[0]?.body.messages as Array<{ content: string }>)[1]?.content ?? "";
  equal(sent.length < 2_000, true);
  match(sent, /USER: hi/);
  match(sent, /shortened to fit/);
});

Deno.test("the classifier cache also answers long (hashed) conversations", async () => {
  await using router = await startTestRouter();
  const long = "Explain the history of this text. " + "word ".repeat(2_000);
  await router.client.chat.completions.create({ model: "ai-router", messages: ask(long) });
  await router.client.chat.completions.create({ model: "ai-router", messages: ask(long.toUpperCase()) });
  await router.client.chat.completions.create({ model: "ai-router", messages: ask(long + " more") });
  equal(router.upstreams.classifier.requests.length, 2);
  equal(router.sessions.map((s) => s.cache_hit).join(), "false,true,false");
});
