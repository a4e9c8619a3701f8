/**
 * Fits the weights of the META features' signals (`src/routing/meta_features.ts`) by logistic regression on the
 * requests whose verdict the features weigh, and writes `src/routing/meta_feature_weights.ts`.
 *
 * Fitted on what was read as clients nobody here had studied: the blind rounds kept outside the corpus
 * (`scripts/meta_corpus/rounds/`), whose hard negatives are people's turns in the same apps; with the everyday
 * turns (a person's own request must stay theirs) and the corpus at a tenth of the weight (its signals were written
 * from it, so they look surer there than they are). The hand weights fixed these by judgement on single cases;
 * fitted on 300-odd clients at once, they took 15 % fewer false META on rounds left out of the fit at the same
 * recall (docs/decisions.md, "Fitted feature weights").
 *
 * The fit's zero logit is the features' threshold: the weights are scaled so that their sum reaches
 * `META_THRESHOLD` where the fitted logit reaches 0. Signals seen fewer than `MIN_CASES` times, and the two that
 * are read only near the threshold (`answer-task`, `code-task`), keep their hand weights.
 *
 * Run: `deno task meta-weights` (fit and write), `deno task meta-weights --check` (fails when the committed weights
 * are not what the data fits); `--weights=<path>` writes another file, `--rounds=112-134` fits on those rounds only.
 */
import { type MetaCase, parseMetaCorpus } from "../src/eval/run_meta_eval.ts";
import { explainMeta } from "../src/routing/detect_meta.ts";
import { asksForArtifact } from "../src/routing/meta_artifact.ts";
import { META_THRESHOLD, scoreMetaFeatures } from "../src/routing/meta_features.ts";
import { toMetaView } from "../src/routing/meta_view.ts";
import { CORPUS_ROUNDS } from "./meta_corpus/rendered_rounds.ts";

const print = (line: string) => Deno.stdout.writeSync(new TextEncoder().encode(`${line}\n`));

const CORPUS = "tests/fixtures/meta_corpus.jsonl";
const ORDINARY = "tests/fixtures/meta_ordinary.jsonl";
const ROUNDS = "scripts/meta_corpus/rounds";
const WEIGHTS = Deno.args.find((arg) => arg.startsWith("--weights="))?.slice(10) ??
  "src/routing/meta_feature_weights.ts";
/** `--rounds=112-134`: fit on these rounds only (to check the weights on the others). */
const ROUND_RANGE = Deno.args.find((arg) => arg.startsWith("--rounds="))?.slice(9).split("-").map(Number);

/** Weight of a corpus request in the fit, against 1 for a round's or an everyday turn. */
const CORPUS_WEIGHT = 0.1;
/** Inverse strength of the L2 penalty (as scikit-learn's `C`): 0.3 left the fewest false META on held-out rounds. */
const C = 0.3;
/** A signal fired on fewer cases than this keeps its hand weight. */
const MIN_CASES = 20;
/** Read only where the score reaches the threshold: their presence depends on the weights being fitted. */
const CONDITIONAL = new Set(["answer-task", "code-task"]);

interface Sample {
  signals: Set<string>;
  positive: boolean;
  weight: number;
}

/** The verdicts decided before the features (a header, a studied client, a known phrase, an echo, a token cap). */
const DECIDED_BEFORE = (marker: string | undefined) =>
  marker !== undefined && marker !== "features" && marker !== "model";

function toSample(item: MetaCase, weight: number): Sample | undefined {
  const view = toMetaView(item.messages, item.request);
  if (!asksForArtifact(view)) return undefined;
  const verdict = explainMeta({
    messages: item.messages,
    model: item.model,
    taskHeader: undefined,
    taskModels: [],
    request: item.request,
  });
  if (DECIDED_BEFORE(verdict?.marker)) return undefined;
  const names = scoreMetaFeatures(view).signals.map((signal) => signal.name).filter((name) =>
    !CONDITIONAL.has(name)
  );
  return { signals: new Set(names), positive: item.kind === "meta", weight };
}

function inRange(name: string): boolean {
  if (!ROUND_RANGE) return true;
  const number = Number(name.match(/\d+/)?.[0]);
  return number >= (ROUND_RANGE[0] as number) && number <= (ROUND_RANGE[1] as number);
}

async function readSamples(): Promise<Sample[]> {
  const read = async (path: string, weight: number) =>
    parseMetaCorpus(await Deno.readTextFile(path), path).flatMap((item) => toSample(item, weight) ?? []);
  // The rounds the corpus holds are read there already.
  const inCorpus = new Set(CORPUS_ROUNDS.map((number) => `round${number}.jsonl`));
  const rounds = [...Deno.readDirSync(ROUNDS)].map((entry) => entry.name)
    .filter((name) => name.endsWith(".jsonl") && !inCorpus.has(name) && inRange(name)).sort();
  return [
    ...await read(CORPUS, CORPUS_WEIGHT),
    ...await read(ORDINARY, 1),
    ...(await Promise.all(rounds.map((name) => read(`${ROUNDS}/${name}`, 1)))).flat(),
  ];
}

