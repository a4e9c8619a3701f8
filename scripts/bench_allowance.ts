/**
 * `deno run -A scripts/bench_allowance.ts [requests]`: time per request of the edge's allowance work (read
 * the member's allowance, count the request, read it again for the headers) with six members that have
 * every day and month limit and twenty forwarded users drawing on one pool, on a manual clock that moves a
 * minute every thousand requests.
 */
import { Registry } from "prom-client";
import { parseConfig } from "../src/config/load_config.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createManualClock } from "../src/manual_clock.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { Users } from "../src/users/users.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const requests = Number(Deno.args[0] ?? 200_000);
const LIMITS = "{ requestsPerMinute: 1000000, requestsPerDay: 1000000, requestsPerMonth: 1000000, " +
  "tokensPerDay: 100000000, tokensPerMonth: 100000000, cloudSpendPerDayUsd: 100, cloudSpendPerMonthUsd: 1000 }";
const members = Array.from({ length: 6 }, (_, i) => `    m${i}: { key: K${i}, limits: ${LIMITS} }`).join(
  "\n",
);
const config = parseConfig(
  `backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: m }\nusers:\n  pool: { monthlyCloudUsd: 100 }\n` +
    `  members:\n${members}\n    owui: { key: OW, trustForwardedUsers: true }\n`,
  "bench.yaml",
);
const clock = createManualClock(Date.parse("2026-03-10T11:00:00Z"));
const users = Users.openInMemory({
  getConfig: () => config,
  getSecret: () => "x",
  logger: createSilentLogger(),
  metrics: createMetrics(new Registry()),
  clock,
});
for (let i = 0; i < 20; i++) {
  users.ledger.add(users.forwardedName(`user-${i}`, "owui"), 10, 0.01, clock.now());
}
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    users.allowance("m1");
    users.ledger.countRequest("m1", clock.now());
    users.allowance("m1");
    if (i % 1000 === 0) clock.advance(61_000);
  }
  print(`round ${round + 1}: ${((performance.now() - started) * 1000 / requests).toFixed(2)} µs per request`);
}
