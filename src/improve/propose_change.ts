import type { Backend } from "../backends/backend.ts";
import { getPromptText } from "../config/load_prompts.ts";
import { redact } from "../logs/redact.ts";
import { toLastUserText } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import { callJudgeModel, type JudgeAnswer } from "../review/call_judge_model.ts";
import type { JudgedMisroute } from "../review/run_judge.ts";

/** The prompt file a proposal changes; routing comes first (the other prompts are not proposed yet). */
export const ROUTING_PROMPT = "routing/system.md";
/** How much of each misrouted request the proposer sees. */
const REQUEST_CHARS = 300;
/** A whole routing prompt plus a short rationale. */
export const PROPOSAL_REPLY_TOKENS = 2_000;

/** A proposed change: new texts by prompt name, and the proposer's own words on why. */
export interface Proposal {
  files: Record<string, string>;
  rationale: string;
  tokens: JudgeAnswer["tokens"];
}

/** What the proposer reads: the current routing prompt and each misroute with the judge's label and reason. */
export function renderProposalRequest(state: RouterState, misroutes: readonly JudgedMisroute[]): string {
  const lines = [
    "<current_prompt>",
    getPromptText(state.prompts, ROUTING_PROMPT),
    "</current_prompt>",
    "",
    "Misrouted requests:",
  ];
  misroutes.forEach((m, index) => {
    const text = String(redact(toLastUserText(m.messages) || m.query)).replace(/\s+/g, " ").trim();
    lines.push(`${index + 1}. routed as ${m.route}, should be ${m.label}: ${m.reason.replace(/\s+/g, " ")}`);
    lines.push(`   request: ${text.slice(0, REQUEST_CHARS)}`);
  });
  return lines.join("\n");
}

/** Asks the judge for a new routing prompt; throws when the reply holds no `<prompt>` block or no change. */
export async function proposeChange(
  backend: Backend,
  state: RouterState,
  { misroutes }: { misroutes: readonly JudgedMisroute[] },
): Promise<Proposal> {
  const answer = await callJudgeModel(backend, {
    system: getPromptText(state.prompts, "review/propose.md"),
    user: renderProposalRequest(state, misroutes),
    maxTokens: PROPOSAL_REPLY_TOKENS,
    requestId: `improve-${crypto.randomUUID().slice(0, 8)}`,
  });
  const match = /<prompt>\s*([\s\S]*?)\s*<\/prompt>/.exec(answer.text);
  if (!match?.[1]) throw new SyntaxError("Cannot propose: the judge answered no <prompt> block");
  const text = match[1].trim();
  if (text === getPromptText(state.prompts, ROUTING_PROMPT)) {
    throw new RangeError("Cannot propose: the judge's prompt equals the current one");
  }
  const rationale = answer.text.slice((match.index ?? 0) + match[0].length).trim();
  return { files: { [ROUTING_PROMPT]: text + "\n" }, rationale, tokens: answer.tokens };
}
