import { deepEqual, equal } from "node:assert/strict";
import { loadConfig } from "../config/load_config.ts";
import { chooseTier, type TierRequest, toChatTier } from "./choose_tier.ts";

const { config } = await loadConfig(new URL("../../infra/thor.yaml", import.meta.url).pathname);
const base: TierRequest = { task: "chat", tier: "general", promptTokens: 500, cloudAllowed: true };
const pick = (request: Partial<TierRequest>) =>
  chooseTier({ ...base, ...request }, config.tiers, "chat-8b").backend;

Deno.test("chooseTier() sends code under 8K tokens to Qwen2.5-Coder-32B and longer code to Qwen3-Coder-30B-A3B", () => {
  equal(pick({ task: "code", promptTokens: 200 }), "coder");
  equal(pick({ task: "code", promptTokens: 8191 }), "coder");
  equal(pick({ task: "code", promptTokens: 8192 }), "coder-long");
  equal(pick({ task: "code", promptTokens: 60_000 }), "coder-long");
  equal(config.backends.coder?.model, "qwen2.5-coder-32b-instruct");
  equal(config.backends["coder-long"]?.model, "qwen3-coder-30b-a3b-instruct");
});

Deno.test("chooseTier() sends chat by tier: simple to 4B, general to 8B, complex to the cloud or 32B", () => {
  equal(pick({ tier: "simple" }), "chat-4b");
  equal(pick({ tier: "general" }), "chat-8b");
  equal(pick({ tier: "complex" }), "cloud");
  deepEqual(chooseTier({ ...base, tier: "complex", cloudAllowed: false }, config.tiers, "x"), {
    backend: "chat-32b",
    reason: "complex, cloud not allowed",
  });
});

Deno.test("chooseTier() falls back to the nearest tier, then to the fallback backend", () => {
  equal(
    chooseTier({ ...base, task: "code", promptTokens: 9000 }, {
      codeContextThreshold: 8192,
      codeBackend: "c",
    }, "f").backend,
    "c",
  );
  equal(
    chooseTier({ ...base, tier: "simple" }, { codeContextThreshold: 8192, generalBackend: "g" }, "f").backend,
    "g",
  );
  equal(
    chooseTier({ ...base, tier: "complex", cloudAllowed: false }, { codeContextThreshold: 8192 }, "f")
      .backend,
    "f",
  );
});

Deno.test("toChatTier() maps the default classifier labels", () => {
  deepEqual(["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"].map(toChatTier), [
    "simple",
    "general",
    "complex",
    "general",
  ]);
});

Deno.test("the Thor profile sends /v1/completions to a code model", () => {
  equal(config.routing.completionsBackend, "coder-long");
  equal(config.audio.transcriptionBackend, "whisper");
  equal(config.backends.whisper?.kind, "wyoming");
});
