import { equal, notEqual } from "node:assert/strict";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";

Deno.test("a speculative start and the classifier on one older vLLM get distinct request ids", async () => {
  // vLLM 0.11 refuses an X-Request-Id already in flight; the Thor 4B is both classifier and SIMPLE tier.
  await using shared = await startOpenAiSimulator({
    models: ["sim-shared"],
    version: "0.11.0",
    behaviour: { ttftMs: 150 },
  });
  await using router = await startTestRouter({
    extraBackendsYaml: `  shared:\n    urls: ["${shared.baseUrl}"]\n    model: sim-shared\n`,
    extraYaml: `routing:
  defaultBackend: shared
  labels: [SIMPLE, MODERATE]
  classifier: { backend: shared, defaultLabel: MODERATE }
  plans:
    SIMPLE: { backend: shared }
    MODERATE: { backend: shared }
`,
  });
  const stream = await router.client.chat.completions.create({
    model: "ai-router",
    stream: true,
    messages: [{ role: "user", content: "hi there" }],
  });
  for await (const _chunk of stream) { /* drain */ }
  const ids = shared.requests.map((r) => r.headers.get("x-request-id"));
  equal(ids.length, 2);
  notEqual(ids[0], ids[1]);
  equal(router.sessions[0]?.classification_raw, "SIMPLE");
});
