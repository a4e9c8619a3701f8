import { deepEqual, equal } from "node:assert/strict";
import type { Classifier, ClassifierResult } from "../classifier/create_classifier.ts";
import { createChatTestContext, randomCompletion } from "./_test_chat.ts";
import { decideRoute } from "./decide_route.ts";

const ask = (content: string) => ({ messages: [{ role: "user" as const, content }] });

function createFixedClassifier(result: Partial<ClassifierResult> & { label: string }): Classifier {
  const full = { confidence: 0.9, raw: result.label, ms: 12.34, cacheHit: false, ...result };
  return { classify: () => Promise.resolve(full) };
}

const publicTarget = { kind: "public" as const, backend: "primary" };

Deno.test("decideRoute() returns an alias decision and writes no session entry or metric", async () => {
  const ctx = await createChatTestContext({ request: { ...ask("hi"), model: "code" } });
  const decision = await decideRoute(ctx, {
    classifier: createFixedClassifier({ label: "COMPLEX" }),
    target: { kind: "alias", backend: "coder", alias: "code" },
    taskHeader: null,
  });
  deepEqual(decision, {
    plan: { route: "ALIAS", kind: "single", backend: "coder" },
    confidence: 1,
    rule: { name: "alias" },
    classification: null,
    userPolicy: false,
    notes: [],
  });
  equal(ctx.recorder.entry.route, "");
  equal(ctx.recorder.entry.rule, null);
  equal((await ctx.deps.metrics.ruleDecisions.get()).values.length, 0);
});

Deno.test("decideRoute() returns the classifier's result with the plan of its label", async () => {
  const ctx = await createChatTestContext({ request: ask("prove the theorem") });
  const classifier = createFixedClassifier({ label: "COMPLEX", confidence: 0.8, raw: "COMPLEX" });
  const decision = await decideRoute(ctx, { classifier, target: publicTarget, taskHeader: null });
  deepEqual(decision.plan, { route: "COMPLEX", kind: "single", backend: "cloud", fallback: "primary" });
  equal(decision.confidence, 0.8);
  equal(decision.rule, null);
  equal(decision.classification?.raw, "COMPLEX");
  deepEqual(decision.notes, []);
});

Deno.test("decideRoute() keeps a member without cloud access local and says so (user-policy)", async () => {
  const ctx = await createChatTestContext({
    request: ask("prove the theorem"),
    user: { id: "kid", cloudAllowed: false },
  });
  const classifier = createFixedClassifier({ label: "COMPLEX" });
  const decision = await decideRoute(ctx, { classifier, target: publicTarget, taskHeader: null });
  equal(decision.plan.backend, "primary");
  deepEqual(decision.plan.fellBack, { from: "cloud", reason: "not permitted" });
  equal(decision.userPolicy, true);
  deepEqual(decision.notes, ["Answered by primary because cloud is not permitted"]);
});

Deno.test("decideRoute() sends a task-header request to META with its marker", async () => {
  const ctx = await createChatTestContext({ request: ask("### Task:\nGenerate a title") });
  const decision = await decideRoute(ctx, {
    classifier: createFixedClassifier({ label: "COMPLEX" }),
    target: publicTarget,
    taskHeader: "title_generation",
  });
  equal(decision.plan.route, "META");
  equal(decision.rule?.name, "meta");
  equal(typeof decision.rule?.marker, "string");
});

Deno.test("decideRoute() starts the likely local answer of a stream while classifying", async () => {
  const ctx = await createChatTestContext({
    request: { ...ask("hello"), stream: true },
    answers: { primary: () => Promise.resolve(randomCompletion()) },
  });
  const decision = await decideRoute(ctx, {
    classifier: createFixedClassifier({ label: "SIMPLE" }),
    target: publicTarget,
    taskHeader: null,
  });
  equal(decision.speculation?.backend.name, "primary");
  const upstream = await decision.speculation!.pending;
  await upstream.response.body?.cancel();
});
