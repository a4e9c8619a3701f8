import { deepEqual } from "node:assert/strict";
import { randomSession, randomStep } from "./_random_session.ts";
import { analyzeSessions } from "./analyze_sessions.ts";

const OPTIONS = { minConfidence: 0.5, prices: {} };

Deno.test("analyzeSessions() counts the route mix with shares, largest first", () => {
  const entries = [
    randomSession({ route: "MODERATE" }),
    randomSession({ route: "SIMPLE" }),
    randomSession({ route: "SIMPLE" }),
    randomSession({ route: "META" }),
  ];
  deepEqual(analyzeSessions(entries, OPTIONS).routeMix, [
    { route: "SIMPLE", count: 2, share: 0.5 },
    { route: "META", count: 1, share: 0.25 },
    { route: "MODERATE", count: 1, share: 0.25 },
  ]);
  deepEqual(analyzeSessions([], OPTIONS).routeMix, []);
});

Deno.test("analyzeSessions() lists failed, empty and missing enrichments", () => {
  const enrich = (status: number, content: string) =>
    randomStep({ step: "enrich", provider: "cloud", status, "response_content": content });
  const failed = randomSession({ route: "ENRICH", steps: [enrich(500, ""), randomStep()] });
  const empty = randomSession({ route: "ENRICH", steps: [enrich(200, "  "), randomStep()] });
  const good = randomSession({ route: "ENRICH", steps: [enrich(200, "facts"), randomStep()] });
  const missing = randomSession({ route: "ENRICH" });
  deepEqual(analyzeSessions([failed, empty, good, missing], OPTIONS).enrichments.map((e) => e.problem), [
    "failed (cloud answered 500)",
    "empty (cloud returned no content)",
    "no enrichment step",
  ]);
});

Deno.test("analyzeSessions() gives p50 and p95 per route and the slowest requests", () => {
  const entries = Array.from({ length: 20 }, (_, n) => randomSession({ "total_ms": (n + 1) * 10 }));
  entries.push(randomSession({ route: "COMPLEX", "total_ms": 5000, "user_query": "slow one" }));
  const { latency } = analyzeSessions(entries, { ...OPTIONS, outliers: 2 });
  deepEqual(latency.byRoute, [
    { route: "COMPLEX", count: 1, p50Ms: 5000, p95Ms: 5000 },
    { route: "SIMPLE", count: 20, p50Ms: 100, p95Ms: 190 },
  ]);
  deepEqual(latency.outliers.map((o) => [o.totalMs, o.query]), [[5000, "slow one"], [
    200,
    entries[19]?.user_query,
  ]]);
});

Deno.test("analyzeSessions() groups errors by message, most frequent first", () => {
  const entries = [
    randomSession({ error: "Upstream failed" }),
    randomSession({ error: "cancelled by the client" }),
    randomSession({ error: "Upstream failed" }),
    randomSession(),
  ];
  deepEqual(analyzeSessions(entries, OPTIONS).errors.map((e) => [e.count, e.message, e.lastId]), [
    [2, "Upstream failed", entries[2]?.id],
    [1, "cancelled by the client", entries[1]?.id],
  ]);
});

Deno.test("analyzeSessions() finds META requests that reached the classifier, using detectMeta()", () => {
  const tags =
    "### Task:\nGenerate 1-3 broad tags for the chat history.\n<chat_history>\nUSER: hi\n</chat_history>";
  const slipped = randomSession({ "user_query": tags, route: "SIMPLE" });
  const caught = randomSession({
    "user_query": tags,
    route: "META",
    "classification_raw": null,
    "classification_ms": null,
    confidence: null,
  });
  const fim = randomSession({ "user_query": "<|fim_prefix|>def f(", "client_messages": [] });
  // The classifier's own META label (routing.labels offers META): a template no rule knows yet.
  const byClassifier = randomSession({
    "user_query": "What would you call this thread? Three words.",
    "client_messages": [],
    route: "META",
    "classification_raw": "META",
    "classification_ms": 40,
  });
  const report = analyzeSessions([slipped, caught, fim, byClassifier, randomSession()], OPTIONS);
  deepEqual(report.metaSlips.map((m) => [m.id, m.marker]), [
    [slipped.id, "openwebui-tags"],
    [fim.id, "fim"],
    [byClassifier.id, "classifier"],
  ]);
});

Deno.test("analyzeSessions() lists decisions below minConfidence", () => {
  const low = randomSession({ confidence: 0.3 });
  const entries = [low, randomSession({ confidence: 0.5 }), randomSession({ confidence: null })];
  deepEqual(analyzeSessions(entries, OPTIONS).lowConfidence.map((l) => [l.id, l.confidence]), [[
    low.id,
    0.3,
  ]]);
});

Deno.test("analyzeSessions() prices cloud steps per user with the configured prices", () => {
  const cloud = randomStep({
    provider: "cloud",
    location: "cloud",
    tokens: { prompt: 1_000_000, completion: 0 },
  });
  const entries = [
    randomSession({ user: "anna", steps: [cloud] }),
    randomSession({ user: "ben" }),
    randomSession({ user: "anna" }),
  ];
  const prices = { cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 } };
  deepEqual(analyzeSessions(entries, { ...OPTIONS, prices }).spend, [
    { user: "anna", requests: 2, tokens: 1_000_450, cloudUsd: 3 },
    { user: "ben", requests: 1, tokens: 450, cloudUsd: 0 },
  ]);
});

Deno.test("analyzeSessions() lists requests a privacy plan kept local or redacted, by kind only", () => {
  const kept = randomSession({
    user: "kid",
    privacy: { found: { email: 1, health: 2 }, action: "kept-local", reason: "found" },
  });
  const redacted = randomSession({
    user: "ann",
    privacy: { found: { phone: 1 }, action: "redacted", redacted: 1 },
  });
  const untouched = randomSession({ privacy: { found: {}, action: "none" } });
  deepEqual(
    analyzeSessions([kept, redacted, untouched, randomSession()], OPTIONS).privacy.map((
      p,
    ) => [p.user, p.action, p.found]),
    [["kid", "kept-local", "email 1, health 2"], ["ann", "redacted", "phone 1"]],
  );
});
