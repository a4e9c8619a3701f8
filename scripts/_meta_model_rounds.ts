/**
 * How much the learned META signal adds on clients nobody had read: for each blind round, the rules as they
 * were frozen before that round was read (their verdicts, written at the freeze commits by
 * `scripts/_meta_rules_at_commit.ts`) or the model trained on the corpus without that round. Usage:
 * `deno run -A scripts/_meta_model_rounds.ts /tmp/rules_*.json`.
 */
import { parseMetaCorpus } from "../src/eval/run_meta_eval.ts";
import { crossValidate, logitOf, type Row, toRow, train } from "./train_meta_model.ts";
import { sampleTexts } from "./meta_corpus/sample_texts.ts";

const print = (line: string) => Deno.stdout.writeSync(new TextEncoder().encode(`${line}\n`));

const CORPUS = "tests/fixtures/meta_corpus.jsonl";
const lines = (await Deno.readTextFile(CORPUS)).split("\n").filter(Boolean).map((line) => JSON.parse(line));
const roundOf = new Map<string, string | undefined>(
  // A round's negatives are tasks named after it (`blind-14`, `blind-14-pasted-summary`).
  lines.map((line) => [line.id, line.kind === "meta" ? line.round : line.task.match(/^blind-\d+/)?.[0]]),
);
const oldRules: Record<string, boolean> = Object.assign(
  {},
  ...Deno.args.map((path) => JSON.parse(Deno.readTextFileSync(path))),
);
const samples = sampleTexts();
const rows = parseMetaCorpus(await Deno.readTextFile(CORPUS), CORPUS).map((item) => toRow(item, samples));
const threshold = Number(Deno.env.get("THRESHOLD") ?? crossValidate(rows).threshold);
const rounds = [...new Set([...roundOf.values()].filter((round) => round?.startsWith("blind-")))] as string[];
const total = { cases: 0, rules: 0, model: 0, either: 0, negatives: 0, rulesFalse: 0, eitherFalse: 0 };
for (const round of rounds.sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))) {
  const inRound = (row: Row) => roundOf.get(row.item.id) === round;
  const model = train(rows.filter((row) => !inRound(row)));
  const held = rows.filter(inRound);
  const byModel = (row: Row) => logitOf(row, model) >= threshold;
  const byRules = (row: Row) => oldRules[row.item.id] === true;
  const meta = held.filter((row) => row.positive);
  const negatives = held.filter((row) => !row.positive);
  const count = (list: Row[], hit: (row: Row) => boolean) => list.filter(hit).length;
  const either = (row: Row) => byRules(row) || byModel(row);
  print(
    `${round}: ${meta.length} cases; rules ${count(meta, byRules)}, model ${count(meta, byModel)}, either ${
      count(meta, either)
    }; false META rules ${count(negatives, byRules)}/${negatives.length}, either ${count(negatives, either)}`,
  );
  if (Deno.env.get("DEBUG")) {
    for (const row of meta.filter((row) => !either(row))) {
      print(`   missed ${row.item.id} ${row.item.task} logit ${logitOf(row, model).toFixed(2)}`);
    }
  }
  total.cases += meta.length;
  total.rules += count(meta, byRules);
  total.model += count(meta, byModel);
  total.either += count(meta, either);
  total.negatives += negatives.length;
  total.rulesFalse += count(negatives, byRules);
  total.eitherFalse += count(negatives, either);
}
print(JSON.stringify(total));
