import { equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

/** Resolves once `done()` holds (the session entry is recorded just after the response ends). */
async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  ok(done(), "waited 2 s");
}

/** A Japanese question and the answer the local model gives it (the simulator replies with this text). */
const QUESTION = "東京から京都まで新幹線で行くなら、どの切符がいちばん安いですか？";
const ANSWER =
  "いちばん安いのは「ぷらっとこだま」です。こだま号の指定席に乗れて、通常より約三割安くなります。ただし前日までの予約が必要で、途中下車はできません。急ぐなら、のぞみの自由席と早特きっぷを比べてください。";

/** A client's title request quoting the router's answer, in wording no rule knows (`名前` is not a title word). */
const TITLE_ASK = `次のやり取りに短い名前をつけて。\n\n質問：${QUESTION}\n回答：${ANSWER}`;

/** The same answer pasted back by the user with a long question of their own. */
const OWN_QUESTION =
  `さっきの説明をもう一度読みました。\n\n${ANSWER}\n\n実は来月、両親と三人で京都に二泊する予定で、父は足が悪いので乗り換えが少ないほうがいいです。母は窓側の席を希望していて、荷物も多めです。ぷらっとこだまだと時間がかかりすぎる気がするのですが、のぞみの指定席を早めに予約する場合と比べて、料金と快適さの両方を考えると結局どれがいちばん良いでしょうか？ 帰りは日曜の夕方で混みそうなので、その点も含めて具体的に教えてください。`;

Deno.test("a title request quoting the router's previous answer in Japanese is META (echo); the same answer pasted with a long question of the user's own is not", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.reply = () => ANSWER;
  // Before the router has answered anything, the request's words alone do not make it META.
  const before = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: TITLE_ASK }],
  }).withResponse();
  equal(before.response.headers.get("x-ai-router-route") === "META", false);
  await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: QUESTION }],
  });
  const title = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: TITLE_ASK }],
  }).withResponse();
  equal(title.response.headers.get("x-ai-router-route"), "META");
  equal(router.sessions.at(-1)?.rule, "meta:echo");
  ok(router.sessions.at(-1)?.meta_signals?.some((signal) => signal.startsWith("echo:")));
  const pasted = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: OWN_QUESTION }],
  }).withResponse();
  equal(pasted.response.headers.get("x-ai-router-route") === "META", false);
  equal(pasted.response.headers.get("x-ai-router-rule"), "classifier");
});

/** A coding session's turn and the agent's instruction to hand it over, in wording the features alone do not decide. */
const CODING = [
  { role: "system" as const, content: "You are a coding agent. Be brief." },
  {
    role: "user" as const,
    content: "The nightly export job fails with a timeout after the schema change. Look at jobs/export.ts.",
  },
];
const CODING_ANSWER =
  "The export now joins the audit table, which has no index on account_id. Add the index in a migration and batch the export by 5000 rows. I have not changed any file yet.";
const HANDOVER =
  "Write a hand-off note for whoever picks this task up tomorrow, so they can carry on without asking anything:\n- what the problem is\n- what we found and decided\n- which files matter\n- what is left to do\nKeep it to bullet points.";

Deno.test("a compaction turn after a streamed conversation is META: the earlier messages repeat what the router answered", async () => {
  await using router = await startTestRouter();
  router.upstreams.primary.behaviour.reply = () => CODING_ANSWER;
  const replay = [...CODING, { role: "assistant" as const, content: CODING_ANSWER }, {
    role: "user" as const,
    content: HANDOVER,
  }];
  // Without the streamed turn before it, the same request is an ordinary next turn for the classifier.
  const cold = await router.client.chat.completions.create({
    model: "ai-router",
    messages: replay,
    stream: false,
  })
    .withResponse();
  equal(cold.response.headers.get("x-ai-router-rule"), "classifier");
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: CODING,
    stream: true,
  });
  let streamed = "";
  for await (const chunk of stream) streamed += chunk.choices[0]?.delta?.content ?? "";
  equal(streamed, CODING_ANSWER);
  // The session entry (and with it the answer's fingerprint) is written once the stream has ended.
  await waitFor(() => router.sessions.length >= 2);
  const compaction = await router.client.chat.completions.create({
    model: "ai-router",
    messages: replay,
    stream: true,
  })
    .withResponse();
  for await (const _ of compaction.data) { /* drain */ }
  equal(compaction.response.headers.get("x-ai-router-route"), "META");
  ok(router.sessions.at(-1)?.meta_signals?.includes("repeat"), `${router.sessions.at(-1)?.meta_signals}`);
  // The cold request's entry says how close it came: the learned signal was sure it is a person's turn, and the
  // features were not read (no score), until the replay made a signal that stands against it possible.
  const cold0 = router.sessions[0];
  equal(cold0?.meta_trace?.score, undefined);
  ok(cold0?.meta_trace?.signals[0]?.startsWith("model:-"), `${cold0?.meta_trace?.signals}`);
});
