import { deepEqual } from "node:assert/strict";
import { readContextAnswer } from "./read_context_answer.ts";

Deno.test("readContextAnswer reads the message text of a Responses answer, beside its search calls", () => {
  const answer = readContextAnswer({
    object: "response",
    status: "completed",
    output: [
      { type: "web_search_call", status: "completed" },
      {
        type: "message",
        role: "assistant",
        content: [
          { type: "output_text", text: "- Fact one\n", annotations: [{ type: "url_citation" }] },
          { type: "output_text", text: "- Fact two " },
        ],
      },
    ],
    usage: { "input_tokens": 40, "output_tokens": 12, "total_tokens": 52, "cost_in_usd_ticks": 37756000 },
  });
  deepEqual(answer, {
    text: "- Fact one\n- Fact two",
    tokens: { prompt: 40, completion: 12 },
    finishReason: "completed",
    // docs.x.ai developers/cost-tracking: 37756000 ticks cost $0.0038 (1 USD = 10^10 ticks).
    costUsd: 0.0037756,
  });
});

Deno.test("readContextAnswer reads a chat completion, and nothing from a body of another shape", () => {
  deepEqual(
    readContextAnswer({
      choices: [{ message: { content: " facts " }, "finish_reason": "stop" }],
      usage: { "prompt_tokens": 5, "completion_tokens": 2 },
    }),
    { text: "facts", tokens: { prompt: 5, completion: 2 }, finishReason: "stop", costUsd: null },
  );
  deepEqual(readContextAnswer({ error: "nope" }), {
    text: "",
    tokens: null,
    finishReason: null,
    costUsd: null,
  });
});
