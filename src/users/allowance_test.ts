import { deepEqual, equal } from "node:assert/strict";
import {
  type AllowanceInputs,
  describeAllowance,
  findTightest,
  type MemberPolicy,
  toCreditCharge,
} from "./allowance.ts";

function randomInputs(overrides: Partial<AllowanceInputs> = {}): AllowanceInputs {
  const zero = { requests: 0, tokens: 0, cloudUsd: 0 };
  return {
    day: zero,
    month: zero,
    minute: { count: 0, resetSeconds: 0 },
    dayResetSeconds: 3600,
    monthResetSeconds: 86_400,
    creditUsd: 0,
    ...overrides,
  };
}

const POLICY: MemberPolicy = { limits: {}, cloudAllowed: true, allowedModels: ["*"], inPool: true };

Deno.test("describeAllowance() closes the cloud when the pool is spent, unless prepaid money is left", () => {
  const pool = { monthlyUsd: 2, spentUsd: 2.5, memberSpentUsd: 0.1, creditUsd: 0 };
  const spent = describeAllowance(POLICY, randomInputs({ pool }));
  deepEqual(spent.cloud, { allowed: false, reason: "over the family pool" });
  equal(describeAllowance(POLICY, randomInputs({ pool: { ...pool, creditUsd: 1 } })).cloud.allowed, true);
  equal(describeAllowance(POLICY, randomInputs({ pool, creditUsd: 0.5 })).cloud.allowed, true, "own credit");
  equal(describeAllowance({ ...POLICY, inPool: false }, randomInputs({ pool })).cloud.allowed, true);
});

Deno.test("describeAllowance() caps a member's pool draw at their share", () => {
  const pool = { monthlyUsd: 10, spentUsd: 3, memberSpentUsd: 1.5, creditUsd: 0 };
  const capped = describeAllowance({ ...POLICY, poolShareUsd: 2 }, randomInputs({ pool }));
  equal(capped.pool?.leftUsd, 0.5);
  const over = describeAllowance({ ...POLICY, poolShareUsd: 1 }, randomInputs({ pool }));
  deepEqual(over.cloud, { allowed: false, reason: "over the family pool" });
});

Deno.test("toCreditCharge() draws only the part of a charge beyond the budgets and the pool", () => {
  const policy = { ...POLICY, limits: { cloudSpendPerMonthUsd: 1 } };
  const pool = { monthlyUsd: 5, spentUsd: 4.8, memberSpentUsd: 0.9, creditUsd: 3 };
  const allowance = describeAllowance(
    policy,
    randomInputs({ month: { requests: 0, tokens: 0, cloudUsd: 0.9 }, pool }),
  );
  equal(Math.round(toCreditCharge(allowance, 0.25) * 100) / 100, 0.15, "0.10 left of the member's month");
  equal(toCreditCharge(allowance, 0.05), 0);
});

Deno.test("findTightest() picks the limit with the least left, then the soonest reset", () => {
  const policy = {
    ...POLICY,
    limits: { requestsPerMinute: 10, requestsPerDay: 100, requestsPerMonth: 1000 },
  };
  const allowance = describeAllowance(
    policy,
    randomInputs({ minute: { count: 2, resetSeconds: 30 }, day: { requests: 95, tokens: 0, cloudUsd: 0 } }),
  );
  equal(findTightest(allowance, "requests")?.period, "day");
  equal(findTightest(allowance, "tokens"), undefined);
});
