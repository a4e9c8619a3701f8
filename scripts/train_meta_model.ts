/**
 * Trains the learned META signal (`src/routing/meta_model.ts`) on tests/fixtures/meta_corpus.jsonl and writes
 * `src/routing/meta_model_weights.ts`, after measuring it with whole clients held out (ten folds by client:
 * the figure that says something about clients nobody here has read), which also picks its threshold.
 *
 * The sample conversations and pasted texts the corpus fills its templates with are cut out of every request
 * before training: the model is to learn what a template says, not what the corpus' conversations are about.
 * Training is seeded, so the same corpus gives the same file.
 *
 * Run: `deno task meta-model` (measure, train, write), `deno task meta-model --cv` (measure only),
 * `deno task meta-model --check` (fails when the committed weights are not what the corpus trains);
 * `--weights=<path>` reads or writes another file, `--verbose` lists the held-out misses.
 */
import { type MetaCase, parseMetaCorpus } from "../src/eval/run_meta_eval.ts";
import { explainMeta, isFramedForModel } from "../src/routing/detect_meta.ts";
import { collectFeatures, META_MODEL_BITS } from "../src/routing/meta_model.ts";
import { decodeMetaModel, encodeMetaModel, toEncodedMetaModel } from "../src/routing/meta_model_codec.ts";
import { toMetaView } from "../src/routing/meta_view.ts";
import { toMessageText } from "../src/routing/render_prompt.ts";
import { sampleTexts } from "./meta_corpus/sample_texts.ts";

const print = (line: string) => Deno.stdout.writeSync(new TextEncoder().encode(`${line}\n`));

const CORPUS = "tests/fixtures/meta_corpus.jsonl";
/**
 * Everyday user turns in a dozen languages: never trained on (as negatives they taught the model that the
 * words of the conversations housekeeping requests quote are not housekeeping, and it found less on clients
 * held out), only scored, as a check that the threshold leaves people's own turns alone.
 */
const ORDINARY = "tests/fixtures/meta_ordinary.jsonl";
const WEIGHTS = "src/routing/meta_model_weights.ts";

/** Training settings: passes, L2 strength (3e-4 found more held-out clients than 1e-3 or 1e-4), AdaGrad step. */
const EPOCHS = 40;
const L2 = 3e-4;
const STEP = 0.1;
/**
 * Largest share of held-out hard negatives the threshold may take for META in cross-validation. The hard
 * negatives are chosen to look like housekeeping; 5 % of them was, on blind rounds 4–21, three more false META
 * in 151 for 61 more housekeeping requests found of 968 than at 1 % (docs/decisions.md, "META by a learned
 * signal").
 */
const FALSE_META_BUDGET = 0.05;
/**
 * The same for the requests an app framed (a system prompt, earlier answers, a quoted conversation: most hard
 * negatives have that shape, and most housekeeping). With rounds up to 71 in the corpus, their threshold was
 * 1.26 at 5 % and 0.72 at 8 %, which on blind rounds 4–71, each scored by a model trained without it, found 65
 * more of 4,296 for 8 more false META of 735, and took one more everyday turn (docs/decisions.md, "A threshold
 * per request shape").
 */
const FRAMED_FALSE_META_BUDGET = 0.08;
/**
 * Largest share of the everyday turns (never trained on) of each shape that the model alone may take for META
 * (lone messages and framed requests apart): where the hard negatives' threshold would take more, the threshold
 * rises to this one. A person's own turn sent to the housekeeping model is the costlier mistake, and `eval` must
 * leave at most 0.5 % of them as META; on blind rounds 4–49 the rise from 0.80 to 1.03 cost about 45 of 2,720
 * found (docs/decisions.md).
 */
const EVERYDAY_BUDGET = 0.004;
/** The rules' verdict "found" (otherwise their near-miss score). */
const FOUND = Infinity;

export interface Row {
  /** Feature buckets with the sample texts cut out (trained on). */
  features: Int32Array;
  /** Feature buckets of the request as sent (scored, as the router scores it). */
  sentFeatures: Int32Array;
  positive: boolean;
  /** Whether the router weighs it at the framed threshold (`isFramedForModel`). */
  framed: boolean;
  group: string;
  item: MetaCase;
}

/** Cuts every sample text out of the messages (longest first, so a turn inside a log goes with the log). */
function stripSamples(item: MetaCase, samples: readonly string[]): MetaCase {
  const strip = (text: string) => samples.reduce((rest, sample) => rest.split(sample).join(" "), text);
  return {
    ...item,
    messages: item.messages.map((message) => ({
      ...message,
      content: strip(toMessageText(message.content)),
    })),
  };
}

