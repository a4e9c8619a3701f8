import { findSwitchedConversations, type SwitchedConversation } from "./find_switched_conversations.ts";
import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import { detectMeta } from "../routing/detect_meta.ts";
import type { RoutingMessage } from "../routing/render_prompt.ts";
import { priceSession } from "../users/price_session.ts";
import type { PriceConfig } from "../config/users_schema.ts";
import { findMisroutes, type SuspectedMisroute, toQueryPreview } from "./find_misroutes.ts";
import { toPercentile } from "../to_percentile.ts";

/** What {@linkcode analyzeSessions} needs from the config. */
export interface AnalyzeOptions {
  /** `routing.classifier.minConfidence`: decisions below it are listed. */
  minConfidence: number;
  prices: Readonly<Record<string, PriceConfig>>;
  /** How many of the slowest requests to list. */
  outliers?: number;
}

/** The review of a period (docs/routing.md, "The improvement loop"), as written to `PREFIX.json`. */
export interface ReviewReport {
  requests: number;
  routeMix: Array<{ route: string; count: number; share: number }>;
  misroutes: SuspectedMisroute[];
  enrichments: Array<{ id: string; timestamp: string; problem: string }>;
  latency: {
    byRoute: Array<{ route: string; count: number; p50Ms: number; p95Ms: number }>;
    outliers: Array<{ id: string; timestamp: string; route: string; totalMs: number; query: string }>;
  };
  errors: Array<{ message: string; count: number; lastId: string }>;
  metaSlips: Array<{ id: string; timestamp: string; route: string; marker: string }>;
  lowConfidence: Array<{ id: string; timestamp: string; route: string; confidence: number }>;
  spend: Array<{ user: string; requests: number; tokens: number; cloudUsd: number }>;
  /** Conversations answered by more than one backend (affinity let a turn move). */
  switchedConversations: SwitchedConversation[];
  /** Requests a member's privacy plan kept local or redacted: the kinds found, never the values. */
  privacy: Array<
    { id: string; timestamp: string; user: string; action: string; found: string; reason: string }
  >;
}

function listPrivacy(entries: readonly SessionLogEntry[]): ReviewReport["privacy"] {
  return entries.flatMap((e) => {
    if (!e.privacy || e.privacy.action === "none") return [];
    const found = Object.entries(e.privacy.found).map(([kind, count]) => `${kind} ${count}`).join(", ");
    const { action, reason = "" } = e.privacy;
    return [{ id: e.id, timestamp: e.timestamp, user: e.user, action, found, reason }];
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...groups.get(key(item)) ?? [], item]);
  return groups;
}

function findEnrichmentProblem(entry: SessionLogEntry): string | undefined {
  if (entry.route !== "ENRICH") return undefined;
  const step = entry.steps.filter((s) => s.step === "enrich").at(-1);
  if (!step) return "no enrichment step";
  if (step.status < 200 || step.status >= 300) return `failed (${step.provider} answered ${step.status})`;
  if (step.response_content.trim() === "") return `empty (${step.provider} returned no content)`;
  return undefined;
}

function toRoutingMessages(entry: SessionLogEntry): RoutingMessage[] {
  const messages = entry.client_messages.filter((m): m is RoutingMessage =>
    typeof m === "object" && m !== null && typeof (m as { role?: unknown }).role === "string"
  );
  return messages.length > 0 ? messages : [{ role: "user", content: entry.user_query }];
}

/**
 * Entries that reached the classifier although the META detector recognises them now, and those the
 * classifier itself labelled META (marker `classifier`): either way some client needs a rule.
 */
function findMetaSlips(entries: readonly SessionLogEntry[]): ReviewReport["metaSlips"] {
  return entries.flatMap((entry) => {
    if (entry.classification_raw === null && entry.classification_ms === null) return [];
    const input = { model: undefined, taskHeader: null, taskModels: [] };
    const marker = detectMeta({ ...input, messages: toRoutingMessages(entry) }) ??
      detectMeta({ ...input, messages: [{ role: "user", content: entry.user_query }] }) ??
      (entry.route === "META" ? "classifier" : undefined);
    return marker ? [{ id: entry.id, timestamp: entry.timestamp, route: entry.route, marker }] : [];
  });
}

function summarizeLatency(entries: readonly SessionLogEntry[], outliers: number): ReviewReport["latency"] {
  const byRoute = [...groupBy(entries, (e) => e.route)].map(([route, group]) => {
    const sorted = group.map((e) => e.total_ms).sort((a, b) => a - b);
    return {
      route,
      count: group.length,
      p50Ms: toPercentile(sorted, 0.5),
      p95Ms: toPercentile(sorted, 0.95),
    };
  }).sort((a, b) => a.route.localeCompare(b.route));
  const slowest = [...entries].sort((a, b) => b.total_ms - a.total_ms).slice(0, outliers);
  return {
    byRoute,
    outliers: slowest.map((e) => ({
      id: e.id,
      timestamp: e.timestamp,
      route: e.route,
      totalMs: e.total_ms,
      query: toQueryPreview(e.user_query),
    })),
  };
}

function summarizeSpend(entries: readonly SessionLogEntry[], options: AnalyzeOptions): ReviewReport["spend"] {
  return [...groupBy(entries, (e) => e.user)].map(([user, group]) => {
    let tokens = 0;
    let cloudUsd = 0;
    for (const entry of group) {
      const priced = priceSession(entry, options.prices);
      tokens += priced.tokens;
      cloudUsd += priced.cloudUsd;
    }
    return { user, requests: group.length, tokens, cloudUsd };
  }).sort((a, b) => b.cloudUsd - a.cloudUsd || b.tokens - a.tokens || a.user.localeCompare(b.user));
}

/** Reviews a period's session log entries: pure, so the same entries always give the same report. */
export function analyzeSessions(entries: readonly SessionLogEntry[], options: AnalyzeOptions): ReviewReport {
  const routeMix = [...groupBy(entries, (e) => e.route)]
    .map(([route, group]) => ({ route, count: group.length, share: group.length / entries.length }))
    .sort((a, b) => b.count - a.count || a.route.localeCompare(b.route));
  const enrichments = entries.flatMap((e) => {
    const problem = findEnrichmentProblem(e);
    return problem ? [{ id: e.id, timestamp: e.timestamp, problem }] : [];
  });
  const failed = entries.filter((e) => e.error !== null && e.error !== "");
  const errors = [...groupBy(failed, (e) => e.error ?? "")]
    .map(([message, group]) => ({ message, count: group.length, lastId: group.at(-1)?.id ?? "" }))
    .sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
  const lowConfidence = entries.flatMap((e) =>
    e.confidence !== null && e.confidence < options.minConfidence
      ? [{ id: e.id, timestamp: e.timestamp, route: e.route, confidence: e.confidence }]
      : []
  );
  return {
    requests: entries.length,
    routeMix,
    misroutes: findMisroutes(entries),
    enrichments,
    latency: summarizeLatency(entries, options.outliers ?? 10),
    errors,
    metaSlips: findMetaSlips(entries),
    lowConfidence,
    spend: summarizeSpend(entries, options),
    switchedConversations: findSwitchedConversations(entries),
    privacy: listPrivacy(entries),
  };
}
