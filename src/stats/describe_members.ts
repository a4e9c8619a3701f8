import type { RouterState } from "../router_state.ts";
import type { LimitUse } from "../users/allowance.ts";
import type { TopUp } from "../users/prepaid_credit.ts";
import type { Users } from "../users/users.ts";
import type { MemberConfig } from "../config/users_schema.ts";

/** One configured day or month limit and the share of it used. */
export interface AllowanceBrief {
  kind: LimitUse["kind"];
  period: "day" | "month";
  limit: number;
  used: number;
  /** used / limit (1 when the limit is 0). */
  share: number;
}

/** One member's (or forwarded user's) day and month: use against their limits. */
export interface MemberToday {
  requestsLastDay: number;
  tokensToday: number;
  cloudUsdToday: number;
  month: { requests: number; tokens: number; cloudUsd: number };
  limits: MemberConfig["limits"];
  /** Every day and month limit with its use, for the warnings at `alertShare`. */
  allowance: AllowanceBrief[];
  cloudAllowed: boolean;
  /** True for an Open WebUI user no member lists: the name is a pseudonym. */
  forwarded: boolean;
  /** Realtime voice: sessions open now and seconds of speech heard today (soft limit, in memory). */
  voice: { openSessions: number; secondsToday: number };
}

/** The family pool on the status page: this month's use, prepaid money left and the top-ups. */
export interface PoolBrief {
  monthlyUsd: number;
  spentUsd: number;
  prepaidUsd: number;
  /** The latest top-ups, newest first. */
  topUps: TopUp[];
}

const TOP_UPS_SHOWN = 10;

function round(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

/** Each member and each forwarded user seen this month, with their day, month and allowance. */
export function describeMembers(
  { state, users }: { state: RouterState; users: Users },
  requestsByUser: Map<string, number>,
): Record<string, MemberToday> {
  const now = users.now();
  const { members } = state.config.users;
  const voice = new Map(users.voice.snapshot(now).map((use) => [use.member, use]));
  const names = new Set([...Object.keys(members), ...users.ledger.namesThisMonth(now), ...voice.keys()]);
  const entries: Array<[string, MemberToday]> = [];
  for (const name of names) {
    const policy = users.policy(name);
    const allowance = users.allowance(name);
    const usage = users.ledger.usage(name, now);
    const month = users.ledger.monthUsage(name, now);
    entries.push([name, {
      requestsLastDay: requestsByUser.get(name) ?? 0,
      tokensToday: usage.tokens,
      cloudUsdToday: round(usage.cloudUsd),
      month: { requests: month.requests, tokens: month.tokens, cloudUsd: round(month.cloudUsd) },
      limits: policy?.limits ?? {},
      allowance: (allowance?.limits ?? []).flatMap((l) =>
        l.period === "minute" ? [] : [{
          kind: l.kind,
          period: l.period,
          limit: l.limit,
          used: l.kind === "cloudUsd" ? round(l.used) : l.used,
          share: l.limit > 0 ? l.used / l.limit : 1,
        }]
      ),
      cloudAllowed: policy?.cloudAllowed ?? true,
      forwarded: !(name in members),
      voice: {
        openSessions: voice.get(name)?.openSessions ?? 0,
        secondsToday: Math.round(voice.get(name)?.secondsToday ?? 0),
      },
    }]);
  }
  return Object.fromEntries(entries);
}

/** The pool as the status page shows it, or null without `users.pool`. */
export function describePool({ state, users }: { state: RouterState; users: Users }): PoolBrief | null {
  const pool = state.config.users.pool;
  if (!pool) return null;
  const now = users.now();
  let spentUsd = 0;
  for (const name of users.ledger.namesThisMonth(now)) {
    if (users.policy(name)?.inPool) spentUsd += users.ledger.monthUsage(name, now).cloudUsd;
  }
  return {
    monthlyUsd: pool.monthlyCloudUsd,
    spentUsd: round(spentUsd),
    prepaidUsd: round(users.credit.balance()),
    topUps: users.credit.history().slice(-TOP_UPS_SHOWN).reverse(),
  };
}
