import { deepEqual, equal, rejects } from "node:assert/strict";
import { upstreamFailed } from "../api_error.ts";
import { createChatTestContext, randomCompletion } from "./_test_chat.ts";
import type { RouteDecision } from "./decide_route.ts";
import { toChatResponse } from "./chat_answer.ts";
import { runPlan } from "./run_plan.ts";
import { startAttempt } from "./start_attempt.ts";

const ask = (content: string) => ({ messages: [{ role: "user" as const, content }] });

function toDecision(plan: RouteDecision["plan"]): RouteDecision {
  return { plan, confidence: 0.9, rule: null, classification: null, userPolicy: false, notes: [] };
}

const complex = { route: "COMPLEX", kind: "single" as const, backend: "cloud", fallback: "primary" };

Deno.test("runPlan() answers with the planned backend and returns its one hop", async () => {
  const completion = randomCompletion();
  const ctx = await createChatTestContext({
    request: ask("prove it"),
    answers: { cloud: () => Promise.resolve(completion) },
  });
  const run = runPlan(ctx, toDecision(complex));
  const response = toChatResponse(await run.answer);
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  equal(response.headers.get("x-ai-router-confidence"), "0.90");
  deepEqual(await response.json(), completion);
  const end = await run.ended;
  deepEqual(end.hops, [{ step: "answer", backend: "cloud", failed: false }]);
  deepEqual(end.answer?.json, completion);
});

Deno.test("runPlan() falls back when the planned backend fails before its first byte, and notes it", async () => {
  const ctx = await createChatTestContext({
    request: ask("prove it"),
    answers: {
      cloud: () => Promise.reject(upstreamFailed('Backend "cloud" failed with status 500: boom')),
      primary: () => Promise.resolve(randomCompletion("local answer")),
    },
  });
  const run = runPlan(ctx, toDecision(complex));
  const response = toChatResponse(await run.answer);
  equal(response.headers.get("x-ai-router-backend"), "primary");
  const json = await response.json();
  equal(
    json.choices[0].message.content,
    "_Answered by primary because cloud did not answer._\n\nlocal answer",
  );
  deepEqual((await run.ended).hops, [
    { step: "answer", backend: "cloud", failed: true },
    { step: "answer", backend: "primary", failed: false },
  ]);
  deepEqual(ctx.recorder.entry.steps.map((step) => [step.provider, step.status]), [["cloud", 502], [
    "primary",
    200,
  ]]);
});

Deno.test("runPlan() rejects with the upstream error when there is no fallback, and still returns its hops", async () => {
  const failure = upstreamFailed('Backend "primary" failed with status 500: boom');
  const ctx = await createChatTestContext({
    request: ask("hello"),
    answers: { primary: () => Promise.reject(failure) },
  });
  const run = runPlan(ctx, toDecision({ route: "SIMPLE", kind: "single", backend: "primary" }));
  await rejects(run.answer, failure);
  const end = await run.ended;
  deepEqual(end.hops, [{ step: "answer", backend: "primary", failed: true }]);
  equal(end.error, failure);
});

Deno.test("runPlan() cancels a speculative start the plan does not use", async () => {
  const ctx = await createChatTestContext({
    request: ask("prove it"),
    answers: {
      primary: () => Promise.resolve(randomCompletion()),
      cloud: () => Promise.resolve(randomCompletion("cloud answer")),
    },
  });
  const speculation = startAttempt(ctx, {
    backendName: "primary",
    route: "MODERATE",
    step: "answer",
    hop: "spec",
  });
  const run = runPlan(ctx, { ...toDecision(complex), speculation });
  await toChatResponse(await run.answer).body?.cancel();
  deepEqual((await run.ended).hops, [
    { step: "speculation", backend: "primary", kept: false },
    { step: "answer", backend: "cloud", failed: false },
  ]);
  equal(speculation.controller.signal.aborted, true);
});
