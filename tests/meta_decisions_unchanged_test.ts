import { deepEqual, equal } from "node:assert/strict";
import { type MetaDecision, toMetaDecisions } from "./fixtures/meta_decision_cases.ts";

Deno.test("the rule stage decides every META corpus, long and structural case as recorded (deno task meta-decisions)", async () => {
  const recorded: MetaDecision[] = (await Deno.readTextFile(
    new URL("./fixtures/meta_decisions.jsonl", import.meta.url),
  )).split("\n").filter((line) => line !== "").map((line) => JSON.parse(line));
  const decisions = await toMetaDecisions();
  equal(
    decisions.length,
    recorded.length,
    "cases: regenerate with deno task meta-decisions if the corpus changed",
  );
  const differing = decisions.filter((decision, index) =>
    JSON.stringify(decision) !== JSON.stringify(recorded[index])
  );
  deepEqual(
    differing.slice(0, 5),
    recorded.filter((_, index) => JSON.stringify(decisions[index]) !== JSON.stringify(recorded[index])).slice(
      0,
      5,
    ),
    `${differing.length} decisions differ`,
  );
  equal(differing.length, 0);
});
