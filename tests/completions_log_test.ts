import { equal, match } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

Deno.test("POST /v1/completions (autocomplete) is logged as the COMPLETIONS route, streaming or not", async () => {
  await using router = await startTestRouter();
  const prompt = "<fim_prefix>function add(a, b) {<fim_suffix>}<fim_middle>";
  const { response } = await router.client.completions.create({ model: "ai-router", prompt, max_tokens: 20 })
    .withResponse();
  equal(response.headers.get("x-ai-router-route"), "COMPLETIONS");
  const stream = await router.client.completions.create({ model: "ai-router", prompt, stream: true });
  for await (const _chunk of stream) { /* drain */ }
  equal(router.sessions.length, 2);
  for (const entry of router.sessions) {
    equal(entry.route, "COMPLETIONS");
    equal(entry.user_query, prompt);
    match(entry.steps[0]?.response_content ?? "", /sim-primary/);
    equal(entry.steps[0]?.status, 200);
  }
  equal(router.upstreams.classifier.requests.length, 0);
});
