import { deepEqual, equal } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import { applyConfidencePolicy, choosePlan } from "./choose_plan.ts";

const config = parseConfig(
  `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: p }
  cloud: { urls: ["http://127.0.0.1:2/v1"], model: c, location: cloud }
routing:
  classifier: { lowConfidence: escalate, minConfidence: 0.6 }
`,
  "plan.yaml",
);
const all = () => undefined;

Deno.test("choosePlan() maps labels to the default plans", () => {
  deepEqual(choosePlan("SIMPLE", { config, isAvailable: all }), {
    route: "SIMPLE",
    kind: "single",
    backend: "primary",
  });
  deepEqual(choosePlan("COMPLEX", { config, isAvailable: all }), {
    route: "COMPLEX",
    kind: "single",
    backend: "cloud",
    fallback: "primary",
  });
  deepEqual(choosePlan("ENRICH", { config, isAvailable: all }), {
    route: "ENRICH",
    kind: "enrich",
    backend: "primary",
    enrichBackend: "cloud",
  });
});

Deno.test("choosePlan() keeps a request local when the cloud is unavailable", () => {
  const noCloud = (name: string) => name === "cloud" ? "over budget" : undefined;
  deepEqual(choosePlan("COMPLEX", { config, isAvailable: noCloud }), {
    route: "COMPLEX",
    kind: "single",
    backend: "primary",
    fellBack: { from: "cloud", reason: "over budget" },
  });
  const enrich = choosePlan("ENRICH", { config, isAvailable: noCloud });
  equal(enrich.kind, "single");
  equal(enrich.backend, "primary");
  deepEqual(enrich.fellBack, { from: "cloud", reason: "over budget" });
});

Deno.test("choosePlan() sends an unknown label to the default backend", () => {
  deepEqual(choosePlan("OTHER", { config, isAvailable: all }), {
    route: "OTHER",
    kind: "single",
    backend: "primary",
  });
});

Deno.test("applyConfidencePolicy() escalates one step only under the threshold", () => {
  deepEqual(applyConfidencePolicy("SIMPLE", { confidence: 0.4, config }), {
    label: "MODERATE",
    adjusted: true,
  });
  deepEqual(applyConfidencePolicy("SIMPLE", { confidence: 0.9, config }), {
    label: "SIMPLE",
    adjusted: false,
  });
  deepEqual(applyConfidencePolicy("ENRICH", { confidence: 0.1, config }), {
    label: "ENRICH",
    adjusted: false,
  });
  deepEqual(applyConfidencePolicy("SIMPLE", { confidence: null, config }), {
    label: "SIMPLE",
    adjusted: false,
  });
});

Deno.test("choosePlan() answers long prompts with the plan's long-context backend (Thor coders)", () => {
  const thor = parseConfig(
    `
backends:
  chat: { urls: ["http://127.0.0.1:1/v1"], model: c }
  coder: { urls: ["http://127.0.0.1:2/v1"], model: qwen2.5-coder-32b }
  coder-long: { urls: ["http://127.0.0.1:3/v1"], model: qwen3-coder-30b-a3b }
routing:
  defaultBackend: chat
  labels: [SIMPLE, MODERATE, CODE]
  plans:
    CODE: { backend: coder, longContext: { aboveTokens: 8192, backend: coder-long } }
`,
    "thor.yaml",
  );
  deepEqual(choosePlan("CODE", { config: thor, isAvailable: all, promptTokens: () => 8191 }), {
    route: "CODE",
    kind: "single",
    backend: "coder",
  });
  deepEqual(choosePlan("CODE", { config: thor, isAvailable: all, promptTokens: () => 8192 }), {
    route: "CODE",
    kind: "single",
    backend: "coder-long",
    fallback: "coder",
  });
  const longDown = (name: string) => name === "coder-long" ? "not configured" : undefined;
  deepEqual(choosePlan("CODE", { config: thor, isAvailable: longDown, promptTokens: () => 9000 }), {
    route: "CODE",
    kind: "single",
    backend: "coder",
    fellBack: { from: "coder-long", reason: "not configured" },
  });
  let asked = 0;
  choosePlan("SIMPLE", { config: thor, isAvailable: all, promptTokens: () => ++asked });
  equal(asked, 0, "plans without longContext never estimate tokens");
});
