import { deepEqual, equal } from "node:assert/strict";
import {
  dropEmptyToolCalls,
  dropEmptyToolCallsEvent,
  toTextWithoutEmptyToolCalls,
} from "./drop_empty_tool_calls.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

Deno.test("toTextWithoutEmptyToolCalls() cuts the empty member wherever it stands, and nothing else", () => {
  equal(toTextWithoutEmptyToolCalls('{"a":1,"tool_calls":[],"b":2}'), '{"a":1,"b":2}');
  equal(toTextWithoutEmptyToolCalls('{"tool_calls": [ ], "b":2}'), '{"b":2}');
  equal(toTextWithoutEmptyToolCalls('{"a":1, "tool_calls" : []}'), '{"a":1}');
  equal(toTextWithoutEmptyToolCalls('{"tool_calls":[]}'), "{}");
  // Inside a string the quotes are escaped; a key merely ending in tool_calls is another key.
  const kept = [
    '{"content":"say \\"tool_calls\\":[] please","tool_calls":[{"id":"c"}]}',
    '{"x \\"tool_calls":[]}',
    '{"content":"a,\\"tool_calls\\":[]"}',
  ];
  for (const text of kept) equal(toTextWithoutEmptyToolCalls(text), text);
});

Deno.test("dropEmptyToolCalls() keeps the upstream's bytes when there is nothing to drop", () => {
  const text = '{"choices":[{"message":{"content":"hi","tool_calls":[{"id":"c"}]},"logprobs":{"x":1e-05}}]}';
  const answer = { json: JSON.parse(text), bytes: encoder.encode(text) };
  equal(dropEmptyToolCalls(answer), answer);
});

Deno.test("dropEmptyToolCalls() removes the empty list from the message and from the bytes alike", () => {
  const text = '{"choices":[{"message":{"role":"assistant","content":"hi","refusal":null,"tool_calls":[]},' +
    '"logprobs":{"x":1e-05}}]}';
  const { json, bytes } = dropEmptyToolCalls({ json: JSON.parse(text), bytes: encoder.encode(text) });
  const expected = '{"choices":[{"message":{"role":"assistant","content":"hi","refusal":null},' +
    '"logprobs":{"x":1e-05}}]}';
  equal(decoder.decode(bytes), expected);
  deepEqual(json, JSON.parse(expected));
});

Deno.test("dropEmptyToolCallsEvent drops tool_calls: [] from a stream delta", () => {
  equal(
    dropEmptyToolCallsEvent('data: {"choices":[{"delta":{"content":"Hi","tool_calls":[]}}]}'),
    'data: {"choices":[{"delta":{"content":"Hi"}}]}',
  );
  equal(dropEmptyToolCallsEvent("data: [DONE]"), "data: [DONE]");
});
