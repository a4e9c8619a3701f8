import { deepEqual, equal, ok } from "node:assert/strict";
import { explainMeta } from "../src/routing/detect_meta.ts";
import { startTestRouter } from "./test_router.ts";

/**
 * Zed's thread-title request (zed-industries/zed crates/agent/src/thread.rs @ 000e783, its
 * SUMMARIZE_THREAD_PROMPT joined on one line): the thread as
 * messages plus one instruction. No phrase of Zed is known to the router: the shared features decide.
 */
const ZED_TITLE = [
  {
    role: "user" as const,
    content: "My sourdough starter stopped rising after I moved it to the fridge. Is it dead?",
  },
  {
    role: "assistant" as const,
    content: "Probably not. Cold slows the yeast down; feed it at room temperature.",
  },
  {
    role: "user" as const,
    content:
      "Generate a concise 3-7 word title for this conversation, omitting punctuation. Go straight to the title, without any preamble and prefix like `Here's a concise suggestion:...` or `Title:`. If the conversation is about a specific subject, include it in the title. Be descriptive. DO NOT speak in the first person.",
  },
];

Deno.test("a housekeeping request with no known phrase is META by the learned signal, sure of it before the features are read, named in x-ai-router-rule and the session log", async () => {
  await using router = await startTestRouter();
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ZED_TITLE,
  })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "META");
  equal(response.headers.get("x-ai-router-rule"), "meta");
  const entry = router.sessions.at(-1);
  equal(entry?.rule, "meta:model");
  ok(entry?.meta_signals?.[0]?.startsWith("model:"), `${entry?.meta_signals}`);
  equal(router.upstreams.classifier.requests.length, 0, "the classifier was not asked");
  // The features alone find it too: the outcome does not depend on which of them decided.
  const features = explainMeta(
    { messages: ZED_TITLE, model: "ai-router", taskHeader: null, taskModels: [] },
    {
      metaModel: null,
    },
  );
  for (const signal of ["history-ref", "artifact:title", "constraint", "trailing-instruction"]) {
    ok(features?.signals.includes(signal), `${signal} in ${features?.signals}`);
  }
});

/**
 * REMIND's keyword request for its memory retrieval (Intelligent-Systems-Lab/REMIND long_memory/prompt.py
 * @ 008af0f, `generate_keyword`, its spelling kept): the rules' features fall short of the threshold, the
 * learned signal (`meta_model.ts`) decides.
 */
const REMIND_KEYWORDS =
  'Based on the query below, generate a list of key concepts or keywords that best capture its essential meaning \nfor a memory retrieval system.\nRespnse with this format, the keywords should less than 4\nExample:["AI", "machine learning"]\nQuery: How do I keep basil alive on a windowsill in winter?';

Deno.test("a housekeeping request the features miss is META by the learned signal, named in the session log", async () => {
  await using router = await startTestRouter();
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: REMIND_KEYWORDS }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "META");
  equal(router.sessions.at(-1)?.rule, "meta:model");
  ok(router.sessions.at(-1)?.meta_signals?.some((signal) => signal.startsWith("model:")));
  equal(router.upstreams.classifier.requests.length, 0, "the classifier was not asked");
  const person = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "How do I keep basil alive on a windowsill in winter?" }],
  }).withResponse();
  equal(person.response.headers.get("x-ai-router-rule"), "classifier", "the same question from a person");
});

Deno.test("a known phrase names itself in the session log; a real question says classifier", async () => {
  await using router = await startTestRouter();
  const lobeTitle = [
    {
      role: "system" as const,
      content: "You are a professional conversation summarizer. Generate a concise title.",
    },
    { role: "user" as const, content: "user: hi\nassistant: hello" },
  ];
  const meta = await router.client.chat.completions.create({ model: "ai-router", messages: lobeTitle })
    .withResponse();
  equal(meta.response.headers.get("x-ai-router-rule"), "meta");
  deepEqual(router.sessions.at(-1)?.meta_signals, ["phrase:lobechat-title"]);
  const real = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Give this chat a title I can save it under." }],
  }).withResponse();
  equal(real.response.headers.get("x-ai-router-rule"), "classifier");
  equal(real.response.headers.get("x-ai-router-route") === "META", false);
  equal(router.sessions.at(-1)?.meta_signals, undefined);
  const alias = await router.client.chat.completions.create({
    model: "local",
    messages: [{ role: "user", content: "hi" }],
  }).withResponse();
  equal(alias.response.headers.get("x-ai-router-rule"), "alias");
  const autocomplete = await router.client.completions.create({
    model: "ai-router",
    prompt: "def add(a, b):",
  })
    .withResponse();
  equal(autocomplete.response.headers.get("x-ai-router-rule"), "completions");
});

Deno.test("a META label from the classifier goes to the META backend and is counted", async () => {
  await using router = await startTestRouter({
    extraYaml:
      "routing:\n  labels: [SIMPLE, MODERATE, COMPLEX, ENRICH, META]\n  meta: { backend: primary }\n",
    // A classifier that answers META whenever it is offered, as a real one may for a missed template.
    behaviour: {
      classifier: {
        choose: (_body, choices) => ({ label: choices.includes("META") ? "META" : "SIMPLE", logprob: -0.05 }),
      },
    },
  });
  const { response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "kurzer Titel bitte" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "META");
  equal(response.headers.get("x-ai-router-rule"), "classifier");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  const choices =
    (router.upstreams.classifier.requests[0]?.body.structured_outputs as { choice: string[] }).choice;
  ok(choices.includes("META"), "META was offered");
  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  ok(
    /^ai_router_meta_by_classifier_total 1$/m.test(metrics),
    metrics.split("\n").filter((l) => l.includes("meta")).join("\n"),
  );
});
