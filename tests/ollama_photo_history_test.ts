/**
 * Photo chats as Ollama-only phone apps send them, replayed as raw HTTP:
 * - Ollama App: JHubi1/ollama-app lib/worker/sender.dart@3759d32049771096b172b99400edae6d4f1a2557
 *   (`getHistory` sends every earlier non-user message as `system` and attaches a photo picked after a
 *   reply to that reply; every earlier photo is sent again with each message).
 */
import { deepEqual, equal } from "node:assert/strict";
import { PNG_BASE64, startRouterWithExtras } from "./extra_upstreams.ts";
import type { TestRouter } from "./test_router.ts";

// deno-lint-ignore no-explicit-any
type Sent = Record<string, any>;

function chat(router: TestRouter, body: unknown) {
  return fetch(`${router.ollamaUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** The messages the vision backend received last, each with its image parts counted. */
function sentToVision(vision: { requests: Array<{ body: unknown }> }) {
  const messages = (vision.requests.at(-1)?.body as Sent).messages as Sent[];
  return messages.map((m) => ({
    role: m.role as string,
    images: Array.isArray(m.content) ? m.content.filter((p: Sent) => p.type === "image_url").length : 0,
  }));
}

Deno.test("Ollama App: a photo picked after a reply rides on that reply, as system; the model sees it with the next question", async () => {
  await using extras = await startRouterWithExtras();
  const response = await chat(extras.router, {
    model: "ai-router:latest",
    messages: [
      { role: "system", content: "You are a helpful assistant" },
      { role: "user", content: "Hi, I have a plant question." },
      { role: "system", content: "Sure, ask away!", images: [PNG_BASE64] },
      { role: "user", content: "What plant is this?" },
    ],
    stream: true,
    "keep_alive": 300,
  });
  equal(response.status, 200, await response.clone().text());
  const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line));
  equal(lines.at(-1)?.done, true);
  equal(response.headers.get("x-ai-router-backend"), "vision");
  const sent = sentToVision(extras.vision);
  equal(sent.at(-1)?.role, "user");
  equal(sent.at(-1)?.images, 1, "the photo goes with the question");
  equal(sent.reduce((sum, m) => sum + m.images, 0), 1, JSON.stringify(sent));
});

Deno.test("Reins: a fifth photo in a chat on a 4-image profile keeps the newest 4, and the chat goes on", async () => {
  await using extras = await startRouterWithExtras({ visionYaml: "  maxImages: 4\n" });
  const messages = [1, 2, 3, 4, 5].flatMap((n) => [
    { role: "user", content: `photo ${n}`, images: [PNG_BASE64] },
    { role: "assistant", content: `answer ${n}`, images: null },
  ]);
  const response = await chat(extras.router, {
    model: "ai-router:latest",
    messages: [...messages, { role: "user", content: "Which one was greenest?", images: null }],
    stream: true,
  });
  equal(response.status, 200, await response.clone().text());
  equal(JSON.parse((await response.text()).trimEnd().split("\n").at(-1) ?? "{}").done, true);
  const sent = sentToVision(extras.vision).filter((m) => m.role === "user").map((m) => m.images);
  deepEqual(sent, [0, 1, 1, 1, 1, 0], "the first photo is left out");
  equal(extras.router.sessions.at(-1)?.images?.omitted, 1);
});
