import { deepEqual, equal, match, ok } from "node:assert/strict";
import type { JudgedReview } from "../src/review/run_judge.ts";
import { defaultReply } from "../src/simulator/simulated_completion.ts";
import { createJudgeReply } from "../src/simulator/simulated_judge.ts";
import { TEST_CLOUD_KEY } from "./test_router.ts";
import { EURO, IRRATIONAL, QUESTIONS, readJson, startLoop, waitForSessionLogs } from "./improve_loop.ts";

Deno.test("review --judge refuses a cloud judge unless allowed, stops at --max-sessions and --max-usd, and sends the judge redacted logs", async () => {
  await using loop = await startLoop({ extra: "routing:\n  classifier: { minConfidence: 0.9 }\n" });
  const secret = "sk-test-NEVER-TO-THE-JUDGE";
  for (const question of [...QUESTIONS, `Explain this header: Authorization: Bearer ${secret}`]) {
    await loop.routeOf(question);
  }
  await waitForSessionLogs(`${loop.dir}/sessions`, QUESTIONS.length + 1);

  const cloud = await loop.cli("review", "--since", "1h", "--judge", "cloud");
  equal(cloud.code, 2);
  match(cloud.stderr, /^Cannot judge with "cloud": it is a cloud backend and review\.cloudJudge is not true/);

  const prefix = `${loop.dir}/two`;
  const two = await loop.cli("review", "--since", "1h", "--max-sessions", "2", "--out", prefix);
  equal(two.code, 0, two.stderr);
  const { judged } = await readJson<{ judged: JudgedReview }>(`${prefix}.json`);
  equal(judged.candidates, 6);
  equal(judged.graded, 2);
  equal(judged.stoppedBy, "max-sessions");
  // Suspects first: the keyword classifier's fallback label has confidence 0.82, below 0.9.
  deepEqual(judged.misroutes.map((m) => [m.query, m.suspicion]), [
    [EURO, "low confidence (0.82)"],
    [IRRATIONAL, "low confidence (0.82)"],
  ]);

  const broke = await loop.cli("review", "--since", "1h", "--max-usd", "0", "--out", prefix);
  equal(broke.code, 0, broke.stderr);
  const capped = (await readJson<{ judged: JudgedReview }>(`${prefix}.json`)).judged;
  deepEqual([capped.graded, capped.stoppedBy, capped.costUsd], [0, "max-usd", 0]);
  match(await Deno.readTextFile(`${prefix}.md`), /graded 0 of 6 sessions, stopped at --max-usd/);

  const noReport = await loop.cli("improve", "--report", `${loop.dir}/missing.json`);
  equal(noReport.code, 2);
  match(
    noReport.stderr,
    /^Cannot improve: no review report ".*missing\.json" \(run ai-router review --judge/,
  );

  const sent = loop.judge.requests.filter((r) =>
    JSON.stringify(r.body).includes("You grade one routed request")
  );
  equal(sent.length, 2, "the capped run sent nothing");
  const all = await loop.cli("review", "--since", "1h", "--out", prefix);
  equal(all.code, 0, all.stderr);
  const graded = loop.judge.requests.filter((r) =>
    JSON.stringify(r.body).includes("You grade one routed request")
  );
  equal(graded.length, 8);
  ok(graded.some((r) => JSON.stringify(r.body).includes("Bearer [redacted]")));
  ok(!graded.some((r) => JSON.stringify(r.body).includes(secret)));
});

Deno.test("review --judge cloud is allowed by review.cloudJudge: the cloud gets its key, the price counts, no chat template", async () => {
  await using loop = await startLoop({
    review: "  cloudJudge: true\n",
    prices: "  cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 }\n",
  });
  loop.cloud.behaviour.reply = createJudgeReply({ style: "precise", otherwise: defaultReply });
  await loop.routeOf(EURO);
  await waitForSessionLogs(`${loop.dir}/sessions`, 1);
  const prefix = `${loop.dir}/cloud`;
  const result = await loop.cli("review", "--since", "1h", "--judge", "cloud", "--out", prefix);
  equal(result.code, 0, result.stderr);
  const { judged } = await readJson<{ judged: JudgedReview }>(`${prefix}.json`);
  deepEqual([judged.judge, judged.location, judged.graded], ["cloud", "cloud", 1]);
  deepEqual(judged.misroutes.map((m) => m.label), ["ENRICH"]);
  const graded = loop.cloud.requests.filter((r) =>
    JSON.stringify(r.body).includes("You grade one routed request")
  );
  equal(graded.length, 1);
  equal(graded[0]?.headers.get("authorization"), `Bearer ${TEST_CLOUD_KEY}`);
  equal("chat_template_kwargs" in (graded[0]?.body ?? {}), false);
  const usage = judged.tokens;
  equal(judged.costUsd, (usage.prompt * 3 + usage.completion * 15) / 1_000_000);
});
