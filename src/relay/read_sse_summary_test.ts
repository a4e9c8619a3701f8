import { deepEqual } from "node:assert/strict";
import { readSseSummary } from "./read_sse_summary.ts";

const encoder = new TextEncoder();

Deno.test("readSseSummary() joins content across chunks split mid-line", () => {
  const body = [
    'data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n',
    'data: {"choices":[{"delta":{"reasoning":"hmm"}}]}\n\ndata: {"choices":[{"delta":{"content":"Hel',
    'lo"}}]}\n\ndata: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n',
    'data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}}\n\ndata: [DONE]\n\n',
  ];
  deepEqual(readSseSummary(body.map((part) => encoder.encode(part))), {
    content: "Hello",
    reasoning: "hmm",
    finishReason: "stop",
    usage: { prompt: 5, completion: 2 },
    costUsd: null,
  });
});
