import type { Config } from "../config/config_schema.ts";
import type { Stats } from "../stats/build_stats.ts";
import { describeRoles, formatUsd } from "./plain_words.ts";

/** Something a person should know about, and what to do about it. */
export interface Problem {
  /** `down`: something does not work; `warning`: it works, but look soon. */
  severity: "down" | "warning";
  what: string;
  todo: string;
}

function listServiceProblems(stats: Stats, config: Config): Problem[] {
  const problems: Problem[] = [];
  for (const service of stats.services) {
    const does = describeRoles(service.roles);
    const name = service.label;
    if (service.state === "down" && service.expectedUp) {
      problems.push({
        severity: "down",
        what: `${name} (${does}) is not answering: ${service.problem ?? "no answer"}`,
        todo: stats.supervision.enabled
          ? `Look at its container: docker logs ${service.name}; the router restarts it on its own`
          : `Start the ${service.name} server at ${config.backends[service.name]?.urls[0] ?? "its URL"}`,
      });
    }
    if (service.state === "not set up") {
      const variable = config.backends[service.name]?.apiKeyEnv ?? "its key";
      problems.push({
        severity: "warning",
        what: `${name} (${does}) has no API key, so its questions are answered locally`,
        todo: `Put ${variable}=… in /etc/ai-router/.secrets, then: systemctl reload ai-router`,
      });
    }
  }
  return problems;
}

const KIND_WORDS = { requests: "requests", tokens: "tokens", cloudUsd: "cloud budget" } as const;
const CONFIG_KEYS = {
  requests: "requestsPer",
  tokens: "tokensPer",
  cloudUsd: "cloudSpendPer",
} as const;

/**
 * Every member (and forwarded user) at or past `alertShare` of a day or month limit: used up ("all of
 * today's tokens") or near it ("85 % of this month's cloud budget"), and what it means for them.
 */
function listMemberProblems(stats: Stats): Problem[] {
  const problems: Problem[] = [];
  for (const [name, member] of Object.entries(stats.today)) {
    for (const limit of member.allowance) {
      if (limit.share < stats.alertShare || (limit.kind === "cloudUsd" && !member.cloudAllowed)) continue;
      const full = limit.share >= 1;
      const period = limit.period === "day" ? "today's" : "this month's";
      const until = limit.period === "day" ? "midnight" : "the 1st";
      const key = `${CONFIG_KEYS[limit.kind]}${limit.period === "day" ? "Day" : "Month"}${
        limit.kind === "cloudUsd" ? "Usd" : ""
      }`;
      const amount = limit.kind === "cloudUsd" ? ` (${formatUsd(limit.limit)})` : "";
      problems.push({
        severity: "warning",
        what: `${name} has used ${full ? "all" : `${Math.round(limit.share * 100)} %`} of ${period} ${
          KIND_WORDS[limit.kind]
        }${amount}`,
        todo: !full
          ? limit.kind === "cloudUsd"
            ? "Nothing yet: once it is used up, their questions stay on the box"
            : "Nothing yet"
          : limit.kind === "cloudUsd"
          ? `Their questions stay on the box until ${until}; raise ${key} to allow more`
          : `They get 'too many requests' until ${until}; raise ${key} to allow more`,
      });
    }
  }
  const { pool } = stats;
  if (pool && pool.monthlyUsd > 0 && pool.spentUsd >= stats.alertShare * pool.monthlyUsd) {
    const full = pool.spentUsd >= pool.monthlyUsd;
    problems.push({
      severity: "warning",
      what: `The family pool has used ${
        full ? "all" : `${Math.round((pool.spentUsd / pool.monthlyUsd) * 100)} %`
      } of this month's ${formatUsd(pool.monthlyUsd)}${
        pool.prepaidUsd > 0 ? ` (${formatUsd(pool.prepaidUsd)} prepaid left)` : ""
      }`,
      todo: full && pool.prepaidUsd <= 0
        ? "Cloud questions stay on the box until the 1st; ai-router budget top-up 5.00 adds prepaid money"
        : "Nothing yet: ai-router budget top-up 5.00 adds prepaid money",
    });
  }
  return problems;
}

function listOtherProblems(stats: Stats): Problem[] {
  const problems: Problem[] = [];
  const { requests, errors } = stats.lastHour;
  if (errors > 0) {
    problems.push({
      severity: errors * 10 >= requests ? "down" : "warning",
      what: `${errors} of ${requests} requests failed in the last hour`,
      todo: "See Recent problems below for what failed",
    });
  }
  const refused = stats.lastHour.refused;
  if (refused > 0) {
    problems.push({
      severity: "warning",
      what: `${refused} request${refused === 1 ? " was" : "s were"} refused in the last hour`,
      todo: "See Recent problems below: a wrong key or model name in an app, or a member at a limit",
    });
  }
  const { supervision } = stats;
  if (supervision.configured && !supervision.enabled) {
    problems.push({
      severity: "down",
      what: `The router cannot manage the model containers: ${supervision.reason ?? "supervision is off"}`,
      todo:
        "Give the service the Docker socket: sudo usermod -aG docker ai-router && sudo systemctl restart ai-router",
    });
  }
  for (const [name, engine] of Object.entries(supervision.engines ?? {})) {
    if (engine.reachable) continue;
    problems.push({
      severity: "down",
      what: `The ${name} box does not answer, so its models (${
        engine.containers.join(", ") || "none"
      }) are down: ${engine.problem ?? "no reason given"}`,
      todo: `Check that ${name} is on and its Docker engine listens (ai-router doctor says more); ` +
        "their fallbacks answer meanwhile",
    });
  }
  for (const [name, container] of Object.entries(supervision.containers)) {
    if (container.state === "backoff" || container.state === "refused" || container.state === "unhealthy") {
      problems.push({
        severity: "down",
        what: `Container ${name} is ${container.state}: ${container.lastError ?? "no reason given"}`,
        todo: `Look at docker logs for ${name} and curl localhost:8080/health/deep`,
      });
    }
  }
  return problems;
}

/** Everything on the page's first lines, most serious first; empty means "All good". */
export function listProblems(stats: Stats, config: Config): Problem[] {
  const problems = [
    ...listServiceProblems(stats, config),
    ...listOtherProblems(stats),
    ...listMemberProblems(stats),
  ];
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "down" ? -1 : 1));
}
