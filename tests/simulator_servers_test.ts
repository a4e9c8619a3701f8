import { deepEqual, equal, match, ok } from "node:assert/strict";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";

type Json = Record<string, unknown>;

async function post(
  baseUrl: string,
  { path, body, headers = {} }: { path: string; body: Json; headers?: Record<string, string> },
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

const classify = { model: "m", messages: [{ role: "user", content: "hi" }], "max_tokens": 1 };

Deno.test("the simulator serves GET /version with the vLLM release it plays", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"], version: "0.9.2" });
  const response = await fetch(sim.baseUrl.replace(/\/v1$/, "/version"));
  equal(response.status, 200);
  deepEqual(await response.json(), { version: "0.9.2" });
});

Deno.test("an xAI-playing simulator has no /version route", async () => {
  await using sim = await startOpenAiSimulator({ models: ["grok"], server: "xai" });
  const response = await fetch(sim.baseUrl.replace(/\/v1$/, "/version"));
  equal(response.status, 404);
  await response.body?.cancel();
});

Deno.test("vLLM before 0.10.2 ignores structured_outputs and honours guided_choice", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"], version: "0.9.2" });
  const structured = JSON.parse(
    (await post(sim.baseUrl, {
      path: "/chat/completions",
      body: {
        ...classify,
        "structured_outputs": { choice: ["SIMPLE", "COMPLEX"] },
        "max_tokens": 50,
      },
    })).text,
  );
  match(structured.choices[0].message.content, /simulated answer/);
  const guided = JSON.parse(
    (await post(sim.baseUrl, {
      path: "/chat/completions",
      body: {
        ...classify,
        "guided_choice": ["SIMPLE", "COMPLEX"],
      },
    })).text,
  );
  equal(guided.choices[0].message.content, "SIMPLE");
});

Deno.test("vLLM from 0.12.0 ignores guided_choice and honours structured_outputs", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const guided = JSON.parse(
    (await post(sim.baseUrl, {
      path: "/chat/completions",
      body: {
        ...classify,
        "guided_choice": ["SIMPLE"],
        "max_tokens": 50,
      },
    })).text,
  );
  match(guided.choices[0].message.content, /simulated answer/);
  const structured = JSON.parse(
    (await post(sim.baseUrl, {
      path: "/chat/completions",
      body: {
        ...classify,
        "structured_outputs": { choice: ["MODERATE"] },
      },
    })).text,
  );
  equal(structured.choices[0].message.content, "MODERATE");
});

Deno.test("reasoning is named reasoning_content before 0.11.1 and reasoning from 0.17.0", async () => {
  const body = { model: "m", messages: [{ role: "user", content: "hi" }] };
  await using old = await startOpenAiSimulator({
    models: ["m"],
    version: "0.10.1",
    behaviour: { reasoning: true },
  });
  const oldMessage =
    JSON.parse((await post(old.baseUrl, { path: "/chat/completions", body })).text).choices[0].message;
  ok(typeof oldMessage.reasoning_content === "string" && !("reasoning" in oldMessage));
  await using current = await startOpenAiSimulator({ models: ["m"], behaviour: { reasoning: true } });
  const message =
    JSON.parse((await post(current.baseUrl, { path: "/chat/completions", body })).text).choices[0].message;
  ok(typeof message.reasoning === "string" && !("reasoning_content" in message));
});

