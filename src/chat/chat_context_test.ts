import { equal } from "node:assert/strict";
import { buildRouterState } from "../build_router_state.ts";
import { parseConfig } from "../config/load_config.ts";
import { choosePlan } from "../routing/choose_plan.ts";
import { toAvailability } from "./chat_context.ts";

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
