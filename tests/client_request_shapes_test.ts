/** Request and answer shapes real OpenAI-compatible clients send or rely on, beyond the spec's letter. */
import { deepEqual, equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

Deno.test("POST /v1/chat/completions with tools: [] reaches vLLM without the empty list", async () => {
  await using router = await startTestRouter();
  const completion = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
    tools: [],
    tool_choice: "auto",
    parallel_tool_calls: true,
  });
  equal(completion.object, "chat.completion");
  const sent = router.upstreams.primary.requests.at(-1)?.body ?? {};
  deepEqual(["tools", "tool_choice", "parallel_tool_calls"].filter((key) => key in sent), []);
  ok(Array.isArray(sent.messages));
});
