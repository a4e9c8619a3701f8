/**
 * A long chat on the Ollama API, as phone apps send it (Enchanted, Reins and Ollama App send the whole
 * conversation every turn and never trim it): the router drops the oldest turns to fit the backend's
 * context, as Ollama does by default (ollama/ollama server/prompt.go `chatPrompt`), and keeps the system
 * message. The simulated backend plays vLLM with `--max-model-len` equal to its `contextLength`, refusing
 * longer prompts with vLLM's own 400.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

// deno-lint-ignore no-explicit-any
type Sent = Record<string, any>;

const CONTEXT = 2_048;
const SYSTEM = "You are a helpful assistant who answers in one sentence.";

/** 30 earlier turns of about 100 tokens each (far over 2048 tokens), then the new question. */
function randomLongChat(): Array<{ role: string; content: string }> {
  const turns = Array.from({ length: 30 }, (_, i) => ({
    role: i % 2 ? "assistant" : "user",
    content: `Turn ${i}: ${"a few words about the garden ".repeat(14)}`,
  }));
  return [{ role: "system", content: SYSTEM }, ...turns, {
    role: "user",
    content: "So what should I plant?",
  }];
}

function chat(ollamaUrl: string, body: unknown) {
  return fetch(`${ollamaUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

Deno.test("POST /api/chat answers a chat longer than the context, without its oldest turns", async () => {
  await using router = await startTestRouter({ primaryContextLength: CONTEXT });
  const messages = randomLongChat();
  const response = await chat(router.ollamaUrl, { model: "local", stream: false, messages });
  equal(response.status, 200);
  const answer = await response.json();
  equal(answer.done, true);
  match(answer.message.content, /So what should I plant\?/);
  const sent = router.upstreams.primary.requests.at(-1)?.body.messages as Sent[];
  equal(sent[0]?.role, "system");
  ok(sent[0]?.content.endsWith(SYSTEM), "the app's system message is kept");
  deepEqual(sent.at(-1), messages.at(-1));
  ok(!sent.some((m) => m.content.startsWith("Turn 0:")), "the oldest turn is dropped");
  ok(sent.some((m) => m.content.startsWith("Turn 29:")), "the latest turn is kept");
  const dropped = messages.length - sent.length;
  ok(dropped > 0);
  const entry = router.sessions.at(-1);
  equal(entry?.status, 200);
  ok(
    entry?.notes?.some((note) => note.includes(`without its ${dropped} oldest messages`)),
    `the session log says how many were dropped: ${JSON.stringify(entry?.notes)}`,
  );
});

Deno.test("POST /api/chat with truncate: false sends the whole chat and returns the backend's refusal", async () => {
  await using router = await startTestRouter({ primaryContextLength: CONTEXT });
  const messages = randomLongChat();
  const response = await chat(router.ollamaUrl, { model: "local", stream: false, truncate: false, messages });
  equal(response.status, 400);
  const body = await response.json();
  deepEqual(Object.keys(body), ["error"]);
  match(body.error, /model's context length is only 2048 tokens/);
  equal((router.upstreams.primary.requests.at(-1)?.body.messages as Sent[]).length, messages.length);
});

Deno.test("the OpenAI API sends a long chat as it came: its clients manage their own context", async () => {
  await using router = await startTestRouter({ primaryContextLength: CONTEXT });
  const messages = randomLongChat() as OpenAI.ChatCompletionMessageParam[];
  try {
    await router.client.chat.completions.create({ model: "local", messages });
    ok(false, "the backend should refuse the whole chat");
  } catch (error) {
    ok(error instanceof OpenAI.BadRequestError);
    match(error.message, /model's context length is only 2048 tokens/);
  }
  equal((router.upstreams.primary.requests.at(-1)?.body.messages as Sent[]).length, messages.length);
});
