import { parsePrompt } from "../config/load_prompts.ts";
import { parseEvalSet } from "../eval/run_eval.ts";
import type { Logger } from "../logger.ts";
import { resolveJudgeBackend, toUsd } from "../review/call_judge_model.ts";
import type { RouterState } from "../router_state.ts";
import { comparePrompts } from "./compare_prompts.ts";
import { toUnifiedDiff } from "./line_diff.ts";
import { proposeChange } from "./propose_change.ts";
import { readJudgedMisroutes } from "./read_judged_misroutes.ts";
import { hashPrompt, type StagedProposal } from "./stage_proposal.ts";

/** Options for {@linkcode proposeAndEvaluate}; `stagingDir` names the proposed files' source. */
export interface ProposeOptions {
  judge: string | undefined;
  reportPath: string;
  setPath: string;
  stagingDir: string;
  logger: Logger;
}

/** A proposal with its verdict, ready for {@linkcode stageProposal} once the verdict is written up. */
export interface EvaluatedProposal {
  staged: StagedProposal;
  files: Record<string, string>;
  diff: string;
  rationale: string;
  /** How many judged misroutes the proposal was made from. */
  misroutes: number;
}

/** The router state with the proposed files in place of the current ones, as a reload would build it. */
function withProposal(
  state: RouterState,
  { files, stagingDir }: { files: Record<string, string>; stagingDir: string },
): RouterState {
  const prompts = new Map(state.prompts);
  for (const [name, text] of Object.entries(files)) {
    prompts.set(name, parsePrompt(text, `${stagingDir}/proposed/${name}`));
  }
  return { ...state, prompts, loadedAt: new Date() };
}

/**
 * The `improve` run: reads the judged misroutes, has the judge propose a routing prompt, compares current
 * and proposed through the classifier on the labelled set plus the misroutes. Returns undefined when there
 * was nothing to improve. Writes and installs nothing: the command stages the result.
 */
export async function proposeAndEvaluate(
  state: RouterState,
  options: ProposeOptions,
): Promise<EvaluatedProposal | undefined> {
  const misroutes = await readJudgedMisroutes(options.reportPath);
  if (misroutes.length === 0) return undefined;
  const backend = resolveJudgeBackend(state, options.judge);
  const labelled = parseEvalSet(await Deno.readTextFile(options.setPath), options.setPath);
  const proposal = await proposeChange(backend, state, { misroutes });
  const verdict = await comparePrompts(
    {
      current: state,
      proposed: withProposal(state, { files: proposal.files, stagingDir: options.stagingDir }),
    },
    {
      labelled,
      misroutes: misroutes.map((m) => ({ id: m.id, label: m.label, messages: m.messages })),
    },
    { logger: options.logger },
  );
  const diff = Object.entries(proposal.files)
    .map(([name, text]) => toUnifiedDiff((state.prompts.get(name)?.text ?? "") + "\n", text, { name }))
    .join("");
  const staged: StagedProposal = {
    createdAt: new Date().toISOString(),
    judge: backend.name,
    report: options.reportPath,
    proposalCost: {
      tokens: proposal.tokens.prompt + proposal.tokens.completion,
      usd: toUsd(state.config, { backend: backend.name, tokens: proposal.tokens }),
    },
    files: Object.keys(proposal.files).map((name) => ({ name, baseSha256: hashPrompt(state.prompts, name) })),
    verdict,
  };
  return { staged, files: proposal.files, diff, rationale: proposal.rationale, misroutes: misroutes.length };
}
