import { deepEqual, equal } from "node:assert/strict";
import { buildRouterState } from "../build_router_state.ts";
import { parseConfig } from "../config/load_config.ts";
import { getPromptText } from "../config/load_prompts.ts";
import { buildUpstreamBody } from "./build_upstream_body.ts";

const config = parseConfig(
  `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: local-model }
  thinker: { urls: ["http://127.0.0.1:2/v1"], model: think-model, reasoning: true }
  cloud: { urls: ["http://127.0.0.1:3/v1"], model: cloud-model, location: cloud, apiKeyEnv: CLOUD_KEY }
`,
  "body.yaml",
);
const state = await buildRouterState(config, { configSource: "body.yaml", getSecret: () => "key" });
const backend = (name: string) => state.backends.get(name)!;
const options = {
  prompts: state.prompts,
  route: "SIMPLE",
  cloudMaxTokensFloor: 16384,
  thinkingOffBelowTokens: 1024,
};
const user = { role: "user" as const, content: "hi" };

Deno.test("buildUpstreamBody() names the backend's model and puts the route's system prompt first", () => {
  const body = buildUpstreamBody({ messages: [user], temperature: 0.2 }, backend("primary"), options);
  equal(body.model, "local-model");
  equal(body.temperature, 0.2);
  deepEqual(body.messages, [
    { role: "system", content: getPromptText(state.prompts, "primary/system.md") },
    user,
  ]);
});

Deno.test("buildUpstreamBody() merges the client's system message and ENRICH's context into one", () => {
  const system = { role: "system" as const, content: "Be brief." };
  const body = buildUpstreamBody({ messages: [system, user] }, backend("primary"), {
    ...options,
    extraSystem: "Today: news",
  });
  const ours = getPromptText(state.prompts, "primary/system.md");
  deepEqual(body.messages, [{ role: "system", content: `${ours}\n\nToday: news\n\nBe brief.` }, user]);
});

Deno.test("buildUpstreamBody() owns max_tokens: floored for the cloud, the client's cap for local models", () => {
  const request = { messages: [user], "max_tokens": 100 };
  equal(buildUpstreamBody(request, backend("cloud"), options).max_tokens, 16384);
  // A small cap on a reasoning model: the cap, with thinking off, so the answer is not all thinking.
  const small = buildUpstreamBody(request, backend("thinker"), options);
  equal(small.max_tokens, 100);
  deepEqual(small.chat_template_kwargs, { "enable_thinking": false });
  // A large cap counts thinking too (OpenAI's max_completion_tokens), so thinking stays on.
  const large = buildUpstreamBody({ messages: [user], "max_tokens": 4096 }, backend("thinker"), options);
  equal(large.max_tokens, 4096);
  equal(large.chat_template_kwargs, undefined);
  // No cap: a reasoning model stops at its own end.
  equal(buildUpstreamBody({ messages: [user] }, backend("thinker"), options).max_tokens, undefined);
  equal(
    buildUpstreamBody({ messages: [user], "max_completion_tokens": 50 }, backend("primary"), options)
      .max_tokens,
    50,
  );
  equal(
    buildUpstreamBody({ messages: [user], "max_completion_tokens": 50 }, backend("primary"), options)
      .max_completion_tokens,
    undefined,
  );
});

Deno.test("buildUpstreamBody() turns thinking off for META and uses the meta prompt", () => {
  const body = buildUpstreamBody(
    { messages: [user], "chat_template_kwargs": { foo: 1 } },
    backend("primary"),
    { ...options, route: "META" },
  );
  deepEqual(body.chat_template_kwargs, { foo: 1, "enable_thinking": false });
  equal(
    (body.messages as Array<{ content: string }>)[0]?.content,
    getPromptText(state.prompts, "meta/system.md"),
  );
});

Deno.test("buildUpstreamBody() drops tools: [] but keeps a tool_choice that demands a call", () => {
  const body = buildUpstreamBody(
    { messages: [user], tools: [], "tool_choice": "required", "parallel_tool_calls": false },
    backend("primary"),
    options,
  );
  deepEqual([body.tools, body.tool_choice, body.parallel_tool_calls], [undefined, "required", undefined]);
});

Deno.test("buildUpstreamBody() merges into a leading developer message or text parts, sent as one system message", () => {
  const ours = getPromptText(state.prompts, "primary/system.md");
  const developer = buildUpstreamBody(
    { messages: [{ role: "developer", content: "Be brief." }, user] },
    backend("primary"),
    options,
  );
  deepEqual(developer.messages, [{ role: "system", content: `${ours}\n\nBe brief.` }, user]);
  const parts = [
    { type: "text" as const, text: "Be brief.", "cache_control": { type: "ephemeral" } },
    { type: "text" as const, text: "Use metric units." },
  ];
  const cached = buildUpstreamBody(
    { messages: [{ role: "system", content: parts }, user] },
    backend("primary"),
    options,
  );
  deepEqual(cached.messages, [{ role: "system", content: `${ours}\n\nBe brief.\nUse metric units.` }, user]);
  // A leading message with other parts stays its own; the route prompt goes in front.
  const image = { type: "image_url" as const, "image_url": { url: "data:image/png;base64,AA" } };
  const mixed = { role: "system" as const, content: [parts[1]!, image] };
  deepEqual(buildUpstreamBody({ messages: [mixed, user] }, backend("primary"), options).messages, [
    { role: "system", content: ours },
    mixed,
    user,
  ]);
});
