import { deepEqual, equal, ok } from "node:assert/strict";
import { collectFeatures, META_MODEL_BITS, type MetaModel, scoreMetaModel } from "./meta_model.ts";
import { decodeMetaModel, encodeMetaModel } from "./meta_model_codec.ts";
import { explainMeta, type MetaTrace } from "./detect_meta.ts";
import { toMetaView } from "./meta_view.ts";
import { TRAINED_META_MODEL } from "./trained_meta_model.ts";
import { metaInput } from "../../tests/fixtures/meta_inputs.ts";

const user = (content: string) => ({ role: "user", content });
const featuresOf = (text: string) => {
  const { buckets, length } = collectFeatures(toMetaView([user(text)]));
  return new Set(buckets.subarray(0, length));
};
/** A model that weighs only the features of `text`, each by `weight` (one step of that scale). */
const modelOf = (text: string, weight: number): MetaModel => {
  const weights = new Int8Array(1 << META_MODEL_BITS);
  const base = featuresOf("");
  for (const bucket of featuresOf(text)) if (!base.has(bucket)) weights[bucket] = 1;
  return { bias: 0, weights, scale: weight, threshold: 1, framedThreshold: 1 };
};

Deno.test("a word counts once however often it is repeated, over the root of the number of features", () => {
  // A word of four letters has no prefix features: the shape `messages:1` and the word, read three times (as
  // the text, as the last message's end, as the last user message's start); repeated, the pair "tags tags"
  // as well, in each of the three.
  const model = modelOf("tags", 1);
  const near = (actual: number, expected: number) =>
    ok(Math.abs(actual - expected) < 1e-6, `${actual} ≠ ${expected}`);
  near(scoreMetaModel(toMetaView([user("tags")]), model), 3 / Math.sqrt(4));
  near(scoreMetaModel(toMetaView([user("tags tags tags")]), model), 3 / Math.sqrt(7));
});

Deno.test("a word at the end of the last message or at the start of the user's turn is a feature of its own", () => {
  const system = (content: string) => ({ role: "system", content });
  const buckets = (messages: { role: string; content: string }[]) => {
    const { buckets, length } = collectFeatures(toMetaView(messages));
    return [...new Set(buckets.subarray(0, length))].sort();
  };
  // The same two four-letter words (no prefix features), once as the app's prompt and the person's turn, once
  // the other way round.
  const described = buckets([system("tags"), user("help")]);
  const asked = buckets([system("help"), user("tags")]);
  ok(asked.some((bucket) => !described.includes(bucket)));
  ok(asked.length === described.length);
});

Deno.test("CJK text is read as characters and their pairs: a word inside a longer run is found", () => {
  const word = featuresOf("标题");
  const run = featuresOf("请生成标题");
  for (const bucket of word) ok(run.has(bucket), `bucket ${bucket} of 标题 is in 请生成标题`);
});

Deno.test("upper and lower case, and Cyrillic capitals, read the same", () => {
  const lower = featuresOf("summary заголовок");
  const upper = featuresOf("SUMMARY ЗАГОЛОВОК");
  equal([...lower].every((bucket) => upper.has(bucket)), true);
});

Deno.test("the committed form of a model decodes to the same weights within one quantisation step", async () => {
  const weights = new Float32Array(1 << META_MODEL_BITS);
  weights[3] = 1.5;
  weights[70_000] = -0.75;
  weights[(1 << META_MODEL_BITS) - 1] = 0.3;
  const source = encodeMetaModel({ bias: -1.25, weights, threshold: 2, framedThreshold: 0.5 });
  const url = `data:application/typescript;base64,${btoa(source.replace(/^import type.*$/m, ""))}`;
  const { META_MODEL_DATA } = await import(url);
  const decoded = decodeMetaModel(META_MODEL_DATA);
  equal(decoded.bias, -1.25);
  equal(decoded.threshold, 2);
  equal(decoded.framedThreshold, 0.5);
  for (const bucket of [3, 70_000, (1 << META_MODEL_BITS) - 1]) {
    const weight = (decoded.weights[bucket] as number) * decoded.scale;
    ok(Math.abs(weight - (weights[bucket] as number)) <= 1.5 / 127);
  }
  equal(decoded.weights.filter((weight) => weight !== 0).length, 3);
});

Deno.test("the trained model leans towards housekeeping templates and away from ordinary questions", () => {
  const score = (messages: Array<{ role: string; content: string }>) =>
    scoreMetaModel(toMetaView(messages), TRAINED_META_MODEL);
  const conversation = [user("How long do I boil potatoes?"), {
    role: "assistant",
    content: "About 20 minutes.",
  }];
  ok(
    score([
      ...conversation,
      user("Create a concise title for the conversation above. Return only the title."),
    ]) >
      score([...conversation, user("And should I salt the water first, or does it not matter for a salad?")]),
  );
  ok(score([user("What is the capital of Portugal?")]) < 0);
});