function toFeatures(item: MetaCase): Int32Array {
  const { buckets, length } = collectFeatures(toMetaView(item.messages, item.request));
  return Int32Array.from(new Set(buckets.subarray(0, length)));
}

export function toRow(item: MetaCase, samples: readonly string[]): Row {
  return {
    features: toFeatures(stripSamples(item, samples)),
    sentFeatures: toFeatures(item),
    positive: item.kind === "meta",
    framed: isFramedForModel(toMetaView(item.messages, item.request)),
    // Every hard negative is from "user": they are held out by kind instead (a kind never seen in training).
    group: item.kind === "meta" ? item.client : `negative:${item.task}`,
    item,
  };
}

/** A seeded generator, so a run is repeatable. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Logistic regression by AdaGrad, the classes weighted to equal totals. */
export function train(rows: readonly Row[]): { bias: number; weights: Float32Array } {
  const size = 1 << META_MODEL_BITS;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const positives = rows.filter((row) => row.positive).length;
  const classWeight = (row: Row) =>
    row.positive ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives));
  const random = seeded(7);
  const order = rows.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const rowIndex of order) {
      const row = rows[rowIndex] as Row;
      const norm = 1 / Math.sqrt(row.features.length);
      let logit = 0;
      for (const bucket of row.features) logit += weights[bucket] as number;
      logit = bias + logit * norm;
      const error = (sigmoid(logit) - (row.positive ? 1 : 0)) * classWeight(row);
      for (const bucket of row.features) {
        const gradient = error * norm + L2 * (weights[bucket] as number);
        squares[bucket] = (squares[bucket] as number) + gradient * gradient;
        weights[bucket] = (weights[bucket] as number) -
          STEP * gradient / Math.sqrt(squares[bucket] as number);
      }
      biasSquares += error * error;
      bias -= STEP * error / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights };
}

/** The logit of a request as sent, as `scoreMetaModel` computes it. */
export const logitOf = (row: Row, model: { bias: number; weights: Float32Array }) =>
  model.bias +
  row.sentFeatures.reduce((sum, bucket) => sum + (model.weights[bucket] as number), 0) /
    Math.sqrt(row.sentFeatures.length);

/** The lowest logit threshold that keeps false META on negatives within the budget. */
export function pickThreshold(negativeLogits: readonly number[], budget = FALSE_META_BUDGET): number {
  const sorted = [...negativeLogits].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * budget);
  return (sorted[allowed] ?? -Infinity) + 1e-3;
}

/** Ten folds by client: every client's cases are scored by a model that never saw that client. */
export function crossValidate(rows: readonly Row[]): { threshold: number; bare: number; framed: number } {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const foldOf = new Map(groups.map((group, index) => [group, index % 10]));
  const logits = new Map<Row, number>();
  for (let fold = 0; fold < 10; fold++) {
    const model = train(rows.filter((row) => foldOf.get(row.group) !== fold));
    for (const row of rows.filter((row) => foldOf.get(row.group) === fold)) {
      logits.set(row, logitOf(row, model));
    }
  }
  const negatives = rows.filter((row) => !row.positive);
  const positives = rows.filter((row) => row.positive);
  const threshold = pickThreshold(negatives.map((row) => logits.get(row) as number));
  const [bare, framed] = [false, true].map((shape) =>
    pickThreshold(
      negatives.filter((row) => row.framed === shape).map((row) => logits.get(row) as number),
      shape ? FRAMED_FALSE_META_BUDGET : FALSE_META_BUDGET,
    )
  ) as [number, number];
  const rulesHeldOut = (row: Row) => {
    let near = -Infinity;
    const found = explainMeta(
      {
        messages: row.item.messages,
        model: row.item.model,
        taskHeader: undefined,
        taskModels: [],
        request: row.item.request,
      },
      {
        excludeClients: [row.item.client, "LangChain"],
        metaModel: null,
        // Without the learned signal the features are always weighed: the trace has their score.
        onNearMiss: (trace) => near = trace.score ?? near,
      },
    );
    return found ? FOUND : near;
  };
  const count = (list: readonly Row[], hit: (row: Row) => boolean) => list.filter(hit).length;
  print(
    `clients held out by fold; threshold ${threshold.toFixed(3)} (≤ ${FALSE_META_BUDGET * 100} % false META)`,
  );
  for (const at of [threshold, 0, 1, 2]) {
    const hit = (row: Row) => (logits.get(row) as number) >= at;
    print(
      `model ≥ ${at.toFixed(2)}: ${count(positives, hit)}/${positives.length} found, ` +
        `false META ${count(negatives, hit)}/${negatives.length}`,
    );
  }
  // The rules as the router runs them, with the held-out client's own phrases off and the model out.
  const rulesScore = new Map(rows.map((row) => [row, rulesHeldOut(row)]));
  const combined = (row: Row) => {
    const rules = rulesScore.get(row) as number;
    const logit = logits.get(row) as number;
    return rules === FOUND || logit >= threshold;
  };
  const rules = (row: Row) => rulesScore.get(row) === FOUND;
  print(`rules: ${count(positives, rules)}/${positives.length}, false META ${count(negatives, rules)}`);
  print(
    `rules and model: ${count(positives, combined)}/${positives.length}, false META ${
      count(negatives, combined)
    }/${negatives.length}`,
  );
  if (Deno.args.includes("--verbose")) {
    for (const row of negatives.filter(combined)) print(`  false META: ${row.item.id}`);
    for (const row of positives.filter((row) => !combined(row))) print(`  missed: ${row.item.id}`);
  }
  print(`per shape: ${bare.toFixed(3)} for lone messages, ${framed.toFixed(3)} for framed requests`);
  return { threshold, bare, framed };
}

