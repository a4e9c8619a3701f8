import type { LimitsConfig } from "../config/users_schema.ts";
import type { MemberUsage } from "./usage_ledger.ts";

/** What a member (or a forwarded user under a pseudonym) may do: the config's word, resolved. */
export interface MemberPolicy {
  limits: LimitsConfig;
  cloudAllowed: boolean;
  allowedModels: readonly string[];
  /** Whether their cloud use draws on the family pool. */
  inPool: boolean;
  /** The most they may draw from the pool in a month, when capped. */
  poolShareUsd?: number | undefined;
}

/** One configured limit and how much of it is used. */
export interface LimitUse {
  kind: "requests" | "tokens" | "cloudUsd";
  period: "minute" | "day" | "month";
  limit: number;
  used: number;
  remaining: number;
  /** Seconds until the period ends and the count starts again. */
  resetSeconds: number;
}

/** The family pool as one member sees it. */
export interface PoolUse {
  monthlyUsd: number;
  /** Everyone's draw this month. */
  spentUsd: number;
  /** This member's draw this month. */
  memberSpentUsd: number;
  shareUsd?: number;
  /** What this member may still draw this month (pool left, capped by their share), without credit. */
  leftUsd: number;
  /** Prepaid pool money left (top-ups without a member). */
  creditUsd: number;
}

/** Everything about a member's allowance right now: what `/v1/me`, the headers and the edge's checks read. */
export interface Allowance {
  limits: LimitUse[];
  pool?: PoolUse;
  /** Prepaid money left that is the member's own. */
  creditUsd: number;
  cloud: { allowed: boolean; reason?: "not permitted" | "over budget" | "over the family pool" };
}

/** What {@linkcode describeAllowance} reads. */
export interface AllowanceInputs {
  day: MemberUsage;
  month: MemberUsage;
  minute: { count: number; resetSeconds: number };
  dayResetSeconds: number;
  monthResetSeconds: number;
  pool?: Omit<PoolUse, "leftUsd" | "shareUsd">;
  creditUsd: number;
}

const LIMIT_KEYS: ReadonlyArray<[keyof LimitsConfig, LimitUse["kind"], LimitUse["period"]]> = [
  ["requestsPerMinute", "requests", "minute"],
  ["requestsPerDay", "requests", "day"],
  ["requestsPerMonth", "requests", "month"],
  ["tokensPerDay", "tokens", "day"],
  ["tokensPerMonth", "tokens", "month"],
  ["cloudSpendPerDayUsd", "cloudUsd", "day"],
  ["cloudSpendPerMonthUsd", "cloudUsd", "month"],
];

function toLimitUses(limits: LimitsConfig, inputs: AllowanceInputs): LimitUse[] {
  const uses: LimitUse[] = [];
  for (const [key, kind, period] of LIMIT_KEYS) {
    const limit = limits[key];
    if (limit === undefined) continue;
    const used = period === "minute"
      ? inputs.minute.count
      : (period === "day" ? inputs.day : inputs.month)[kind];
    const resetSeconds = period === "minute"
      ? inputs.minute.resetSeconds
      : period === "day"
      ? inputs.dayResetSeconds
      : inputs.monthResetSeconds;
    uses.push({ kind, period, limit, used, remaining: Math.max(0, limit - used), resetSeconds });
  }
  return uses;
}

/** A member's limits, pool and credit with their use, and whether the cloud is open to them now. */
export function describeAllowance(policy: MemberPolicy, inputs: AllowanceInputs): Allowance {
  const limits = toLimitUses(policy.limits, inputs);
  const allowance: Allowance = { limits, creditUsd: inputs.creditUsd, cloud: { allowed: true } };
  if (policy.inPool && inputs.pool) {
    const { monthlyUsd, spentUsd, memberSpentUsd } = inputs.pool;
    let leftUsd = Math.max(0, monthlyUsd - spentUsd);
    if (policy.poolShareUsd !== undefined) leftUsd = Math.min(leftUsd, policy.poolShareUsd - memberSpentUsd);
    allowance.pool = {
      ...inputs.pool,
      ...(policy.poolShareUsd !== undefined ? { shareUsd: policy.poolShareUsd } : {}),
      leftUsd: Math.max(0, leftUsd),
    };
  }
  const ownSpent = limits.some((l) => l.kind === "cloudUsd" && l.remaining <= 0);
  if (!policy.cloudAllowed) allowance.cloud = { allowed: false, reason: "not permitted" };
  else if (ownSpent && inputs.creditUsd <= 0) allowance.cloud = { allowed: false, reason: "over budget" };
  else if (
    allowance.pool && allowance.pool.leftUsd <= 0 && allowance.pool.creditUsd + inputs.creditUsd <= 0
  ) allowance.cloud = { allowed: false, reason: "over the family pool" };
  return allowance;
}

/** The first request or token limit that is used up (the edge answers 429 for it), if any. */
export function findExhausted(allowance: Allowance): LimitUse | undefined {
  return allowance.limits.find((l) => l.kind !== "cloudUsd" && l.remaining <= 0);
}

/**
 * How much of a cloud charge falls beyond what the member may still spend from their own budgets and the
 * pool (it is drawn from prepaid credit).
 */
export function toCreditCharge(allowance: Allowance, usd: number): number {
  let left = Infinity;
  for (const l of allowance.limits) if (l.kind === "cloudUsd") left = Math.min(left, l.remaining);
  if (allowance.pool) left = Math.min(left, allowance.pool.leftUsd);
  return Math.max(0, usd - left);
}

/** The limit of `kind` closest to running out (least remaining, then soonest reset), for the headers. */
export function findTightest(allowance: Allowance, kind: LimitUse["kind"]): LimitUse | undefined {
  let tightest: LimitUse | undefined;
  for (const l of allowance.limits) {
    if (l.kind !== kind) continue;
    if (
      !tightest || l.remaining < tightest.remaining ||
      (l.remaining === tightest.remaining && l.resetSeconds < tightest.resetSeconds)
    ) tightest = l;
  }
  return tightest;
}
