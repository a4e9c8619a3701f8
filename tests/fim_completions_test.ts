/**
 * `POST /v1/fim/completions` as Continue calls it for providers with fill-in-the-middle support
 * (continuedev/continue `core/llm/llms/OpenAI.ts` `_streamFim` at 0069b94): the request body and headers are
 * that function's, and the answer is read as it reads it, `chunk.choices[0].delta.content` of every SSE chunk.
 */
import { equal, ok } from "node:assert/strict";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";

const CODER = `  coder:
    urls: ["URL"]
    model: sim-coder
    fimTemplate: "<|fim_prefix|>{prefix}<|fim_suffix|>{suffix}<|fim_middle|>"
`;

/** Continue's `streamSse`: each `data:` line's JSON until `[DONE]`. */
async function* readSse(response: Response): AsyncGenerator<Record<string, unknown>> {
  const text = await response.text();
  for (const line of text.split("\n")) {
    if (!line.startsWith("data: ")) continue;
    if (line === "data: [DONE]") return;
    yield JSON.parse(line.slice(6));
  }
}

Deno.test("POST /v1/fim/completions answers Continue's streamed FIM request through the coder's FIM template", async () => {
  await using coder = await startOpenAiSimulator({ models: ["sim-coder"] });
  await using router = await startTestRouter({
    extraBackendsYaml: CODER.replace("URL", coder.baseUrl),
    extraYaml: "routing:\n  completionsBackend: coder\n",
  });
  const response = await fetch(`${router.baseUrl}/v1/fim/completions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      "x-api-key": "unused",
      Authorization: "Bearer unused",
    },
    body: JSON.stringify({
      model: "ai-router",
      prompt: "function add(a, b) {\n  return ",
      suffix: ";\n}\n",
      max_tokens: 8,
      temperature: 0.01,
      top_p: undefined,
      frequency_penalty: undefined,
      presence_penalty: undefined,
      stop: ["\n\n"],
      stream: true,
    }),
  });
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-route"), "COMPLETIONS");
  let middle = "";
  let chunks = 0;
  for await (const chunk of readSse(response)) {
    // Exactly what Continue does with every chunk: a chunk without choices[0].delta would throw here.
    const choices = chunk.choices as Array<{ delta: { content?: string } }>;
    middle += choices[0]!.delta.content ?? "";
    chunks += 1;
    equal(chunk.object, "chat.completion.chunk");
  }
  ok(chunks > 1 && middle.length > 0, middle);
  const sent = coder.requests.at(-1)?.body ?? {};
  equal(sent.prompt, "<|fim_prefix|>function add(a, b) {\n  return <|fim_suffix|>;\n}\n<|fim_middle|>");
  equal(sent.max_tokens, 8);
});

Deno.test("POST /v1/fim/completions without stream answers one chat completion with the middle as content", async () => {
  await using coder = await startOpenAiSimulator({ models: ["sim-coder"] });
  await using router = await startTestRouter({
    extraBackendsYaml: CODER.replace("URL", coder.baseUrl),
    extraYaml: "routing:\n  completionsBackend: coder\n",
  });
  const response = await fetch(`${router.baseUrl}/v1/fim/completions`, {
    method: "POST",
    body: JSON.stringify({ model: "ai-router", prompt: "x = ", suffix: "\nprint(x)" }),
  });
  equal(response.status, 200);
  const body = await response.json();
  equal(body.object, "chat.completion");
  equal(body.choices[0].message.role, "assistant");
  ok(body.choices[0].message.content.length > 0);
  ok(["stop", "length"].includes(body.choices[0].finish_reason));
  ok(body.usage.completion_tokens > 0);
});
