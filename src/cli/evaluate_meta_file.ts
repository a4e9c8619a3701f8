import { loadConfig } from "../config/load_config.ts";
import { parseMetaCorpus, runMetaEval } from "../eval/run_meta_eval.ts";
import { formatMetaEvalReport } from "./format_meta_eval.ts";

/** Options for {@linkcode evaluateMetaFile}: the CLI's resolved `eval --meta` arguments. */
export interface EvaluateMetaFileOptions {
  corpusPath: string;
  configPath: string | undefined;
  /** `--demo`: the embedded default config instead of the local one. */
  demo: boolean;
  print: (text: string) => void;
}

/**
 * The `eval --meta` command: runs a META corpus through the rule stage's META detection (no upstream
 * is called; the configured task models count as markers) and prints precision, recall per client and
 * per task, leave-one-client-out figures and the false META rate on the hard negatives.
 */
export async function evaluateMetaFile(options: EvaluateMetaFileOptions): Promise<number> {
  const cases = parseMetaCorpus(await Deno.readTextFile(options.corpusPath), options.corpusPath);
  const { config } = await loadConfig(options.demo ? undefined : options.configPath);
  options.print(formatMetaEvalReport(runMetaEval(cases, { taskModels: config.routing.meta.taskModels })));
  return 0;
}