/** Solves `matrix · x = vector` by Gaussian elimination with partial pivoting (the matrix is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const rows = matrix.map((row, index) => [...row, vector[index] as number]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    }
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    for (let row = column + 1; row < size; row++) {
      const factor = rows[row]![column]! / rows[column]![column]!;
      for (let k = column; k <= size; k++) rows[row]![k]! -= factor * rows[column]![k]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = rows[row]![size]!;
    for (let k = row + 1; k < size; k++) sum -= rows[row]![k]! * x[k]!;
    x[row] = sum / rows[row]![row]!;
  }
  return x;
}

/**
 * Logistic regression by Newton's method: minimises ½‖w‖² + C·Σ weightᵢ·classᵢ·lossᵢ (the bias not penalised), the
 * classes balanced by their counts. Returns the bias and one coefficient per name.
 */
function fit(samples: readonly Sample[], names: readonly string[]): { bias: number; coefficients: number[] } {
  const size = names.length + 1;
  const inputs = samples.map((sample) => [1, ...names.map((name) => sample.signals.has(name) ? 1 : 0)]);
  const positives = samples.filter((sample) => sample.positive).length;
  const classWeight = (positive: boolean) =>
    samples.length / (2 * (positive ? positives : samples.length - positives));
  let w = new Array<number>(size).fill(0);
  for (let step = 0; step < 50; step++) {
    const gradient = w.map((value, index) => index === 0 ? 0 : value);
    const hessian = Array.from(
      { length: size },
      (_, i) => Array.from({ length: size }, (_, j) => i === j && i > 0 ? 1 : 0),
    );
    samples.forEach((sample, index) => {
      const x = inputs[index] as number[];
      const logit = x.reduce((sum, value, k) => sum + value * (w[k] as number), 0);
      const p = 1 / (1 + Math.exp(-logit));
      const scale = C * sample.weight * classWeight(sample.positive);
      const error = scale * (p - (sample.positive ? 1 : 0));
      const curvature = scale * p * (1 - p);
      for (let i = 0; i < size; i++) {
        if (x[i] === 0) continue;
        gradient[i]! += error;
        for (let j = 0; j < size; j++) if (x[j] !== 0) hessian[i]![j]! += curvature;
      }
    });
    // The bias is unpenalised: a tiny ridge keeps its row solvable when every sample is positive or negative.
    hessian[0]![0]! += 1e-9;
    const delta = solve(hessian, gradient);
    w = w.map((value, index) => value - (delta[index] as number));
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  return { bias: w[0] as number, coefficients: w.slice(1) };
}

/** The committed weights: each fitted signal's coefficient scaled so that the fit's zero logit is the threshold. */
export function fitWeights(samples: readonly Sample[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    for (const name of sample.signals) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].filter(([, count]) => count >= MIN_CASES).map(([name]) => name).sort();
  const { bias, coefficients } = fit(samples, names);
  if (bias >= 0) throw new Error(`The fit's bias is ${bias}: a score of 0 would be META`);
  const scale = META_THRESHOLD / -bias;
  return Object.fromEntries(
    names.map((name, index) => [name, Math.round((coefficients[index] as number) * scale * 100) / 100]),
  );
}

function render(weights: Record<string, number>, count: number): string {
  const lines = Object.entries(weights).map(([name, weight]) => `  ${JSON.stringify(name)}: ${weight},`);
  return `// Written by \`deno task meta-weights\` (scripts/fit_meta_feature_weights.ts) from ${count} requests; do not edit.\n\n` +
    "/** Fitted weights of the META features' signals; a signal not listed keeps its hand weight. */\n" +
    `export const FITTED_SIGNAL_WEIGHTS: Readonly<Record<string, number>> = {\n${lines.join("\n")}\n};\n`;
}

if (import.meta.main) {
  const samples = await readSamples();
  const text = render(fitWeights(samples), samples.length);
  print(text);
  if (Deno.args.includes("--check")) {
    const committed = await Deno.readTextFile(WEIGHTS).catch(() => "");
    if (committed !== text) {
      print(`${WEIGHTS} is not what the data fits: run deno task meta-weights`);
      Deno.exit(1);
    }
    print(`${WEIGHTS} is up to date`);
  } else {
    await Deno.writeTextFile(WEIGHTS, text);
  }
}
