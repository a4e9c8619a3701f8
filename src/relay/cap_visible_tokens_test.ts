import { deepEqual, equal } from "node:assert/strict";
import { capCompletion, createVisibleTokenCap } from "./cap_visible_tokens.ts";

const chunk = (content: string | null, finish: string | null = null) =>
  `data: ${
    JSON.stringify({
      choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
    })
  }`;

Deno.test("createVisibleTokenCap() ends the stream's content at the cap with length and drops what follows", () => {
  const cap = createVisibleTokenCap(2);
  const usage = `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 9 } })}`;
  const out = [
    chunk(""),
    chunk("One"),
    chunk(" two"),
    chunk(" three"),
    chunk(null, "stop"),
    usage,
    "data: [DONE]",
  ]
    .map(cap);
  equal(out[0], chunk(""), "an empty role chunk is no token");
  equal(out[1], chunk("One"));
  equal(out[2], chunk(" two", "length"));
  deepEqual(out.slice(3, 5), [undefined, undefined]);
  equal(JSON.parse(out[5]!.slice(6)).usage.completion_tokens, 2);
  equal(out[6], "data: [DONE]");
});

Deno.test("createVisibleTokenCap() leaves a stream under the cap unchanged", () => {
  const cap = createVisibleTokenCap(5);
  const events = [chunk("a"), chunk(" b"), chunk(null, "stop"), "data: [DONE]"];
  deepEqual(events.map(cap), events);
});

Deno.test("capCompletion() cuts the content by the reported visible tokens, on a word boundary", () => {
  const json = {
    choices: [{ message: { content: "one two three four five six seven eight" }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 },
  };
  capCompletion(json, 2);
  equal(json.choices[0]!.message.content, "one two");
  equal(json.choices[0]!.finish_reason, "length");
  deepEqual(json.usage, { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 });
  const short = { choices: [{ message: { content: "fine" }, finish_reason: "stop" }] };
  capCompletion(short, 5);
  equal(short.choices[0]!.finish_reason, "stop");
});
