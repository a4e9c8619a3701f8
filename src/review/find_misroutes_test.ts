import { deepEqual, equal, match } from "node:assert/strict";
import { randomSession, randomStep } from "./_random_session.ts";
import { findMisroutes, toQueryPreview } from "./find_misroutes.ts";

const cloud = (overrides = {}) =>
  randomStep({ provider: "cloud", location: "cloud", tokens: { prompt: 20, completion: 30 }, ...overrides });

Deno.test("findMisroutes() flags a cloud answer to a short question with a short answer", () => {
  const entry = randomSession({ route: "COMPLEX", "user_query": "What is 2+2?", steps: [cloud()] });
  const [misroute] = findMisroutes([entry]);
  equal(misroute?.id, entry.id);
  match(misroute?.reason ?? "", /cloud answer to a short question \(12 chars, 30 tokens\)/);
  equal(misroute?.query, "What is 2+2?");
});

Deno.test("findMisroutes() leaves long cloud answers, long questions and good local answers alone", () => {
  const long = randomSession({
    route: "COMPLEX",
    steps: [cloud({ tokens: { prompt: 20, completion: 900 } })],
  });
  const wordy = randomSession({ route: "COMPLEX", "user_query": "x".repeat(500), steps: [cloud()] });
  deepEqual(findMisroutes([long, wordy, randomSession()]), []);
});

Deno.test("findMisroutes() flags a local answer cut off by the token limit", () => {
  const entry = randomSession({ steps: [randomStep({ "finish_reason": "length" })] });
  match(
    findMisroutes([entry])[0]?.reason ?? "",
    /local answer cut off \(finish_reason "length", 400 tokens\)/,
  );
});

Deno.test("findMisroutes() flags a fallback but not a cancelled speculative start", () => {
  const fellBack = randomSession({ route: "COMPLEX", steps: [cloud({ status: 502 }), randomStep()] });
  const speculative = randomSession({
    route: "ENRICH",
    steps: [randomStep({ status: 499 }), cloud({ step: "enrich" }), randomStep()],
  });
  const misroutes = findMisroutes([fellBack, speculative]);
  deepEqual(misroutes.map((m) => m.reason), ["fell back after cloud answered 502"]);
});

Deno.test("toQueryPreview() keeps 80 characters on one line", () => {
  equal(toQueryPreview("a\n\nb"), "a b");
  equal(toQueryPreview("y".repeat(100)), `${"y".repeat(80)}…`);
});
