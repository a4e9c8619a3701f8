/**
 * Prints every META corpus case with the rule stage's verdict and the features' score and signals (the
 * near misses and near hits a rule change moves). Run: `deno run -A scripts/_meta_trace.ts [file] [filter]`.
 */
import { explainMeta, type MetaTrace } from "../src/routing/detect_meta.ts";
import { parseMetaCorpus } from "../src/eval/run_meta_eval.ts";

const file = Deno.args[0] ?? "tests/fixtures/meta_corpus.jsonl";
const filter = Deno.args[1] ?? "";
const cases = parseMetaCorpus(await Deno.readTextFile(file), file);
for (const item of cases) {
  if (filter && !item.id.includes(filter) && !item.client.includes(filter)) continue;
  let near: MetaTrace | undefined;
  const verdict = explainMeta(
    {
      messages: item.messages,
      model: item.model,
      taskHeader: undefined,
      taskModels: [],
      request: item.request,
    },
    { excludeClients: [item.client, "LangChain"], onNearMiss: (trace) => near = trace },
  );
  const found = verdict !== undefined;
  const wrong = found !== (item.kind === "meta");
  const score = verdict?.score ?? near?.score;
  const signals = verdict?.signals ?? near?.signals ?? [];
  // deno-lint-ignore no-console -- a script reports
  console.log(
    `${wrong ? "XX" : "ok"} ${item.kind.padEnd(8)} ${item.id.padEnd(44)} ${verdict?.marker ?? "-"} ${
      score?.toFixed(1) ?? ""
    } ${signals.join(",")}`,
  );
}
