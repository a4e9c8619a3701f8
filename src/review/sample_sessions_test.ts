import { deepEqual } from "node:assert/strict";
import { randomSession, randomStep } from "./_random_session.ts";
import { analyzeSessions } from "./analyze_sessions.ts";
import { sampleSessions } from "./sample_sessions.ts";

const LABELS = ["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"];
const analyze = (entries: Parameters<typeof analyzeSessions>[0]) =>
  analyzeSessions(entries, { minConfidence: 0.5, prices: {} });

Deno.test("sampleSessions() puts suspects first, then takes routes in turn, and leaves out rule-decided routes and excluded members", () => {
  const simple = Array.from({ length: 4 }, (_, i) => randomSession({ id: `simple-${i}` }));
  const enrich = randomSession({
    id: "enrich",
    route: "ENRICH",
    steps: [randomStep({ step: "enrich" }), randomStep()],
  });
  const unsure = randomSession({ id: "unsure", confidence: 0.3 });
  const failed = randomSession({ id: "failed", error: "upstream failed" });
  const fellBack = randomSession({
    id: "fell-back",
    route: "COMPLEX",
    steps: [randomStep({ provider: "cloud", status: 502 }), randomStep()],
  });
  const meta = randomSession({ id: "meta", route: "META", rule: "meta:openwebui-tags" });
  const alias = randomSession({ id: "alias", route: "ALIAS", rule: "alias", confidence: null });
  const excluded = randomSession({ id: "guest", user: "guest", confidence: 0.1 });
  const entries = [...simple, enrich, unsure, failed, fellBack, meta, alias, excluded];
  const options = { maxSessions: 6, excludeMembers: ["guest"], labels: LABELS };
  const sample = sampleSessions(entries, analyze(entries), options);
  deepEqual(sample.map((s) => [s.entry.id, s.suspicion]), [
    ["unsure", "low confidence (0.30)"],
    ["failed", "error"],
    ["fell-back", "rule: fell back after cloud answered 502"],
    ["enrich", null],
    ["simple-0", null],
    ["simple-1", null],
  ]);
});

Deno.test("sampleSessions() keeps to maxSessions even when there are more suspects", () => {
  const entries = Array.from({ length: 5 }, (_, i) => randomSession({ id: `s${i}`, confidence: 0.1 }));
  deepEqual(
    sampleSessions(entries, analyze(entries), { maxSessions: 2, excludeMembers: [], labels: LABELS }).map((
      s,
    ) => s.entry.id),
    [
      "s0",
      "s1",
    ],
  );
});
