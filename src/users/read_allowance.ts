import type { UsersConfig } from "../config/users_schema.ts";
import { type Allowance, describeAllowance, type MemberPolicy } from "./allowance.ts";
import { resolvePolicy } from "./member_policy.ts";
import type { PrepaidCredit } from "./prepaid_credit.ts";
import type { UsageLedger } from "./usage_ledger.ts";

/** What {@linkcode readAllowance} reads: the config, the counters, the credit and who forwarded whom. */
export interface AllowanceSources {
  config: UsersConfig;
  ledger: UsageLedger;
  credit: PrepaidCredit;
  /** The service member a pseudonym came through, when known. */
  viaOf(name: string): string | undefined;
}

/** The whole pool's cloud draw this month: every member and forwarded user that draws on it. */
export function sumPoolSpend(sources: AllowanceSources, now: number): number {
  let spent = 0;
  for (const name of sources.ledger.namesThisMonth(now)) {
    if (resolvePolicy(sources.config, name, { via: sources.viaOf(name) })?.inPool) {
      spent += sources.ledger.monthUsage(name, now).cloudUsd;
    }
  }
  return spent;
}

/** A member's (or pseudonym's) allowance now, or undefined for a name without a policy. */
export function readAllowance(
  sources: AllowanceSources,
  id: string,
  options: { now: number; policy?: MemberPolicy | undefined },
): Allowance | undefined {
  const { config, ledger, credit } = sources;
  const policy = options.policy ?? resolvePolicy(config, id, { via: sources.viaOf(id) });
  if (!policy) return undefined;
  const { now } = options;
  const month = ledger.monthUsage(id, now);
  return describeAllowance(policy, {
    day: ledger.usage(id, now),
    month,
    minute: ledger.minute(id, now),
    dayResetSeconds: ledger.secondsUntilReset(now),
    monthResetSeconds: ledger.secondsUntilMonthReset(now),
    ...(config.pool
      ? {
        pool: {
          monthlyUsd: config.pool.monthlyCloudUsd,
          spentUsd: sumPoolSpend(sources, now),
          memberSpentUsd: month.cloudUsd,
          creditUsd: credit.balance(),
        },
      }
      : {}),
    creditUsd: credit.balance(id),
  });
}
