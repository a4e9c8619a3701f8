import { deepEqual, equal } from "node:assert/strict";
import { cleanMetaCompletion, toMetaContent } from "./shape_answer.ts";

Deno.test("toMetaContent() strips think blocks and keeps the JSON", () => {
  equal(toMetaContent('<think>a title?</think>\n```json\n{"title": "Tides"}\n```'), '{"title": "Tides"}');
  equal(toMetaContent('reasoning without opening tag</think>{"tags": []}'), '{"tags": []}');
  equal(toMetaContent("😊"), "😊");
});

Deno.test("cleanMetaCompletion() moves reasoning-only answers into content", () => {
  const json = { choices: [{ message: { role: "assistant", content: "", reasoning: 'so {"title": "X"}' } }] };
  deepEqual(cleanMetaCompletion(json).choices?.[0]?.message, {
    role: "assistant",
    content: '{"title": "X"}',
  });
});
