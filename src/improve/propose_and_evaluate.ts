import { parsePrompt } from "../config/load_prompts.ts";
import { parseEvalSet } from "../eval/run_eval.ts";
import type { Logger } from "../logger.ts";
import { resolveJudgeBackend } from "../review/call_judge_model.ts";
import type { RouterState } from "../router_state.ts";
import { comparePrompts, type Verdict } from "./compare_prompts.ts";
import { formatVerdict } from "./format_verdict.ts";
import { toUnifiedDiff } from "./line_diff.ts";
import { proposeChange } from "./propose_change.ts";
import { readJudgedMisroutes } from "./read_judged_misroutes.ts";
import { hashPrompt, stageProposal } from "./stage_proposal.ts";

/** Options for {@linkcode proposeAndEvaluate}. */
export interface ProposeOptions {
  judge: string | undefined;
  reportPath: string;
  setPath: string;
  stagingDir: string;
  logger: Logger;
}

/** The router state with the proposed files in place of the current ones, as a reload would build it. */
function withProposal(state: RouterState, files: Record<string, string>, stagingDir: string): RouterState {
  const prompts = new Map(state.prompts);
  for (const [name, text] of Object.entries(files)) {
    prompts.set(name, parsePrompt(text, `${stagingDir}/proposed/${name}`));
  }
  return { ...state, prompts, loadedAt: new Date() };
}

/**
 * The `improve` run: reads the judged misroutes, has the judge propose a routing prompt, compares current
 * and proposed through the classifier on the labelled set plus the misroutes, and stages proposal and
 * verdict. Returns undefined when there was nothing to improve. Installs nothing.
 */
export async function proposeAndEvaluate(
  state: RouterState,
  options: ProposeOptions,
): Promise<Verdict | undefined> {
  const misroutes = await readJudgedMisroutes(options.reportPath);
  if (misroutes.length === 0) return undefined;
  const backend = resolveJudgeBackend(state, options.judge);
  const labelled = parseEvalSet(await Deno.readTextFile(options.setPath), options.setPath);
  const proposal = await proposeChange(backend, state, misroutes);
  const verdict = await comparePrompts(
    { current: state, proposed: withProposal(state, proposal.files, options.stagingDir) },
    {
      labelled,
      misroutes: misroutes.map((m) => ({ id: m.id, label: m.label, messages: m.messages })),
    },
    options.logger,
  );
  const diff = Object.entries(proposal.files)
    .map(([name, text]) => toUnifiedDiff((state.prompts.get(name)?.text ?? "") + "\n", text, name))
    .join("");
  const verdictMarkdown = formatVerdict(verdict, {
    diff,
    rationale: proposal.rationale,
    report: `${misroutes.length} judged misroutes in ${options.reportPath}`,
  });
  await stageProposal(options.stagingDir, {
    createdAt: new Date().toISOString(),
    judge: backend.name,
    report: options.reportPath,
    files: Object.keys(proposal.files).map((name) => ({ name, baseSha256: hashPrompt(state.prompts, name) })),
    verdict,
  }, { files: proposal.files, diff, verdictMarkdown });
  return verdict;
}
