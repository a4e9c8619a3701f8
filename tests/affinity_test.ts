import { equal, ok } from "node:assert/strict";
import type OpenAI from "openai";
import { analyzeSessions } from "../src/review/analyze_sessions.ts";
import { startTestRouter } from "./test_router.ts";

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const TOOLS: OpenAI.Chat.Completions.ChatCompletionTool[] = [{
  type: "function",
  function: {
    name: "run_tests",
    description: "Runs the project's tests",
    parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
  },
}];

/** Answers the model's tool calls with a result, as an agent does. */
function toToolResults(message: OpenAI.Chat.Completions.ChatCompletionMessage): Message[] {
  return (message.tool_calls ?? []).map((call) => ({
    role: "tool",
    tool_call_id: call.id,
    content: "2 passed",
  }));
}

Deno.test("an agent's tool loop stays on one backend across five calls with one classification", async () => {
  await using router = await startTestRouter();
  const messages: Message[] = [
    { role: "system", content: "You are a coding agent." },
    { role: "user", content: "Prove that the retry loop in src/retry.ts terminates, then run the tests." },
  ];
  const backends: string[] = [];
  const asks = ["Now run them for src/queue.ts too.", "And once more for src/clock.ts."];
  for (let call = 0; call < 5; call++) {
    const { data, response } = await router.client.chat.completions.create({
      model: "ai-router",
      messages,
      tools: TOOLS,
    }).withResponse();
    backends.push(response.headers.get("x-ai-router-backend") ?? "");
    if (call > 0) equal(response.headers.get("x-ai-router-rule"), "affinity", `call ${call + 1}`);
    const message = data.choices[0]?.message;
    ok(message);
    messages.push(message as Message);
    const results = toToolResults(message);
    messages.push(
      ...(results.length > 0 ? results : [{ role: "user", content: asks.shift() ?? "Thanks." } as Message]),
    );
  }
  equal(new Set(backends).size, 1, backends.join(","));
  equal(backends[0], "cloud", "the first turn was classified COMPLEX");
  equal(router.upstreams.classifier.requests.length, 1);
  equal(router.sessions.at(-1)?.affinity?.turn, 5);
  equal(router.sessions.some((entry) => entry.affinity?.switched), false);
});

Deno.test("a tool result in a local conversation goes back to the local model without the classifier", async () => {
  await using router = await startTestRouter();
  const messages: Message[] = [{
    role: "user",
    content: "What is in my calendar tomorrow morning, briefly?",
  }];
  const first = await router.client.chat.completions.create({ model: "ai-router", messages, tools: TOOLS })
    .withResponse();
  equal(first.response.headers.get("x-ai-router-backend"), "primary");
  const message = first.data.choices[0]?.message;
  ok(message?.tool_calls?.length);
  messages.push(message as Message, ...toToolResults(message));
  const second = await router.client.chat.completions.create({ model: "ai-router", messages, tools: TOOLS })
    .withResponse();
  equal(second.response.headers.get("x-ai-router-backend"), "primary");
  equal(second.response.headers.get("x-ai-router-rule"), "affinity");
  equal(router.upstreams.classifier.requests.length, 1);
});

Deno.test("a local conversation stays local on an ordinary turn, escalates on a confident COMPLEX turn, and the switch is counted", async () => {
  await using router = await startTestRouter();
  const messages: Message[] = [{ role: "user", content: "hi, I'm planning a small garden" }];
  const turn = async (content?: string) => {
    if (content) messages.push({ role: "user", content });
    const { data, response } = await router.client.chat.completions.create({ model: "ai-router", messages })
      .withResponse();
    messages.push({ role: "assistant", content: data.choices[0]?.message.content ?? "" });
    return response.headers;
  };
  equal((await turn()).get("x-ai-router-backend"), "primary");
  const second = await turn("why do tomatoes need so much sun?");
  equal(second.get("x-ai-router-backend"), "primary");
  equal(second.get("x-ai-router-rule"), "affinity");
  const third = await turn("Prove rigorously that my raised bed holds 2 cubic metres of soil.");
  equal(third.get("x-ai-router-backend"), "cloud");
  equal(third.get("x-ai-router-rule"), "classifier");
  const entry = router.sessions.at(-1);
  equal(entry?.affinity?.switched, true);
  equal(entry?.affinity?.from, "primary");
  const switches = await router.metrics.conversationSwitches.get();
  equal(switches.values.reduce((sum, value) => sum + value.value, 0), 1);
  // The conversation is on the cloud now: its next turn stays there without the classifier.
  const asked = router.upstreams.classifier.requests.length;
  equal((await turn("thanks!")).get("x-ai-router-backend"), "cloud");
  equal(router.upstreams.classifier.requests.length, asked);
  // `review` lists the conversation that moved, by its hash, with the backends its turns went to.
  const review = analyzeSessions(router.sessions, { minConfidence: 0.5, prices: {} });
  equal(review.switchedConversations.length, 1);
  equal(review.switchedConversations[0]?.path, "primary → cloud");
  equal(review.switchedConversations[0]?.turns, 4);
});

Deno.test("a local conversation's follow-ups skip the classifier; a turn wanting fresh facts or hard work is put to it", async () => {
  await using router = await startTestRouter();
  const messages: Message[] = [{ role: "user", content: "Wie lange kocht man ein weiches Ei?" }];
  const turn = async (content?: string) => {
    if (content) messages.push({ role: "user", content });
    const stream = await router.client.chat.completions.create({ model: "ai-router", messages, stream: true })
      .withResponse();
    let text = "";
    for await (const chunk of stream.data) text += chunk.choices[0]?.delta?.content ?? "";
    messages.push({ role: "assistant", content: text });
    return stream.response.headers;
  };
  equal((await turn()).get("x-ai-router-backend"), "primary");
  equal(router.upstreams.classifier.requests.length, 1);
  for (const followUp of ["Und bei einem großen Ei?", "Danke! Und wenn es aus dem Kühlschrank kommt?"]) {
    const headers = await turn(followUp);
    equal(headers.get("x-ai-router-rule"), "affinity", followUp);
    equal(headers.get("x-ai-router-backend"), "primary");
  }
  equal(router.upstreams.classifier.requests.length, 1, "two follow-ups, no classifier call");
  // Fresh facts are not in any model: the turn is classified, and its ENRICH plan fetches them.
  const fresh = await turn("And what do eggs cost at the supermarket today?");
  equal(router.upstreams.classifier.requests.length, 2);
  equal(fresh.get("x-ai-router-route"), "ENRICH");
  const entries = router.sessions.filter((entry) => entry.affinity?.turn !== undefined);
  equal(entries.at(-2)?.affinity?.recheck, undefined);
  equal(entries.at(-1)?.affinity?.recheck, "fresh-facts");
});

Deno.test("a Responses conversation continued by previous_response_id keeps its local model without the classifier", async () => {
  await using router = await startTestRouter();
  const first = await router.client.responses.create({ model: "ai-router", input: "Name a good houseplant." })
    .withResponse();
  equal(first.response.headers.get("x-ai-router-backend"), "primary");
  const second = await router.client.responses.create({
    model: "ai-router",
    input: "Does it need much light?",
    previous_response_id: first.data.id,
  }).withResponse();
  equal(second.response.headers.get("x-ai-router-rule"), "affinity");
  equal(router.upstreams.classifier.requests.length, 1);
  equal(router.sessions.at(-1)?.affinity?.turn, 2);
});