/** Steps in which the framed threshold is lowered towards its held-out value. */
const FRAMED_STEP = 0.025;

/**
 * The framed threshold as low as its held-out value allows, unless the rule stage as a whole then takes more
 * everyday turns for META than at `bound` (the 0.4 % of the framed everyday turns that the model alone may take).
 * Framed everyday turns are few (about 500), so that bound is the third-highest logit among them; and the rule
 * stage weighs many of them at the other threshold or vetoes them (a person's turn in an app's flow, a task of
 * answering the person), so what it takes is the count that matters (docs/decisions.md, "Person's tasks in any
 * language, tiny answer caps, and the framed threshold").
 */
function lowerFramedThreshold(
  model: { bias: number; weights: Float32Array },
  { ordinary, threshold, from, bound }: { ordinary: Row[]; threshold: number; from: number; bound: number },
): number {
  const taken = (framedThreshold: number) => {
    const metaModel = decodeMetaModel(toEncodedMetaModel({ ...model, threshold, framedThreshold }));
    return ordinary.filter(({ item }) =>
      explainMeta({ ...item, taskHeader: undefined, taskModels: [] }, { metaModel }) !== undefined
    ).length;
  };
  const allowed = taken(bound);
  for (let candidate = from; candidate < bound; candidate += FRAMED_STEP) {
    if (taken(candidate) <= allowed) return candidate;
  }
  return bound;
}

if (import.meta.main) {
  const weights = Deno.args.find((arg) => arg.startsWith("--weights="))?.slice("--weights=".length) ??
    WEIGHTS;
  const samples = sampleTexts();
  const cases = parseMetaCorpus(await Deno.readTextFile(CORPUS), CORPUS);
  const rows = cases.map((item) => toRow(item, samples));
  // The threshold comes from the held-out scores: in-sample, every negative scores far below it.
  const heldOut = crossValidate(rows);
  const model = train(rows);
  const ordinary = parseMetaCorpus(await Deno.readTextFile(ORDINARY), ORDINARY).map((item) =>
    toRow(item, samples)
  );
  // Each shape's threshold is bounded by the everyday turns of that shape (docs/decisions.md, "A threshold per
  // request shape"): a lone user message by people's lone messages, an app-framed request by the framed ones.
  const [bare, framed] = [false, true].map((shape) =>
    ordinary.filter((row) => row.framed === shape).map((row) => logitOf(row, model))
  ) as [number[], number[]];
  const threshold = Math.max(heldOut.bare, pickThreshold(bare, EVERYDAY_BUDGET));
  const thresholds = {
    threshold,
    framedThreshold: lowerFramedThreshold(model, {
      ordinary,
      threshold,
      from: heldOut.framed,
      bound: Math.max(heldOut.framed, pickThreshold(framed, EVERYDAY_BUDGET)),
    }),
  };
  const taken = (logits: number[], at: number) => logits.filter((logit) => logit >= at).length;
  print(
    `everyday turns (never trained on) the model takes for META: ${
      taken(bare, thresholds.threshold)
    }/${bare.length} lone messages at ${thresholds.threshold.toFixed(3)}, ${
      taken(framed, thresholds.framedThreshold)
    }/${framed.length} framed at ${thresholds.framedThreshold.toFixed(3)}`,
  );
  const source = Deno.args.includes("--cv") ? undefined : encodeMetaModel({ ...model, ...thresholds });
  if (source !== undefined && Deno.args.includes("--check")) {
    const current = await Deno.readTextFile(weights);
    print(current === source ? `${weights} is up to date` : `${weights} is not what the corpus trains`);
    if (current !== source) Deno.exit(1);
  } else if (source !== undefined) {
    await Deno.writeTextFile(weights, source);
    print(`wrote ${weights}`);
  }
}
