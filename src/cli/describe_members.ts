import type { Config } from "../config/config_schema.ts";
import type { MemberConfig } from "../config/users_schema.ts";

/**
 * The `Members:` part of `ai-router check`: each member with how they prove who they are, their limits and
 * policies, so a reader sees what a typo would otherwise have hidden (a member missing, a limit off).
 */
export function describeMembers(config: Config): string {
  const members = Object.entries(config.users.members);
  if (members.length === 0) {
    return "Members: none (no keys: the router listens on loopback only unless server.allowOpenWithoutKeys)";
  }
  const lines = ["Members:"];
  for (const [name, member] of members) {
    lines.push(`  ${name}: ${describeIdentity(member)}`);
    lines.push(`    limits: ${describeLimits(member)}`);
    const models = member.allowedModels.includes("*") ? "all models" : member.allowedModels.join(", ");
    lines.push(`    cloud ${member.cloudAllowed ? "allowed" : "not allowed"}, ${models}`);
  }
  const { timezone } = config.users;
  lines.push(`  Days end at midnight ${timezone ?? "in the box's local time"}`);
  return lines.join("\n");
}

function describeIdentity(member: MemberConfig): string {
  const ways = [];
  if (member.key?.startsWith("sha256:")) ways.push("key hash");
  else if (member.key) ways.push(`key from ${member.key}`);
  if (member.forwardedIds.length > 0) ways.push(`Open WebUI user ${member.forwardedIds.join(", ")}`);
  if (member.trustForwardedUsers) ways.push("trusted to forward Open WebUI users");
  return ways.length > 0 ? ways.join(", ") : "no key (reachable only as a forwarded Open WebUI user)";
}

function describeLimits(member: MemberConfig): string {
  const { requestsPerMinute, tokensPerDay, cloudSpendPerDayUsd } = member.limits;
  const limits = [
    requestsPerMinute === undefined ? "" : `${requestsPerMinute} requests/minute`,
    tokensPerDay === undefined ? "" : `${tokensPerDay} tokens/day`,
    cloudSpendPerDayUsd === undefined ? "" : `$${cloudSpendPerDayUsd} cloud/day`,
  ].filter(Boolean);
  return limits.length > 0 ? limits.join(", ") : "none";
}
