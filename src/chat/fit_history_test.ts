import { deepEqual, equal } from "node:assert/strict";
import { fitHistory, toAnswerReserve } from "./fit_history.ts";

/** A message of about `tokens` estimated tokens (4 characters each, plus the per-message overhead). */
function randomMessage(role: string, tokens: number) {
  const tag = crypto.randomUUID().slice(0, 8);
  return { role, content: `${tag} ${"x".repeat(Math.max(0, tokens * 4 - tag.length - 1))}` };
}

Deno.test("fitHistory() keeps everything that fits", () => {
  const messages = [randomMessage("system", 10), randomMessage("user", 10), randomMessage("assistant", 10)];
  const fitted = fitHistory({ messages }, { contextLength: 1_000 });
  equal(fitted.dropped, 0);
  deepEqual(fitted.messages, messages);
});

Deno.test("fitHistory() drops the oldest turns and keeps every system message", () => {
  const system = randomMessage("system", 50);
  const turns = Array.from({ length: 20 }, (_, i) => randomMessage(i % 2 ? "assistant" : "user", 100));
  const late = randomMessage("system", 20);
  const messages = [system, ...turns.slice(0, 10), late, ...turns.slice(10)];
  // 2048 - 512 reserved = 1536: the two system messages (78 tokens) and the last 14 turns at 104 each.
  const fitted = fitHistory({ messages }, { contextLength: 2_048 });
  equal(fitted.budget, 1_536);
  equal(fitted.messages[0], system);
  equal(fitted.messages.filter((m) => m === late).length, 1);
  equal(fitted.messages.at(-1), turns.at(-1));
  equal(fitted.dropped, messages.length - fitted.messages.length);
  equal(fitted.dropped, 6);
  equal(fitted.tokens <= fitted.budget, true);
});

Deno.test("fitHistory() keeps the last message even when it alone is too long", () => {
  const messages = [randomMessage("system", 10), randomMessage("user", 50), randomMessage("user", 5_000)];
  const fitted = fitHistory({ messages }, { contextLength: 1_000 });
  deepEqual(fitted.messages, [messages[0], messages[2]]);
  equal(fitted.dropped, 1);
});

Deno.test("fitHistory() never keeps a tool result without its call", () => {
  const call = {
    role: "assistant",
    content: "",
    "tool_calls": [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }],
  };
  const messages = [
    randomMessage("user", 300),
    call,
    { role: "tool", "tool_call_id": "c1", content: "x".repeat(1_200) },
    randomMessage("user", 300),
  ];
  // 500 tokens of room: the call, its result and the question (632) do not fit, the result and the
  // question (608) would, but the cut moves past the result to the question alone.
  const fitted = fitHistory({ messages, "max_tokens": 100 }, { contextLength: 600 });
  deepEqual(fitted.messages, [messages[3]]);
  // With room for the call too, the call and its result stay together.
  deepEqual(fitHistory({ messages, "max_tokens": 100 }, { contextLength: 750 }).messages, messages.slice(1));
});

Deno.test("toAnswerReserve() is the body's max_tokens, else a quarter of the context up to 4096", () => {
  equal(toAnswerReserve({ "max_tokens": 300 }, 2_048), 300);
  equal(toAnswerReserve({}, 2_048), 512);
  equal(toAnswerReserve({}, 131_072), 4_096);
});

Deno.test("fitHistory() drops old answers sent as system (Ollama App) when all system messages overflow", () => {
  const instructions = randomMessage("system", 20);
  const turns = Array.from({ length: 20 }, (_, i) => randomMessage(i % 2 ? "system" : "user", 100));
  const question = randomMessage("user", 10);
  const fitted = fitHistory({ messages: [instructions, ...turns, question] }, { contextLength: 2_048 });
  equal(fitted.messages[0], instructions);
  equal(fitted.messages.at(-1), question);
  equal(fitted.tokens <= fitted.budget, true);
  equal(fitted.messages.length < 22, true);
});
