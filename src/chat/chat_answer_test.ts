import { deepEqual, equal, throws } from "node:assert/strict";
import { toAnswerEvents, toChatResponse, toStreamAnswer } from "./chat_answer.ts";

const encoder = new TextEncoder();
const chunk = (content: string) => ({
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created: 1,
  model: "m",
  choices: [{ index: 0, delta: { content }, "finish_reason": null }],
});
const sse = (...parts: string[]) => ReadableStream.from(parts.map((part) => encoder.encode(part)));

Deno.test("toAnswerEvents() types chunks, keep-alives and the closing error, events split across reads joined", async () => {
  const body = sse(
    ": waiting for local to start\n\n",
    `data: ${JSON.stringify(chunk("Hel"))}\n\ndata: ${JSON.stringify(chunk("lo")).slice(0, 20)}`,
    `${JSON.stringify(chunk("lo")).slice(20)}\n\n`,
    'data: {"error":{"message":"Backend \\"local\\" stalled mid-stream","type":"server_error","param":null,"code":"upstream_timeout"}}\n\n',
  );
  const events = await Array.fromAsync(toAnswerEvents(body));
  deepEqual(events.slice(0, 3), [
    { type: "waiting", backend: "local" },
    { type: "chunk", chunk: chunk("Hel") },
    { type: "chunk", chunk: chunk("lo") },
  ]);
  const last = events[3];
  equal(last?.type, "error");
  if (last?.type !== "error") return;
  equal(last.error.status, 504);
  equal(last.error.code, "upstream_timeout");
  equal(events.length, 4);
});

Deno.test("toAnswerEvents() ends at [DONE] without an event for it", async () => {
  const events = await Array.fromAsync(
    toAnswerEvents(sse(`data: ${JSON.stringify(chunk("a"))}\n\ndata: [DONE]\n\n`)),
  );
  deepEqual(events, [{ type: "chunk", chunk: chunk("a") }]);
});

Deno.test("toChatResponse() sends a streamed answer's relayed bytes unchanged, with the router headers", async () => {
  const bytes = `data: ${JSON.stringify(chunk("a"))}\n\n: comment\n\ndata: [DONE]\n\n`;
  const answer = toStreamAnswer(sse(bytes), { "x-ai-router-route": "SIMPLE" });
  const response = toChatResponse(answer);
  equal(response.headers.get("content-type"), "text/event-stream; charset=utf-8");
  equal(response.headers.get("x-ai-router-route"), "SIMPLE");
  equal(await response.text(), bytes);
  throws(() => answer.events(), TypeError);
});

Deno.test("toChatResponse() sends a whole answer's bytes as JSON", async () => {
  const bytes = encoder.encode('{"id":"x","object":"chat.completion"}');
  const response = toChatResponse({
    kind: "json",
    headers: { "x-ai-router-backend": "local" },
    completion: JSON.parse('{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[]}'),
    bytes,
  });
  equal(response.headers.get("content-type"), "application/json");
  equal(response.headers.get("x-ai-router-backend"), "local");
  equal(await response.text(), '{"id":"x","object":"chat.completion"}');
});
