import { deepEqual, equal } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import { applyRules } from "./apply_rules.ts";

const config = parseConfig(
  `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: p }
  fast: { urls: ["http://127.0.0.1:2/v1"], model: f, aliases: [chat-fast] }
  long: { urls: ["http://127.0.0.1:3/v1"], model: l }
routing:
  meta: { backend: fast }
  longContextTokens: 100
  longContextBackend: long
`,
  "rules.yaml",
);
const publicTarget = { kind: "public" as const, backend: "primary" };
const input = (content: string) => ({
  messages: [{ role: "user", content }],
  model: "ai-router",
  target: publicTarget,
  taskHeader: null,
});

Deno.test("applyRules() decides alias, META and long context, and leaves the rest to the classifier", () => {
  deepEqual(
    applyRules({ ...input("hi"), target: { kind: "alias", backend: "fast", alias: "chat-fast" } }, config),
    {
      rule: "alias",
      route: "ALIAS",
      backend: "fast",
    },
  );
  deepEqual(applyRules({ ...input("hi"), taskHeader: "tags_generation" }, config), {
    rule: "meta",
    route: "META",
    backend: "fast",
    marker: "task-header",
    signals: ["phrase:task-header"],
  });
  equal(applyRules(input("x".repeat(401)), config)?.rule, "long-context");
  equal(applyRules(input("x".repeat(401)), config)?.backend, "long");
  equal(applyRules(input("hi"), config), undefined);
});

Deno.test("applyRules() sends requests with images to the vision backend before alias and META", () => {
  const vision = { ...input("look"), visionBackend: "seer" };
  const seeing = parseConfig(
    `backends:\n  primary: { urls: ["http://127.0.0.1:1/v1"], model: p, aliases: [local] }\n` +
      `  seer: { urls: ["http://127.0.0.1:4/v1"], model: s, aliases: [eyes], inputModalities: [text, image] }\n`,
    "vision.yaml",
  );
  equal(applyRules(vision, seeing)?.rule, "vision");
  equal(applyRules({ ...vision, taskHeader: "title_generation" }, seeing)?.rule, "vision");
  // A text-only alias cannot see the image; an alias to a backend that takes images keeps its choice.
  const local = { kind: "alias" as const, backend: "primary", alias: "local" };
  deepEqual(applyRules({ ...vision, target: local }, seeing), {
    rule: "vision",
    route: "VISION",
    backend: "seer",
  });
  const eyes = { kind: "alias" as const, backend: "seer", alias: "eyes" };
  equal(applyRules({ ...vision, target: eyes }, seeing)?.rule, "alias");
});
