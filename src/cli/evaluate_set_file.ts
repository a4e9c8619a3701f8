import type { SecretLookup } from "../config/load_secrets.ts";
import { loadConfig } from "../config/load_config.ts";
import { buildRouterState } from "../build_router_state.ts";
import { createLogger } from "../logger.ts";
import { startDemoUpstreams } from "../simulator/start_demo_upstreams.ts";
import { formatEvalReport, parseEvalSet, runEval } from "../eval/run_eval.ts";

/** Options for {@linkcode evaluateSetFile}: the CLI's resolved `eval` arguments and its output streams. */
export interface EvaluateSetFileOptions {
  setPath: string;
  configPath: string | undefined;
  getSecret: SecretLookup;
  /** Runs against the simulated classifier (`--demo`). */
  demo: boolean;
  print: (text: string) => void;
  printError: (text: string) => void;
}

/** The `eval` command: runs a labelled JSONL set through the classifier and prints the report. */
export async function evaluateSetFile(options: EvaluateSetFileOptions): Promise<number> {
  const cases = parseEvalSet(await Deno.readTextFile(options.setPath), options.setPath);
  const { config, source } = await loadConfig(options.configPath);
  await using upstreams = options.demo ? await startDemoUpstreams(config) : undefined;
  const state = await buildRouterState(
    upstreams?.config ?? config,
    source,
    upstreams?.getSecret ?? options.getSecret,
  );
  const logger = createLogger({ level: "error", write: options.printError });
  options.print(formatEvalReport(await runEval(state, cases, logger)));
  return 0;
}
