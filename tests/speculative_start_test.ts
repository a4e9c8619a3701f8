import { equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];

async function speculative(router: Awaited<ReturnType<typeof startTestRouter>>, outcome: string) {
  const text = await router.metrics.registry.getSingleMetricAsString("ai_router_speculative_starts_total");
  const line = text.split("\n").find((l) => l.includes(`outcome="${outcome}"`));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

Deno.test("a streaming request keeps the local answer started while classifying when the label agrees", async () => {
  await using router = await startTestRouter({ behaviour: { classifier: { ttftMs: 100 } } });
  const { data: stream, response } = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("hi"),
    stream: true,
  }).withResponse();
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  equal(response.headers.get("x-ai-router-route"), "SIMPLE");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  ok(text.includes("sim-primary"));
  equal(router.upstreams.primary.requests.length, 1, "one local generation, started early and kept");
  equal(await speculative(router, "kept"), 1);
  const entry = router.sessions[0];
  equal(entry?.steps.length, 1);
  ok(entry?.steps[0]?.response_content.includes("sim-primary"));
  ok((entry?.steps[0]?.ttft_ms ?? -1) >= 0);
});

Deno.test("a streaming request cancels the speculative local answer when the label goes to the cloud", async () => {
  await using router = await startTestRouter({
    behaviour: { classifier: { ttftMs: 100 }, primary: { ttftMs: 20, interTokenMs: 20 } },
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove that there are infinitely many primes"),
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  ok(text.includes("sim-cloud"));
  const local = router.upstreams.primary.requests[0];
  for (let i = 0; i < 100 && !local?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(local?.aborted, "the simulator saw the speculative request cancelled");
  equal(local?.completed, false);
  equal(await speculative(router, "cancelled"), 1);
  equal(router.sessions[0]?.steps.map((s) => [s.provider, s.status]).join(), "primary,499,cloud,200");
});

Deno.test("speculative start can be turned off", async () => {
  await using router = await startTestRouter({ extraYaml: "routing:\n  speculative: false\n" });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("Prove it"),
    stream: true,
  });
  for await (const _chunk of stream) { /* drain */ }
  equal(router.upstreams.primary.requests.length, 0);
  equal(await speculative(router, "cancelled"), 0);
});

Deno.test("a streaming ENRICH request cancels the speculative start and streams the enriched local answer", async () => {
  await using router = await startTestRouter({
    behaviour: { classifier: { ttftMs: 50 }, primary: { ttftMs: 20, interTokenMs: 20 } },
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask("What happened in the news today?"),
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  ok(text.includes("sim-primary"));
  const [speculated, answer] = router.upstreams.primary.requests;
  for (let i = 0; i < 100 && !speculated?.aborted; i++) await new Promise((r) => setTimeout(r, 10));
  ok(speculated?.aborted);
  const system = (answer?.body.messages as Array<{ content: string }>)[0]?.content ?? "";
  ok(system.includes("simulated headline"));
  equal(router.sessions[0]?.steps.map((s) => s.step).join(), "answer,enrich,answer");
});
