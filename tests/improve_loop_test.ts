import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { parseEvalSet } from "../src/eval/run_eval.ts";
import type { Verdict } from "../src/improve/compare_prompts.ts";
import type { JudgedReview } from "../src/review/run_judge.ts";
import { type OpenAiSimulator, startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { chooseByPromptPhrases } from "../src/simulator/prompt_sensitive_classifier.ts";
import { defaultReply } from "../src/simulator/simulated_completion.ts";
import { createJudgeReply } from "../src/simulator/simulated_judge.ts";
import { replyAsCloud } from "../src/simulator/simulated_routing.ts";
import { runCli, startCli } from "./run_cli.ts";
import { buildTestConfigYaml, TEST_CLOUD_KEY } from "./test_router.ts";

const SET = new URL("./fixtures/routing_eval.jsonl", import.meta.url).pathname;
/** Misrouted by the keyword classifier, caught by the simulated judge's rules ("exchange rate", "irrational"). */
const EURO = "What is the euro exchange rate against the dollar?";
const IRRATIONAL = "Is the number e irrational?";
const QUESTIONS = [EURO, IRRATIONAL, "hi", "Explain how rainbows form", "latest news?"];

interface Loop extends AsyncDisposable {
  dir: string;
  configPath: string;
  judge: OpenAiSimulator;
  router: ReturnType<typeof startCli>;
  client: OpenAI;
  cli: (...args: string[]) => ReturnType<typeof runCli>;
  routeOf: (question: string) => Promise<string | null>;
}

/** The simulated upstreams (the primary also judges), a config with a promptsDir, and `ai-router serve`. */
async function startLoop(extraYaml = ""): Promise<Loop> {
  const dir = await Deno.makeTempDir({ prefix: "improve-loop-" });
  const judge = await startOpenAiSimulator({
    models: ["sim-primary"],
    behaviour: { reply: createJudgeReply({ style: "precise", otherwise: defaultReply }) },
  });
  const classifier = await startOpenAiSimulator({
    models: ["sim-classifier"],
    behaviour: { choose: chooseByPromptPhrases },
  });
  const cloud = await startOpenAiSimulator({
    models: ["sim-cloud"],
    apiKey: TEST_CLOUD_KEY,
    behaviour: { reply: (body, model) => replyAsCloud(body, model, defaultReply) },
  });
  const configPath = `${dir}/ai-router.yaml`;
  const base = buildTestConfigYaml({
    primary: judge.baseUrl,
    classifier: classifier.baseUrl,
    cloud: cloud.baseUrl,
  });
  await Deno.writeTextFile(
    configPath,
    base.replace("logLevel: error", "logLevel: info") + `
promptsDir: ${dir}/prompts
sessionLogs: { dir: ${dir}/sessions }
prices:
  primary: { inputPerMillionUsd: 1, outputPerMillionUsd: 2 }
review:
  judgeBackend: primary
  reportsDir: ${dir}/reports
  improveDir: ${dir}/improve
  evalSet: ${SET}
${extraYaml}`,
  );
  const env = { TEST_CLOUD_KEY };
  const router = startCli(
    ["serve", "--config", configPath, "--port", "0", "--secrets-file", `${dir}/none`],
    env,
  );
  const [, baseUrl] = await router.waitFor(/Listening url=(http:\/\/\S+)/);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  return {
    dir,
    configPath,
    judge,
    router,
    client,
    cli: (...args) => runCli([args[0] as string, "--config", configPath, ...args.slice(1)], env),
    routeOf: async (question) => {
      const { response } = await client.chat.completions.create({
        model: "ai-router",
        messages: [{ role: "user", content: question }],
      }).withResponse();
      return response.headers.get("x-ai-router-route");
    },
    [Symbol.asyncDispose]: async () => {
      await router[Symbol.asyncDispose]();
      await Promise.all([judge, classifier, cloud].map((s) => s[Symbol.asyncDispose]()));
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** Waits until the router has written `count` session logs (it writes them after answering). */
async function waitForSessionLogs(dir: string, count: number): Promise<void> {
  for (;;) {
    const names = await Array.fromAsync(Deno.readDir(dir)).catch(() => []);
    if (names.filter((n) => n.name.endsWith(".json")).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await Deno.readTextFile(path)) as T;
}

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
  await loop.router.waitFor(/Reloaded config and prompts/);
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
  await loop.router.waitFor(/Reloaded config and prompts[\s\S]*Reloaded config and prompts/);
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

Deno.test("review --judge refuses a cloud judge unless allowed, stops at --max-sessions and --max-usd, and sends the judge redacted logs", async () => {
  await using loop = await startLoop("routing:\n  classifier: { minConfidence: 0.9 }\n");
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
