import { equal, match, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

Deno.test("POST /v1/completions answers a legacy completion", async () => {
  await using router = await startTestRouter();
  const completion = await router.client.completions.create({
    model: "ai-router",
    prompt: "<fim_prefix>def add(a, b):<fim_suffix><fim_middle>",
    max_tokens: 64,
  });
  equal(completion.object, "text_completion");
  match(completion.choices[0]?.text ?? "", /simulated answer/);
  equal(router.upstreams.primary.requests[0]?.path, "/v1/completions");
  equal(router.upstreams.primary.requests[0]?.body.model, "sim-primary");
});

Deno.test("POST /v1/completions streams text chunks like Continue's autocomplete reads them", async () => {
  await using router = await startTestRouter();
  const stream = await router.client.completions.create({
    model: "ai-router",
    prompt: "function greet(",
    max_tokens: 5,
    stream: true,
  });
  const texts: string[] = [];
  let finish: string | null = null;
  for await (const chunk of stream) {
    texts.push(chunk.choices[0]?.text ?? "");
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  equal(texts.filter((t) => t !== "").length, 5);
  equal(finish, "length");
});

Deno.test("POST /v1/completions rejects a request without a prompt", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router" }),
  });
  equal(response.status, 400);
  const body = await response.json();
  equal(body.error.param, "prompt");
  ok(response.headers.get("x-request-id"));
});

Deno.test("POST /v1/completions to a reasoning backend spends max_tokens on the completion itself", async () => {
  await using router = await startTestRouter({ behaviour: { primary: { reasoning: true } } });
  const completion = await router.client.completions.create({
    model: "ai-router",
    prompt: "def add(a, b):",
    max_tokens: 5,
  });
  equal(completion.choices[0]?.finish_reason, "length");
  ok((completion.choices[0]?.text ?? "").length > 0, "legacy completions carry no reasoning tokens");
});
