import { deepEqual } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import { resolveModel } from "./resolve_model.ts";

const config = parseConfig(
  `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: nano }
  coder: { urls: ["http://127.0.0.1:2/v1"], model: qwen-coder, aliases: [code] }
`,
  "test.yaml",
);

Deno.test("resolveModel() sends the public model and a missing model to the fallback backend", () => {
  deepEqual(resolveModel("ai-router", { config, fallbackBackend: "primary" }), {
    kind: "public",
    backend: "primary",
  });
  deepEqual(resolveModel(undefined, { config, fallbackBackend: "primary" }), {
    kind: "public",
    backend: "primary",
  });
  deepEqual(resolveModel("", { config, fallbackBackend: "primary" }), { kind: "public", backend: "primary" });
});

Deno.test("resolveModel() sends an alias straight to its backend", () => {
  deepEqual(resolveModel("code", { config, fallbackBackend: "primary" }), {
    kind: "alias",
    backend: "coder",
    alias: "code",
  });
});

Deno.test("resolveModel() does not expose upstream model ids that are not aliases", () => {
  deepEqual(resolveModel("qwen-coder", { config, fallbackBackend: "primary" }), { kind: "unknown" });
  deepEqual(resolveModel("gpt-4o", { config, fallbackBackend: "primary" }), { kind: "unknown" });
});
