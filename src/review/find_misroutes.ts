import type { SessionLogEntry, SessionStep } from "../logs/session_log_entry.ts";

/** A request whose route looks wrong in hindsight. */
export interface SuspectedMisroute {
  id: string;
  timestamp: string;
  route: string;
  reason: string;
  /** The first 80 characters of the user's query, so a person can judge it. */
  query: string;
}

/** A question this short with an answer this short did not need the cloud. */
const SHORT_QUERY_CHARS = 120;
const FEW_COMPLETION_TOKENS = 150;
/** The status a cancelled speculative start is logged with (start_attempt.ts): not a failure. */
const CANCELLED = 499;
/** How much of the query a report line shows (logs are for people; reports stay short). */
export const QUERY_PREVIEW_CHARS = 80;

function isOk(step: SessionStep): boolean {
  return step.status >= 200 && step.status < 300;
}

function findReason(entry: SessionLogEntry): string | undefined {
  const answers = entry.steps.filter((step) => step.step === "answer");
  const failed = answers.filter((step) => !isOk(step) && step.status !== CANCELLED);
  if (failed.length > 0 && answers.length > failed.length) {
    const first = failed[0];
    return `fell back after ${first?.provider} answered ${first?.status}`;
  }
  const final = answers.filter(isOk).at(-1);
  if (!final) return undefined;
  if (final.location !== "cloud" && final.finish_reason === "length") {
    return `local answer cut off (finish_reason "length", ${final.tokens?.completion ?? "?"} tokens)`;
  }
  const completion = final.tokens?.completion;
  if (
    final.location === "cloud" && entry.user_query.length <= SHORT_QUERY_CHARS && completion !== undefined &&
    completion <= FEW_COMPLETION_TOKENS
  ) {
    return `cloud answer to a short question (${entry.user_query.length} chars, ${completion} tokens)`;
  }
  return undefined;
}

/**
 * Finds cloud answers to short easy questions and local answers that were cut off or needed a
 * fallback (docs/routing.md, "The improvement loop").
 */
export function findMisroutes(entries: readonly SessionLogEntry[]): SuspectedMisroute[] {
  const misroutes: SuspectedMisroute[] = [];
  for (const entry of entries) {
    const reason = findReason(entry);
    if (reason === undefined) continue;
    const { id, timestamp, route } = entry;
    misroutes.push({ id, timestamp, route, reason, query: toQueryPreview(entry.user_query) });
  }
  return misroutes;
}

/** The first 80 characters of a query on one line, the only prompt text a report shows. */
export function toQueryPreview(query: string): string {
  const line = query.replace(/\s+/g, " ").trim();
  return line.length > QUERY_PREVIEW_CHARS ? `${line.slice(0, QUERY_PREVIEW_CHARS)}…` : line;
}
