import { equal } from "node:assert/strict";
import { buildRouterState } from "../build_router_state.ts";
import { parseConfig } from "../config/load_config.ts";
import { choosePlan } from "../routing/choose_plan.ts";
import { toConversationKey } from "../routing/conversation_affinity.ts";
import { getConversationKey, toAvailability } from "./chat_context.ts";
import type { ChatRequest } from "./chat_request.ts";

const config = parseConfig(
  `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: p }
  cloud: { urls: ["http://127.0.0.1:2/v1"], model: c, location: cloud, apiKeyEnv: CLOUD_KEY }
`,
  "policy.yaml",
);

Deno.test("toAvailability() keeps users without cloud permission or budget on the box", async () => {
  const state = await buildRouterState(config, { configSource: "policy.yaml", getSecret: () => "key" });
  const allowed = toAvailability(state, { id: "a", cloudAllowed: true });
  const overBudget = toAvailability(state, {
    id: "b",
    cloudAllowed: false,
    cloudDeniedReason: "over budget",
  });
  const denied = toAvailability(state, { id: "c", cloudAllowed: false });
  equal(allowed("cloud"), undefined);
  equal(overBudget("cloud"), "over budget");
  equal(denied("cloud"), "not permitted");
  equal(denied("primary"), undefined);
  equal(choosePlan("COMPLEX", { config, isAvailable: overBudget }).backend, "primary");
});

Deno.test("toAvailability() treats a cloud without its key as not configured", async () => {
  const state = await buildRouterState(config, { configSource: "policy.yaml", getSecret: () => undefined });
  equal(toAvailability(state, { id: "a", cloudAllowed: true })("cloud"), "not configured");
  equal(toAvailability(state, { id: "a", cloudAllowed: true })("missing"), "not configured");
});

Deno.test("getConversationKey() hashes a request's messages once, and a redacted copy of the request on its own", () => {
  let reads = 0;
  // Counts the reads of the messages: toConversationKey looks for the first system and user message.
  const messages = new Proxy(
    [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi Anna" }],
    {
      get: (target, property, receiver) => {
        if (property === "find") reads++;
        return Reflect.get(target, property, receiver);
      },
    },
  );
  const request = { model: "ai-router", messages } as unknown as ChatRequest;
  const user = { id: "anna", cloudAllowed: true };
  const key = getConversationKey({ user, request });
  equal(key, toConversationKey("anna", [...messages]));
  const afterFirst = reads;
  equal(getConversationKey({ user, request }), key);
  equal(getConversationKey({ user, request }), key);
  equal(reads, afterFirst, "the second and third callers reuse the key");
  const redacted = {
    ...request,
    messages: [messages[0], { role: "user", content: "Hi <PERSON_1>" }],
  } as ChatRequest;
  equal(getConversationKey({ user, request: redacted }), toConversationKey("anna", redacted.messages));
  equal(
    getConversationKey({ user: { id: "ben", cloudAllowed: true }, request }),
    toConversationKey("ben", [...messages]),
  );
});
