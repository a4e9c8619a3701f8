import { deepEqual, equal, ok } from "node:assert/strict";
import { explainMeta, type MetaInput } from "./detect_meta.ts";
import { META_THRESHOLD, scoreMetaFeatures } from "./meta_features.ts";
import { toMetaView } from "./meta_view.ts";

const input = (messages: MetaInput["messages"], request: MetaInput["request"] = {}): MetaInput => ({
  messages,
  model: "ai-router",
  taskHeader: undefined,
  taskModels: [],
  request,
});
const signalsOf = (messages: MetaInput["messages"], request: MetaInput["request"] = {}) =>
  scoreMetaFeatures(toMetaView(messages, request)).signals.map((signal) => signal.name);

const LOBE_TITLE = [
  {
    role: "system",
    content:
      "You are a professional conversation summarizer. Generate a concise title that captures the essence of the conversation.\n\nRules:\n- Output ONLY the title text, no explanations or additional context\n- Maximum 10 words",
  },
  { role: "user", content: "user: how do tides work?\nassistant: The moon pulls the oceans." },
];

Deno.test("explainMeta() names a known phrase, and falls back to the features when that client is held out", () => {
  deepEqual(explainMeta(input(LOBE_TITLE)), { marker: "lobechat-title", signals: ["phrase:lobechat-title"] });
  const heldOut = explainMeta(input(LOBE_TITLE), { excludeClients: ["LobeChat"] });
  equal(heldOut?.marker, "features");
  for (
    // The artifact is named by the first kind mentioned: "summarizer" comes before "title" in this template.
    const signal of ["transcript", "history-ref", "artifact:summary", "constraint", "persona", "no-stream"]
  ) {
    ok(heldOut?.signals.includes(signal), `${signal} in ${heldOut?.signals}`);
  }
  ok((heldOut?.score ?? 0) >= META_THRESHOLD);
});

Deno.test("scoreMetaFeatures() reads request signals: stream, a small max_tokens, a title schema", () => {
  const ask = [
    { role: "system", content: "Suggest a title for the text below." },
    { role: "user", content: "Tides follow the moon." },
  ];
  // The ask sits in a system message (a task, not a persona): `spec`. Streaming weighs nothing either way.
  deepEqual(signalsOf(ask, { stream: true }), ["artifact:title", "spec", "stream"]);
  const schema = { type: "json_schema", "json_schema": { name: "t", schema: { properties: { title: {} } } } };
  deepEqual(signalsOf(ask, { maxTokens: 16, responseFormat: schema }), [
    "artifact:title",
    "spec",
    "no-stream",
    "small-max-tokens",
    "meta-schema",
  ]);
  equal(explainMeta(input(ask, { stream: true })), undefined);
  equal(explainMeta(input(ask, { maxTokens: 16, responseFormat: schema }))?.marker, "features");
});

Deno.test("explainMeta() leaves a user's pasted bot log, RAG turns and asks without an artifact alone", () => {
  const log =
    "User: can I return shoes?\nAssistant: Yes, within 90 days.\nUser: and shipping?\nAssistant: Refunded.";
  equal(
    explainMeta(
      input([{ role: "user", content: `Summarize this conversation between me and the bot:\n\n${log}` }]),
    ),
    undefined,
  );
  ok(
    signalsOf([{ role: "user", content: `Summarize this conversation between me and the bot:\n\n${log}` }])
      .includes("personal"),
  );
  const rag =
    'Respond to the user query using the provided context.\n<context><source id="1">Chapter 3 title: Tides</source></context>\nGive me a title for this report.';
  equal(explainMeta(input([{ role: "user", content: rag }], { stream: false, maxTokens: 32 })), undefined);
  // A transcript alone is not housekeeping: without an artifact to produce, nothing is scored.
  equal(
    explainMeta(input([{ role: "user", content: `${log}\n\nWhy is the bot wrong?` }], { stream: false })),
    undefined,
  );
});

Deno.test("toMetaView() reads bounded windows: the middle of a huge message is never scanned", () => {
  const middle = "Generate a concise title for this conversation. Only output the title.";
  const huge = `${"x".repeat(50_000)}${middle}${"y".repeat(50_000)}`;
  const view = toMetaView([{ role: "user", content: huge }]);
  ok(view.instructionText.length < 2_100);
  equal(view.instructionText.includes("concise title"), false);
});
