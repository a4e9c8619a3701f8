import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { ReviewReport } from "./analyze_sessions.ts";

/** A session chosen for the judge, with why it was suspect (null: picked for the route's share). */
export interface SampledSession {
  entry: SessionLogEntry;
  suspicion: string | null;
}

/** Options for {@linkcode sampleSessions}. */
export interface SampleOptions {
  maxSessions: number;
  /** Members whose sessions are never sampled (`review.excludeMembers`). */
  excludeMembers: readonly string[];
  /** `routing.labels`: only routes the classifier chose can be misroutes a routing prompt could fix. */
  labels: readonly string[];
}

/** Routes the classifier decided (a member's cloud policy may have moved the answer, not the label). */
function isClassified(entry: SessionLogEntry, labels: readonly string[]): boolean {
  return labels.includes(entry.route) && (entry.rule === null || entry.rule === "user-policy");
}

/** Why the rule-based review already doubts a session, from its findings and the entry itself. */
function findSuspicion(entry: SessionLogEntry, report: ReviewReport): string | null {
  const misroute = report.misroutes.find((m) => m.id === entry.id);
  if (misroute) return `rule: ${misroute.reason}`;
  if (entry.error) return "error";
  const fallback = entry.steps.some((s) => s.step === "answer" && (s.status < 200 || s.status >= 300));
  if (fallback) return "fallback";
  if (report.lowConfidence.some((l) => l.id === entry.id)) {
    return `low confidence (${entry.confidence?.toFixed(2)})`;
  }
  if (report.enrichments.some((e) => e.id === entry.id)) return "enrichment failed or empty";
  return null;
}

/**
 * Picks the sessions to grade: suspects first (rule findings, errors, fallbacks, low confidence), then the
 * rest taken round-robin over routes, so a rare route is graded as well as the common one. Requests a rule
 * decided (alias, META marker, vision, long context) and excluded members are left out. Oldest first within
 * each group.
 */
export function sampleSessions(
  entries: readonly SessionLogEntry[],
  report: ReviewReport,
  options: SampleOptions,
): SampledSession[] {
  const candidates = entries.filter((e) =>
    isClassified(e, options.labels) && !options.excludeMembers.includes(e.user)
  );
  const suspects: SampledSession[] = [];
  const byRoute = new Map<string, SessionLogEntry[]>();
  for (const entry of candidates) {
    const suspicion = findSuspicion(entry, report);
    if (suspicion) suspects.push({ entry, suspicion });
    else byRoute.set(entry.route, [...byRoute.get(entry.route) ?? [], entry]);
  }
  const sample = suspects.slice(0, options.maxSessions);
  const queues = [...byRoute.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, queue]) => queue);
  while (sample.length < options.maxSessions && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const entry = queue.shift();
      if (entry && sample.length < options.maxSessions) sample.push({ entry, suspicion: null });
    }
  }
  return sample;
}
