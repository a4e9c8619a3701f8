import type { Allowance, LimitUse } from "./allowance.ts";
import type { MemberUsage } from "./usage_ledger.ts";

/** One limit as `/v1/me` shows it. */
export interface MeLimit {
  kind: LimitUse["kind"];
  period: LimitUse["period"];
  limit: number;
  used: number;
  remaining: number;
  "reset_seconds": number;
  "resets_at": string;
}

/** What `GET /v1/me` answers: the member's allowance, their use, and what they may use. */
export interface MeDocument {
  object: "member";
  name: string;
  /** True for an Open WebUI user no member lists (the name is their pseudonym). */
  forwarded: boolean;
  timezone: string;
  limits: MeLimit[];
  today: MemberUsageJson;
  "this_month": MemberUsageJson;
  cloud: {
    allowed: boolean;
    reason: string | null;
    /** The least that is left of the member's cloud budgets and pool share now; null when unlimited. */
    "left_usd": number | null;
  };
  pool: {
    "monthly_usd": number;
    "spent_usd": number;
    "your_spent_usd": number;
    "share_usd": number | null;
    "left_usd": number;
    "prepaid_usd": number;
  } | null;
  /** The member's own prepaid money left. */
  "credit_usd": number;
  "may_use": { models: string[]; cloud: boolean; voice: boolean };
  resets: { day: string; month: string };
}

/** A member's counters in the wire's words. */
export interface MemberUsageJson {
  requests: number;
  tokens: number;
  "cloud_usd": number;
}

function toUsd(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function toUsageJson(usage: MemberUsage): MemberUsageJson {
  return { requests: usage.requests, tokens: usage.tokens, cloud_usd: toUsd(usage.cloudUsd) };
}

/** What {@linkcode describeMe} reads besides the allowance. */
export interface MeFacts {
  name: string;
  forwarded: boolean;
  timezone: string;
  now: number;
  today: MemberUsage;
  month: MemberUsage;
  dayResetSeconds: number;
  monthResetSeconds: number;
  models: string[];
  voice: boolean;
}

/** Builds the `/v1/me` document from a member's allowance and the facts around it. */
export function describeMe(allowance: Allowance, facts: MeFacts): MeDocument {
  const at = (seconds: number) => new Date(facts.now + Math.ceil(seconds) * 1000).toISOString();
  let left = Infinity;
  for (const l of allowance.limits) if (l.kind === "cloudUsd") left = Math.min(left, l.remaining);
  const { pool } = allowance;
  if (pool) left = Math.min(left, pool.leftUsd + pool.creditUsd);
  if (left !== Infinity) left += allowance.creditUsd;
  return {
    object: "member",
    name: facts.name,
    forwarded: facts.forwarded,
    timezone: facts.timezone,
    limits: allowance.limits.map((l) => ({
      kind: l.kind,
      period: l.period,
      limit: l.limit,
      used: l.kind === "cloudUsd" ? toUsd(l.used) : l.used,
      remaining: l.kind === "cloudUsd" ? toUsd(l.remaining) : l.remaining,
      reset_seconds: Math.ceil(l.resetSeconds),
      resets_at: at(l.resetSeconds),
    })),
    today: toUsageJson(facts.today),
    this_month: toUsageJson(facts.month),
    cloud: {
      allowed: allowance.cloud.allowed,
      reason: allowance.cloud.reason ?? null,
      left_usd: left === Infinity ? null : toUsd(left),
    },
    pool: pool
      ? {
        monthly_usd: pool.monthlyUsd,
        spent_usd: toUsd(pool.spentUsd),
        your_spent_usd: toUsd(pool.memberSpentUsd),
        share_usd: pool.shareUsd ?? null,
        left_usd: toUsd(pool.leftUsd),
        prepaid_usd: toUsd(pool.creditUsd),
      }
      : null,
    credit_usd: toUsd(allowance.creditUsd),
    may_use: { models: facts.models, cloud: allowance.cloud.reason !== "not permitted", voice: facts.voice },
    resets: { day: at(facts.dayResetSeconds), month: at(facts.monthResetSeconds) },
  };
}
