import { deepEqual, equal, match, ok } from "node:assert/strict";
import { parseEvalSet } from "../src/eval/run_eval.ts";
import type { Verdict } from "../src/improve/compare_prompts.ts";
import type { JudgedReview } from "../src/review/run_judge.ts";
import { defaultReply } from "../src/simulator/simulated_completion.ts";
import { createJudgeReply } from "../src/simulator/simulated_judge.ts";
import { EURO, IRRATIONAL, QUESTIONS, readJson, SET, startLoop, waitForSessionLogs } from "./improve_loop.ts";

Deno.test("review --judge finds misroutes; improve is refused when it breaks others, applied when it fixes them, and undone", async () => {
  await using loop = await startLoop();
  const before = [];
  for (const question of QUESTIONS) before.push(await loop.routeOf(question));
  deepEqual(before, ["SIMPLE", "SIMPLE", "SIMPLE", "MODERATE", "ENRICH"]);
  await waitForSessionLogs(`${loop.dir}/sessions`, QUESTIONS.length);

  const review = await loop.cli("review", "--since", "1h", "--save");
  equal(review.code, 0, review.stderr);
  const report = await readJson<{ judged: JudgedReview }>(`${loop.dir}/reports/latest.json`);
  const { judged } = report;
  equal(judged.judge, "primary");
  equal(judged.graded, 5);
  deepEqual(judged.misroutes.map((m) => [m.query, m.route, m.label]), [
    [EURO, "SIMPLE", "ENRICH"],
    [IRRATIONAL, "SIMPLE", "COMPLEX"],
  ]);
  match(judged.misroutes[0]?.reason ?? "", /"exchange rate"/);
  deepEqual(judged.byRoute.map((r) => [r.route, r.graded, r.misroutes]), [
    ["ENRICH", 1, 0],
    ["MODERATE", 1, 0],
    ["SIMPLE", 3, 2],
  ]);
  ok(judged.costUsd > 0 && judged.tokens.prompt > 0, "the priced judge's cost is counted");
  const markdown = await Deno.readTextFile(`${loop.dir}/reports/latest.md`);
  match(
    markdown,
    /^Judge model: primary \(local\) graded 5 of 5 sessions; \d+ tokens, cost 0\.\d{4} USD\.$/m,
  );
  match(markdown, /\| SIMPLE \| ENRICH \| the request asks about "exchange rate"/);

  // A proposal that quotes each request's first word ("what" for ENRICH, "is" for COMPLEX) fixes a misroute but
  // sends every question with "is" to COMPLEX, whose bullet comes first in the prompt.
  loop.judge.behaviour.reply = createJudgeReply({ style: "overreach", otherwise: defaultReply });
  const refused = await loop.cli("improve");
  equal(refused.code, 0, refused.stderr);
  match(refused.stdout, /^Verdict: FAIL \(labelled accuracy drops from (\d+) to (\d+)\)$/m);
  const failed = await readJson<{ verdict: Verdict }>(`${loop.dir}/improve/pending/proposal.json`);
  deepEqual(failed.verdict.misroutes.map((m) => [m.label, m.before, m.after, m.fixed]), [
    ["ENRICH", "SIMPLE", "COMPLEX", false],
    ["COMPLEX", "SIMPLE", "COMPLEX", true],
  ]);
  ok(
    failed.verdict.broken.some((b) =>
      b.query === "What is the capital of Portugal?" && b.after === "COMPLEX"
    ),
  );
  const failedMarkdown = await Deno.readTextFile(`${loop.dir}/improve/pending/verdict.md`);
  match(failedMarkdown, /^Verdict: FAIL \(labelled accuracy drops/m);
  match(failedMarkdown, /^Classifier failures: 0\. Proposal: \d+ tokens, cost 0\.\d{4} USD\.$/m);
  match(failedMarkdown, /\| SIMPLE \| SIMPLE \| COMPLEX \| What is the capital of Portugal\? \|/);
  const notApplied = await loop.cli("improve", "--apply", "--pid", String(loop.router.process.pid));
  equal(notApplied.code, 2);
  match(notApplied.stderr, /^Cannot apply: the verdict did not pass \(labelled accuracy drops/);
  equal(await Deno.stat(`${loop.dir}/prompts`).then(() => true, () => false), false, "nothing installed");

  loop.judge.behaviour.reply = createJudgeReply({ style: "precise", otherwise: defaultReply });
  const accepted = await loop.cli("improve");
  equal(accepted.code, 0, accepted.stderr);
  match(accepted.stdout, /^Verdict: PASS \(labelled accuracy (\d+) → \1 of 40; 2 misroutes fixed\)$/m);
  const diff = await Deno.readTextFile(`${loop.dir}/improve/pending/proposal.diff`);
  match(diff, /^\+.*Also "exchange rate"\.$/m);
  match(diff, /^\+.*Also "irrational"\.$/m);

  const applied = await loop.cli("improve", "--apply", "--pid", String(loop.router.process.pid));
  equal(applied.code, 0, applied.stderr);
  match(applied.stdout, /^Applied routing\/system\.md into .*; kept in (.*)$/m);
  await loop.router.waitFor(/Reloaded config and prompts/, 60_000);
  match(await Deno.readTextFile(`${loop.dir}/prompts/routing/system.md`), /Also "exchange rate"\./);
  equal(await loop.routeOf(EURO), "ENRICH", "the running router answers with the new prompt");
  equal(await loop.routeOf(IRRATIONAL), "COMPLEX");
  equal(await loop.routeOf("What is the capital of Portugal?"), "SIMPLE");
  const history = (await Array.fromAsync(Deno.readDir(`${loop.dir}/improve/applied`))).map((e) => e.name);
  equal(history.length, 1);
  match(await Deno.readTextFile(`${loop.dir}/improve/applied/${history[0]}/verdict.md`), /^Verdict: PASS/m);

  const undone = await loop.cli("improve", "--undo", "--pid", String(loop.router.process.pid));
  equal(undone.code, 0, undone.stderr);
  match(undone.stdout, /^Undid .*\.undone: restored routing\/system\.md$/m);
  await loop.router.waitFor(/Reloaded config and prompts[\s\S]*Reloaded config and prompts/, 60_000);
  equal(await Deno.stat(`${loop.dir}/prompts/routing/system.md`).then(() => true, () => false), false);
  equal(await loop.routeOf(EURO), "SIMPLE", "back to the embedded prompt");
  const again = await loop.cli("improve", "--undo");
  equal(again.code, 2);
  match(again.stderr, /Cannot undo: no applied change/);

  const setPath = `${loop.dir}/grown.jsonl`;
  await Deno.copyFile(SET, setPath);
  const added = await loop.cli("improve", "--add-to-set", setPath);
  match(added.stdout, /^Added 2 misrouted requests/m);
  match((await loop.cli("improve", "--add-to-set", setPath)).stdout, /^Added 0 misrouted requests/m);
  const grown = parseEvalSet(await Deno.readTextFile(setPath), setPath);
  deepEqual(grown.slice(-2).map((c) => c.label), ["ENRICH", "COMPLEX"]);
  equal(grown.length, 42);
});
