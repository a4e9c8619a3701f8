import { equal } from "node:assert/strict";
import { createThinkFilter, stripThinkFromSse } from "./strip_think_stream.ts";

Deno.test("createThinkFilter() drops think blocks even when their tags are split across chunks", () => {
  const filter = createThinkFilter();
  const parts = ["<thi", "nk>plan the ", "answer</th", "ink>\n", '{"summary": ', '"ok"}'];
  equal(parts.map(filter).join(""), '{"summary": "ok"}');
  const plain = createThinkFilter();
  equal(["a < b", " and <b>bold</b>"].map(plain).join(""), "a < b and <b>bold</b>");
});

Deno.test("stripThinkFromSse() cleans content and reasoning deltas and passes other events", async () => {
  const events = [
    { choices: [{ delta: { role: "assistant", content: "" } }] },
    { choices: [{ delta: { reasoning: "thinking…" } }] },
    { choices: [{ delta: { content: "<think>x</think>Sum" } }] },
    { choices: [{ delta: { content: "mary" } }] },
    { choices: [], usage: { "total_tokens": 3 } },
  ];
  const text = events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("") + "data: [DONE]\n\n";
  const bytes = new TextEncoder().encode(text);
  // Cut in awkward places: inside an event and inside a multi-byte character.
  const pieces = [bytes.slice(0, 50), bytes.slice(50, 123), bytes.slice(123)];
  const out = await new Response(stripThinkFromSse(ReadableStream.from(pieces))).text();
  const data = out.split("\n\n").filter(Boolean).map((line) => line.slice(6));
  equal(data.at(-1), "[DONE]");
  const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
  const content = chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");
  equal(content, "Summary");
  equal(chunks.some((c) => c.choices[0]?.delta?.reasoning !== undefined), false);
  equal(chunks.at(-1).usage.total_tokens, 3);
});
