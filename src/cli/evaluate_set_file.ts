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

/**
 * The `eval` command: runs a labelled JSONL set through the classifier and prints the report. Exits 1,
 * naming the classifier and why, when it failed on any prompt: those got the default label, so the
 * accuracy would measure the fallback rather than the model.
 */
export async function evaluateSetFile(options: EvaluateSetFileOptions): Promise<number> {
  const cases = parseEvalSet(await Deno.readTextFile(options.setPath), options.setPath);
  const { config, source } = await loadConfig(options.configPath);
  await using upstreams = options.demo ? await startDemoUpstreams(config) : undefined;
  const state = await buildRouterState(upstreams?.config ?? config, {
    configSource: source,
    getSecret: upstreams?.getSecret ?? options.getSecret,
  });
  const { backend } = state.config.routing.classifier;
  const target = state.config.backends[backend];
  const fix = "start it, point routing.classifier.backend at a running backend, or add --demo for the " +
    "simulated classifier";
  if (target === undefined) {
    options.printError(
      `Cannot evaluate: routing.classifier.backend "${backend}" in "${source}" names no backend, so every ` +
        `prompt would get the default label: ${fix}`,
    );
    return 1;
  }
  const logger = createLogger({ level: "error", write: options.printError });
  const report = await runEval(state, { cases, logger });
  const where = `classifier backend "${backend}" (${target.urls.join(", ")})`;
  if (report.total > 0 && report.failures === report.total) {
    options.printError(
      `Cannot evaluate: the ${where} failed on all ${report.total} prompts (${report.firstFailure}): ${fix}`,
    );
    return 1;
  }
  options.print(formatEvalReport(report));
  if (report.failures === 0) return 0;
  // The failed prompts were counted with the default label, so the accuracy above is not the model's.
  options.printError(
    `The ${where} failed on ${report.failures} of ${report.total} prompts (first: ${report.firstFailure}); ` +
      `they count with the default label, so the accuracy is not the model's`,
  );
  return 1;
}