Deno.test("explainMeta() names the learned signal when it decides, and leaves it out when asked", () => {
  const messages = [user("the request")];
  const model = modelOf("the request", 50);
  const input = metaInput(messages);
  const verdict = explainMeta(input, { metaModel: model });
  equal(verdict?.marker, "model");
  ok(verdict?.signals.some((signal) => signal.startsWith("model:")));
  equal(explainMeta(input, { metaModel: null }), undefined);
});

Deno.test("explainMeta(): the features' META stands unless the learned signal is sure it is a person's turn", () => {
  // A title request the features find on their own (a transcript, a title, an instruction to the model).
  const messages = [
    user("user: How do I keep basil alive indoors?\nassistant: Six hours of sun, water when dry."),
    user("Write a 3-5 word title for the conversation above. Reply with the title only."),
  ];
  const input = metaInput(messages);
  equal(explainMeta(input, { metaModel: null })?.marker, "features");
  // Leaning away from housekeeping, but not below the veto: the features decide, and the trace says so.
  const unsure = explainMeta(input, { metaModel: modelOf("title conversation", -0.1) });
  equal(unsure?.marker, "features");
  ok(unsure?.signals.some((signal) => signal.startsWith("model:-")));
  // Sure it is a person's turn: no META, and the near miss carries the model's logit.
  let nearMiss: string[] = [];
  const sure = explainMeta(input, {
    metaModel: modelOf("title conversation", -20),
    onNearMiss: (trace) => nearMiss = trace.signals,
  });
  equal(sure, undefined);
  ok(nearMiss.some((signal) => signal.startsWith("model:-")), nearMiss.join(" "));
});

Deno.test("explainMeta(): where the learned signal is sure, the features are not read, unless a signal that is not words could stand against its veto", () => {
  const messages = [
    user("user: How do I keep basil alive indoors?\nassistant: Six hours of sun, water when dry."),
    user("Write a 3-5 word title for the conversation above. Reply with the title only."),
  ];
  // Sure it is housekeeping: META by the model alone, no feature signal in the verdict.
  const meta = explainMeta(metaInput(messages), { metaModel: modelOf("title conversation", 20) });
  deepEqual(meta?.signals.map((signal) => signal.replace(/:.*/, "")), ["model"]);
  // Sure it is a person's turn: the trace has the logit and no score, the features were not weighed.
  let trace: MetaTrace | undefined;
  const person = modelOf("title conversation", -20);
  equal(
    explainMeta(metaInput(messages), { metaModel: person, onNearMiss: (near) => trace = near }),
    undefined,
  );
  equal(trace?.score, undefined);
  deepEqual(trace?.signals.map((signal) => signal.replace(/:.*/, "")), ["model"]);
  // A 48-token limit is a signal the veto yields to: the features are read, and they decide.
  const limited = explainMeta(metaInput(messages, { maxTokens: 48 }), { metaModel: person });
  equal(limited?.marker, "features");
  ok(limited?.signals.includes("small-max-tokens"), limited?.signals.join(" "));
});

Deno.test("explainMeta(): a template whose stated task is answering the person is not META by the learned signal, however sure", () => {
  const persona = { role: "system", content: "You are Nataly, an astrologer. Speak plainly." };
  const wrapped = (ask: string) =>
    user(`=== USER CONTEXT ===\nLikes short answers.\nChart: Moon in Cancer.\n\n${ask}`);
  const sure = modelOf("user context chart moon cancer", 20);
  // The same wrapper with the app's own step in it: the learned signal decides.
  const step = explainMeta(metaInput([persona, wrapped("Summarize the user context in one line.")]), {
    metaModel: sure,
  });
  equal(step?.marker, "model");
  // With the person's question handed over to be answered: no META, whatever the logit.
  const turn = [persona, wrapped("Now answer the user's question. Focus on their concern.")];
  equal(explainMeta(metaInput(turn), { metaModel: sure }), undefined);
});

Deno.test("explainMeta(): the learned signal weighs a request an app framed at its framed threshold, a lone message or a person's turn in the flow at the other", () => {
  const text = "zorbleflux the grimbly quandle";
  const system = { role: "system", content: "You run quandles." };
  const weighed = modelOf(text, 1);
  const logitOf = (messages: Array<{ role: string; content: string }>) =>
    scoreMetaModel(toMetaView(messages), weighed);
  // The same words as a short turn after the app's answer: a person's turn in the flow.
  const inFlow = [system, user("hello"), { role: "assistant", content: "Hi." }, user(text)];
  const logits = [logitOf([user(text)]), logitOf([system, user(text)]), logitOf(inFlow)];
  // Only the framed threshold lets these words through, in any of the three.
  const model = {
    ...weighed,
    threshold: Math.max(...logits) + 1,
    framedThreshold: Math.min(...logits) - 0.01,
  };
  equal(explainMeta(metaInput([user(text)]), { metaModel: model }), undefined);
  const framed = explainMeta(metaInput([system, user(text)]), { metaModel: model });
  equal(framed?.marker, "model");
  ok(framed?.signals.includes("framed"), framed?.signals.join(" "));
  equal(explainMeta(metaInput(inFlow), { metaModel: model }), undefined);
});
