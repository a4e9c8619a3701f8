import type { UsersConfig } from "../config/users_schema.ts";
import type { MemberPolicy } from "./allowance.ts";

/** Whether a member's cloud use draws on the pool: listed in `pool.members`, or every member when unset. */
function drawsOnPool(users: UsersConfig, name: string): boolean {
  if (!users.pool) return false;
  return users.pool.members === undefined || users.pool.members.includes(name);
}

/**
 * The policy of `id`: a member's own, or for a forwarded user under a pseudonym (`via` names the Open WebUI
 * service member) `users.forwardedDefault`, else the service member's limits and permissions. A forwarded
 * user draws on the pool when its service member does. Undefined for a name the config does not know.
 */
export function resolvePolicy(
  users: UsersConfig,
  id: string,
  { via }: { via?: string | undefined } = {},
): MemberPolicy | undefined {
  const member = users.members[id];
  if (member) {
    return {
      limits: member.limits,
      cloudAllowed: member.cloudAllowed,
      allowedModels: member.allowedModels,
      inPool: drawsOnPool(users, id),
      poolShareUsd: users.pool?.shares[id],
    };
  }
  if (via === undefined) return undefined;
  const service = users.members[via];
  if (!service) return undefined;
  const fallback = users.forwardedDefault ?? service;
  return {
    limits: fallback.limits,
    cloudAllowed: fallback.cloudAllowed,
    allowedModels: fallback.allowedModels,
    inPool: drawsOnPool(users, via),
    poolShareUsd: users.forwardedDefault?.poolShareUsd,
  };
}
