import { parseFlags } from "./parse_flags.ts";
import { buildRouterState } from "../build_router_state.ts";
import { loadConfig } from "../config/load_config.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import { addToSet } from "../improve/add_to_set.ts";
import { installProposal, recoverInterrupted } from "../improve/install_proposal.ts";
import { proposeAndEvaluate } from "../improve/propose_and_evaluate.ts";
import { stageProposal } from "../improve/stage_proposal.ts";
import { signalReload } from "../improve/signal_reload.ts";
import { undoLastChange } from "../improve/undo_change.ts";
import { readJudgedMisroutes } from "../improve/read_judged_misroutes.ts";
import { createLogger } from "../logger.ts";
import { resolveConfigPath } from "./run_review.ts";
import { formatVerdict } from "./format_verdict.ts";

/** What `main.ts` hands to {@linkcode runImprove}. */
export interface RunImproveOptions {
  env: Readonly<Record<string, string>>;
  print: (text: string) => void;
  printError: (text: string) => void;
  defaultConfigPath: string;
  getSecret: SecretLookup;
}

/** Help for `ai-router improve --help`. */
export const IMPROVE_HELP =
  `Usage: ai-router improve [--judge BACKEND] [--report FILE] [--set FILE] [--out DIR]
       ai-router improve --apply [--out DIR] [--pid PID]
       ai-router improve --undo [--pid PID]
       ai-router improve --add-to-set FILE [--report FILE]

Turns a judged review's misroutes into a proposed routing prompt (a diff plus the new files in DIR), then
runs the labelled set and the misrouted requests through the real classifier with the current and the
proposed prompt and writes the verdict. Nothing is installed without --apply.
  --config PATH        the router's config (default: AI_ROUTER_CONFIG or /etc/ai-router/ai-router.yaml)
  --judge BACKEND      the model that proposes the change (default: review.judgeBackend)
  --report FILE        a review JSON written with --judge (default: review.reportsDir/latest.json)
  --set FILE           the labelled JSONL set (default: review.evalSet)
  --out DIR            the staging directory (default: review.improveDir/pending)
  --apply              install the staged proposal into promptsDir if its verdict passed (no drop in
                       labelled accuracy, at least one misroute fixed); kept in review.improveDir/applied
  --undo               put back the prompts the last applied change replaced
  --pid PID            after --apply or --undo, send SIGHUP to the router with this pid to reload it
  --add-to-set FILE    append the report's judged misroutes to a labelled set, with the judge's label`;

async function reload(pid: string | undefined, options: RunImproveOptions): Promise<void> {
  if (pid === undefined) {
    options.print("Reload the router to use it: systemctl reload ai-router (or pass --pid PID)");
    return;
  }
  if (!/^\d+$/.test(pid)) throw new TypeError(`Invalid --pid "${pid}": use the router's process id`);
  await signalReload(Number(pid));
  options.print(`Sent SIGHUP to pid ${pid}: the router reloads its prompts`);
}

/** The `improve` command: propose and evaluate, `--apply`, `--undo` or `--add-to-set`; returns the exit code. */
export async function runImprove(args: string[], options: RunImproveOptions): Promise<number> {
  const { values } = parseFlags("improve", {
    args,
    options: {
      config: { type: "string" },
      judge: { type: "string" },
      report: { type: "string" },
      set: { type: "string" },
      out: { type: "string" },
      apply: { type: "boolean" },
      undo: { type: "boolean" },
      pid: { type: "string" },
      "add-to-set": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    options.print(IMPROVE_HELP);
    return 0;
  }
  const { config, source } = await loadConfig(await resolveConfigPath(values.config, options));
  const { improveDir, reportsDir } = config.review;
  const historyDir = `${improveDir}/applied`;
  const stagingDir = values.out ?? `${improveDir}/pending`;
  const reportPath = values.report ?? `${reportsDir}/latest.json`;
  for (const name of await recoverInterrupted(historyDir)) {
    options.printError(`Rolled back the interrupted install ${name}`);
  }
  if (values["add-to-set"] !== undefined) {
    const added = await addToSet(values["add-to-set"], await readJudgedMisroutes(reportPath));
    options.print(`Added ${added} misrouted requests to ${values["add-to-set"]}`);
    return 0;
  }
  if (values.undo) {
    const undone = await undoLastChange(historyDir);
    options.print(`Undid ${undone.entry}: restored ${undone.files.join(", ")}`);
    await reload(values.pid, options);
    return 0;
  }
  const state = await buildRouterState(config, { configSource: source, getSecret: options.getSecret });
  if (values.apply) {
    if (config.promptsDir === undefined) {
      throw new TypeError("Cannot apply: the config sets no promptsDir to install prompts into");
    }
    const installed = await installProposal(stagingDir, state.prompts, {
      promptsDir: config.promptsDir,
      historyDir,
    });
    options.print(
      `Applied ${installed.files.join(", ")} into ${config.promptsDir}; kept in ${installed.entry}`,
    );
    await reload(values.pid, options);
    return 0;
  }
  const setPath = values.set ?? config.review.evalSet;
  if (setPath === undefined) throw new TypeError("Missing --set FILE (or review.evalSet in the config)");
  const evaluated = await proposeAndEvaluate(state, {
    judge: values.judge,
    reportPath,
    setPath,
    stagingDir,
    logger: createLogger({ level: "error", write: options.printError }),
  });
  if (!evaluated) {
    options.print(`Nothing to improve: the judge found no misroutes in ${reportPath}`);
    return 0;
  }
  const { staged, files, diff, rationale } = evaluated;
  const { verdict } = staged;
  const report = `${evaluated.misroutes} judged misroutes in ${reportPath}`;
  const verdictMarkdown = formatVerdict(verdict, { diff, rationale, report, cost: staged.proposalCost });
  await stageProposal(stagingDir, staged, { files, diff, verdictMarkdown });
  const { labelled } = verdict;
  options.print(`Verdict: ${verdict.passed ? "PASS" : "FAIL"} (${verdict.reasons.join("; ")})`);
  options.print(
    `Labelled accuracy: ${labelled.before}/${labelled.total} before, ${labelled.after}/${labelled.total} after`,
  );
  options.print(`Staged in ${stagingDir}: proposal.diff, verdict.md, proposed/`);
  return 0;
}