Deno.test("vLLM before 0.12.0 refuses a request id already in flight", async () => {
  await using sim = await startOpenAiSimulator({
    models: ["m"],
    version: "0.11.0",
    behaviour: { ttftMs: 300 },
  });
  const first = post(sim.baseUrl, {
    path: "/chat/completions",
    body: classify,
    headers: { "x-request-id": "same" },
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const second = await post(sim.baseUrl, {
    path: "/chat/completions",
    body: classify,
    headers: { "x-request-id": "same" },
  });
  equal(second.status, 400);
  match(second.text, /Request id same already running/);
  equal((await first).status, 200);
  equal(
    (await post(sim.baseUrl, {
      path: "/chat/completions",
      body: classify,
      headers: { "x-request-id": "same" },
    })).status,
    200,
  );
});

Deno.test("vLLM answers 400 to /v1/completions with suffix", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const response = await post(sim.baseUrl, {
    path: "/completions",
    body: { model: "m", prompt: "def f(", suffix: "\n" },
  });
  equal(response.status, 400);
  match(response.text, /suffix is not currently supported/);
});

Deno.test("vLLM from 0.20.0 answers 400 to tools: [], as OpenAI does", async () => {
  const body = { ...classify, tools: [] };
  await using older = await startOpenAiSimulator({ models: ["m"], version: "0.19.1" });
  equal((await post(older.baseUrl, { path: "/chat/completions", body })).status, 200);
  await using newer = await startOpenAiSimulator({ models: ["m"] });
  const refused = await post(newer.baseUrl, { path: "/chat/completions", body });
  equal(refused.status, 400);
  match(refused.text, /`tools` must not be an empty array/);
});

Deno.test("xAI refuses stop on a reasoning model and reports cost_in_usd_ticks", async () => {
  await using sim = await startOpenAiSimulator({
    models: ["grok-4-1-fast-reasoning", "grok-4-1-fast-non-reasoning"],
    server: "xai",
  });
  const messages = [{ role: "user", content: "hi" }];
  const refused = await post(sim.baseUrl, {
    path: "/chat/completions",
    body: {
      model: "grok-4-1-fast-reasoning",
      messages,
      stop: ["\n"],
    },
  });
  equal(refused.status, 400);
  match(refused.text, /stop/);
  const answered = await post(sim.baseUrl, {
    path: "/chat/completions",
    body: {
      model: "grok-4-1-fast-non-reasoning",
      messages,
      stop: ["\n"],
    },
  });
  equal(answered.status, 200);
  ok(JSON.parse(answered.text).usage.cost_in_usd_ticks > 0);
});

Deno.test("a stream carries usage only when asked, and an error event ends with [DONE]", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"] });
  const body = { model: "m", messages: [{ role: "user", content: "hi" }], stream: true };
  const plain = await post(sim.baseUrl, { path: "/chat/completions", body });
  ok(!plain.text.includes('"usage"'));
  const asked = await post(sim.baseUrl, {
    path: "/chat/completions",
    body: {
      ...body,
      "stream_options": { "include_usage": true },
    },
  });
  match(asked.text, /"choices":\[\],"usage":\{"prompt_tokens"/);
  sim.behaviour.failure = { kind: "error-event", afterChunks: 2 };
  const failed = await post(sim.baseUrl, { path: "/chat/completions", body });
  match(
    failed.text,
    /data: \{"error":\{"message":"Simulated failure during generation".*\n\ndata: \[DONE\]\n\n$/s,
  );
});

Deno.test("vLLM refuses a prompt longer than --max-model-len leaves for the answer", async () => {
  await using sim = await startOpenAiSimulator({ models: ["m"], maxModelLen: 100 });
  const short = await post(sim.baseUrl, { path: "/chat/completions", body: classify });
  equal(short.status, 200);
  // 400 characters of text and the JSON around it: over 100 tokens at 4 characters a token.
  const long = { model: "m", messages: [{ role: "user", content: "word ".repeat(80) }] };
  const refused = await post(sim.baseUrl, { path: "/chat/completions", body: long });
  equal(refused.status, 400);
  const { error } = JSON.parse(refused.text);
  equal(error.type, "BadRequestError");
  equal(error.param, "input_tokens");
  equal(error.code, 400);
  match(
    error.message,
    /^You passed (\d+) input tokens and requested 0 output tokens\. However, the model's context length is only 100 tokens, resulting in a maximum input length of 100 tokens\. Please reduce the length of the input prompt\. \(parameter=input_tokens, value=\1\)$/,
  );
  // The answer's room counts: a prompt that fits alone is refused with max_tokens asking for the rest.
  const roomy = { ...classify, "max_tokens": 95 };
  const tight = await post(sim.baseUrl, { path: "/chat/completions", body: roomy });
  equal(tight.status, 400);
  match(JSON.parse(tight.text).error.message, /requested 95 output tokens.*maximum input length of 5 tokens/);
});
