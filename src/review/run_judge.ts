import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { RoutingMessage } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import type { ReviewReport } from "./analyze_sessions.ts";
import { estimateCallUsd, resolveJudgeBackend, toUsd } from "./call_judge_model.ts";
import { toQueryPreview } from "./find_misroutes.ts";
import {
  JUDGE_REPLY_TOKENS,
  judgeSession,
  renderJudgePrompt,
  renderSession,
  toSessionMessages,
} from "./judge_session.ts";
import { sampleSessions } from "./sample_sessions.ts";

/** A session the judge would have routed elsewhere; `messages` (as logged, redacted) feed `improve`. */
export interface JudgedMisroute {
  id: string;
  timestamp: string;
  route: string;
  label: string;
  reason: string;
  query: string;
  suspicion: string | null;
  messages: RoutingMessage[];
}

/** The judge's part of a review, as written to the report's JSON under `judged`. */
export interface JudgedReview {
  judge: string;
  location: "local" | "cloud";
  /** Sessions of the period the judge could have graded: classifier-routed, not of an excluded member. */
  candidates: number;
  graded: number;
  failures: Array<{ id: string; error: string }>;
  /** Why grading stopped before every candidate was graded. */
  stoppedBy: "max-sessions" | "max-usd" | null;
  tokens: { prompt: number; completion: number };
  costUsd: number;
  byRoute: Array<
    { route: string; graded: number; misroutes: number; poorAnswers: number; enrichUnhelpful: number }
  >;
  misroutes: JudgedMisroute[];
  poorAnswers: Array<{ id: string; route: string; reason: string; query: string }>;
}

/** Options for {@linkcode runJudge}. */
export interface RunJudgeOptions {
  judge: string | undefined;
  maxSessions: number;
  maxUsd: number;
}

function countRoutes(review: JudgedReview, route: string) {
  let row = review.byRoute.find((r) => r.route === route);
  if (!row) review.byRoute.push(row = { route, graded: 0, misroutes: 0, poorAnswers: 0, enrichUnhelpful: 0 });
  return row;
}

/**
 * Has the judge grade a stratified sample of the period (suspects first), one session at a time, and stops
 * before a call that could take the spend past `maxUsd`. A failed call is listed, not fatal.
 */
export async function runJudge(
  state: RouterState,
  input: { entries: readonly SessionLogEntry[]; report: ReviewReport },
  options: RunJudgeOptions,
): Promise<JudgedReview> {
  const backend = resolveJudgeBackend(state, options.judge);
  const { excludeMembers } = state.config.review;
  const labels = state.config.routing.labels;
  const all = sampleSessions(input.entries, input.report, { maxSessions: Infinity, excludeMembers, labels });
  const review: JudgedReview = {
    judge: backend.name,
    location: backend.config.location,
    candidates: all.length,
    graded: 0,
    failures: [],
    stoppedBy: all.length > options.maxSessions ? "max-sessions" : null,
    tokens: { prompt: 0, completion: 0 },
    costUsd: 0,
    byRoute: [],
    misroutes: [],
    poorAnswers: [],
  };
  const system = renderJudgePrompt(state);
  for (const { entry, suspicion } of all.slice(0, options.maxSessions)) {
    const chars = system.length + renderSession(entry).length;
    if (
      review.costUsd +
          estimateCallUsd(state.config, {
            backend: backend.name,
            promptChars: chars,
            maxTokens: JUDGE_REPLY_TOKENS,
          }) > options.maxUsd
    ) {
      review.stoppedBy = "max-usd";
      break;
    }
    try {
      const { verdict, tokens } = await judgeSession(backend, { system, entry, labels });
      review.tokens.prompt += tokens.prompt;
      review.tokens.completion += tokens.completion;
      review.costUsd += toUsd(state.config, { backend: backend.name, tokens });
      review.graded++;
      const row = countRoutes(review, entry.route);
      row.graded++;
      const query = toQueryPreview(entry.user_query);
      if (!verdict.routeOk && verdict.label !== entry.route) {
        row.misroutes++;
        const { id, timestamp, route } = entry;
        const { label, reason } = verdict;
        review.misroutes.push({
          id,
          timestamp,
          route,
          label,
          reason,
          query,
          suspicion,
          messages: toSessionMessages(entry),
        });
      }
      if (!verdict.answerOk) {
        row.poorAnswers++;
        review.poorAnswers.push({ id: entry.id, route: entry.route, reason: verdict.reason, query });
      }
      if (verdict.enrichHelped === false) row.enrichUnhelpful++;
    } catch (error) {
      review.failures.push({ id: entry.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  review.byRoute.sort((a, b) => a.route.localeCompare(b.route));
  return review;
}
