import { equal, rejects } from "node:assert/strict";
import { parsePrompt, type Prompts } from "../config/load_prompts.ts";
import type { Verdict } from "./compare_prompts.ts";
import { installProposal, recoverInterrupted } from "./install_proposal.ts";
import { hashPrompt, stageProposal } from "./stage_proposal.ts";
import { undoLastChange } from "./undo_change.ts";

const NAME = "routing/system.md";
const prompts = (text: string): Prompts => new Map([[NAME, parsePrompt(text, "test")]]);
const verdict = (passed: boolean): Verdict => ({
  passed,
  reasons: [passed ? "fine" : "no misroute is fixed"],
  labelled: { total: 1, before: 1, after: 1 },
  perLabel: [],
  misroutes: [],
  broken: [],
  failures: 0,
  baselines: [],
});

async function setUp(passed: boolean) {
  const dir = await Deno.makeTempDir({ prefix: "install-" });
  const places = { promptsDir: `${dir}/prompts`, historyDir: `${dir}/applied` };
  await Deno.mkdir(`${places.promptsDir}/routing`, { recursive: true });
  await Deno.writeTextFile(`${places.promptsDir}/${NAME}`, "old\n");
  await stageProposal(`${dir}/pending`, {
    createdAt: "",
    judge: "primary",
    report: "r.json",
    proposalCost: { tokens: 0, usd: 0 },
    files: [{ name: NAME, baseSha256: hashPrompt(prompts("old"), NAME) }],
    verdict: verdict(passed),
  }, { files: { [NAME]: "new\n" }, diff: "", verdictMarkdown: "" });
  return { dir, places, read: () => Deno.readTextFile(`${places.promptsDir}/${NAME}`) };
}

Deno.test("installProposal() installs a passing proposal, keeps it in the history, and undo restores the old file", async () => {
  const { dir, places, read } = await setUp(true);
  await installProposal(`${dir}/pending`, prompts("old"), places);
  equal(await read(), "new\n");
  await undoLastChange(places.historyDir);
  equal(await read(), "old\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("installProposal() refuses a failed verdict and prompts changed since the proposal was evaluated", async () => {
  const failing = await setUp(false);
  await rejects(
    installProposal(`${failing.dir}/pending`, prompts("old"), failing.places),
    /verdict did not pass/,
  );
  const moved = await setUp(true);
  await rejects(installProposal(`${moved.dir}/pending`, prompts("edited"), moved.places), /changed since/);
  equal(await moved.read(), "old\n");
  await Promise.all([failing.dir, moved.dir].map((dir) => Deno.remove(dir, { recursive: true })));
});

Deno.test("recoverInterrupted() rolls back an install cut short after its first file", async () => {
  const { dir, places, read } = await setUp(true);
  // What installProposal leaves when killed after copying one file: a .partial entry with install.json.
  const partial = `${places.historyDir}/20261201T120000000Z.partial`;
  await Deno.mkdir(`${partial}/before/routing`, { recursive: true });
  await Deno.writeTextFile(`${partial}/before/${NAME}`, "old\n");
  await Deno.writeTextFile(
    `${partial}/install.json`,
    JSON.stringify({
      promptsDir: places.promptsDir,
      files: [{ name: NAME, existed: true }, { name: "meta/system.md", existed: false }],
    }),
  );
  await Deno.writeTextFile(`${places.promptsDir}/${NAME}`, "new\n");
  equal((await recoverInterrupted(places.historyDir)).length, 1);
  equal(await read(), "old\n");
  equal(await Deno.stat(partial).then(() => true, () => false), false);
  await rejects(undoLastChange(places.historyDir), /no applied change/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("stageProposal() replaces the staging directory whole and clears what an interrupted run left", async () => {
  const { dir } = await setUp(true);
  await Deno.mkdir(`${dir}/pending.partial-deadbeef/proposed`, { recursive: true });
  await stageProposal(`${dir}/pending`, {
    createdAt: "",
    judge: "primary",
    report: "r.json",
    proposalCost: { tokens: 0, usd: 0 },
    files: [],
    verdict: verdict(false),
  }, { files: {}, diff: "", verdictMarkdown: "second" });
  const names = (await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name).sort();
  equal(names.join(","), "pending,prompts", "the leftover is gone");
  equal(await Deno.readTextFile(`${dir}/pending/verdict.md`), "second");
  equal(await Deno.stat(`${dir}/pending/proposed/${NAME}`).then(() => true, () => false), false);
  await Deno.remove(dir, { recursive: true });
});
