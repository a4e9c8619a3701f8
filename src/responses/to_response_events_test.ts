import { deepEqual, equal } from "node:assert/strict";
import { ApiError } from "../api_error.ts";
import type { AnswerEvent, ChatCompletionChunk } from "../chat/chat_answer.ts";
import type { ResponseMeta } from "./chat_to_response.ts";
import { toResponseEvents } from "./to_response_events.ts";

type Json = Record<string, unknown>;

const META: ResponseMeta = {
  id: `resp_${"ab".repeat(16)}`,
  createdAt: 1,
  model: "ai-router",
  request: { input: "hi" },
};

function toChunk(fields: Partial<ChatCompletionChunk>): AnswerEvent {
  const chunk = {
    id: "chatcmpl-1",
    object: "chat.completion.chunk",
    created: 1,
    model: "m",
    choices: [],
    ...fields,
  };
  return { type: "chunk", chunk: chunk as ChatCompletionChunk };
}

const delta = (fields: Json, finish: string | null = null): AnswerEvent =>
  toChunk({ choices: [{ index: 0, delta: fields, "finish_reason": finish }] });

/** Runs typed chat events through the response half; returns its events and what `onEnd` got. */
async function translate(events: AnswerEvent[]) {
  const ends: (Json | undefined)[] = [];
  const stream = toResponseEvents(ReadableStream.from(events), {
    meta: META,
    onEnd: (r) => void ends.push(r),
  });
  const text = await new Response(stream).text();
  const sent = text.split("\n\n").filter((b) => b.startsWith("event:")).map((b) =>
    JSON.parse(b.split("\n")[1]!.slice("data: ".length)) as Json
  );
  return { sent, ends, text };
}

Deno.test("toResponseEvents() turns reasoning, text and a tool call into items in order, then completed when the events end", async () => {
  const { sent, ends } = await translate([
    delta({ reasoning: "think" }),
    delta({ content: "Hel" }),
    delta({ content: "lo" }),
    delta(
      { "tool_calls": [{ index: 0, id: "call_1", function: { name: "f", arguments: "{}" } }] },
      "tool_calls",
    ),
    toChunk({ usage: { "prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7 } }),
  ]);
  deepEqual(sent.map((e) => e["sequence_number"]), sent.map((_, i) => i));
  deepEqual(sent.filter((e) => e.type === "response.output_item.done").map((e) => (e.item as Json).type), [
    "reasoning",
    "message",
    "function_call",
  ]);
  const last = sent.at(-1)!;
  equal(last.type, "response.completed");
  const response = last.response as Json;
  equal(((response.output as Json[])[1]?.content as Json[])[0]?.text, "Hello");
  equal((response.usage as Json)["total_tokens"], 7);
  deepEqual(ends, [response]);
});

Deno.test("toResponseEvents() ends with an error event and keeps nothing when the chat stream fails", async () => {
  const { sent, ends } = await translate([
    delta({ content: "Hi" }),
    { type: "error", error: new ApiError(504, "Backend stalled", { code: "upstream_timeout" }) },
  ]);
  deepEqual(sent.at(-1), {
    type: "error",
    "sequence_number": sent.length - 1,
    code: "upstream_timeout",
    message: "Backend stalled",
    param: null,
  });
  deepEqual(ends, [undefined]);
});

Deno.test("toResponseEvents() sends a keep-alive comment while waiting and answers length as incomplete", async () => {
  const { sent, text } = await translate([
    { type: "waiting", backend: "primary" },
    delta({ content: "cut" }, "length"),
  ]);
  equal(text.includes(": waiting for primary to start\n\n"), true);
  equal(sent.at(-1)?.type, "response.incomplete");
});
