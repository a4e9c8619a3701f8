import { equal } from "node:assert/strict";
import { detectMeta } from "./detect_meta.ts";
import { STUDIED_NEGATIVES, STUDIED_POSITIVES } from "../../tests/fixtures/studied_client_requests.ts";

const user = (content: string) => ({ role: "user", content });
const detect = (
  messages: Array<{ role: string; content: string }>,
  extra: Partial<Parameters<typeof detectMeta>[0]> = {},
) => detectMeta({ messages, model: "ai-router", taskHeader: undefined, taskModels: [], ...extra });

for (const [rule, messages] of STUDIED_POSITIVES) {
  Deno.test(`detectMeta() recognises ${rule} (${messages.length} messages)`, () => {
    equal(detect(messages), rule);
  });
}

Deno.test("detectMeta() prefers the explicit task header and task model over content", () => {
  equal(detect([user("hi")], { taskHeader: "title_generation" }), "task-header");
  equal(detect([user("hi")], { taskHeader: "" }), undefined);
  equal(detect([user("hi")], { model: "task-model", taskModels: ["task-model"] }), "task-model");
});

Deno.test("detectMeta() leaves real turns alone, including RAG-prefixed ones", () => {
  for (const messages of STUDIED_NEGATIVES) equal(detect(messages), undefined, JSON.stringify(messages));
});
