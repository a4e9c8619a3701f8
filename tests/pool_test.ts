/** The family pool through the real server: shared by two members, prepaid top-ups, the alert share. */
import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import { topUpBudget } from "../src/cli/top_up_budget.ts";
import type { Stats } from "../src/stats/build_stats.ts";
import type { MeDocument } from "../src/users/describe_me.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const KEYS = { ann: "ann-key-1", ben: "ben-key-2", ivy: "ivy-key-3" };
const SECRETS = { ANN_KEY: KEYS.ann, BEN_KEY: KEYS.ben, IVY_KEY: KEYS.ivy };

/** One cloud answer from the simulator costs a little over $0.01 at these prices: the pool holds less. */
const POOL_YAML = `
users:
  timezone: Europe/Berlin
  pool: { monthlyCloudUsd: 0.005, members: [ann, ben] }
  members:
    ann: { key: ANN_KEY }
    ben: { key: BEN_KEY }
    ivy: { key: IVY_KEY }
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`;
const BERLIN_NOON = Date.parse("2026-03-10T11:00:00Z");
/** The simulated classifier labels this COMPLEX (keyword "prove"). */
const HARD = "Prove that there are infinitely many primes";

function clientFor(router: TestRouter, apiKey: string): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0 });
}

async function askHard(client: OpenAI) {
  return await client.chat.completions
    .create({ model: "ai-router", messages: [{ role: "user", content: HARD }] })
    .withResponse();
}

async function readText(router: TestRouter, path: string): Promise<string> {
  return await (await fetch(`${router.baseUrl}${path}`)).text();
}

Deno.test("pool: two members share it; once spent their cloud questions stay local with a note, others are untouched", async () => {
  await using router = await startTestRouter({
    extraYaml: POOL_YAML,
    secrets: SECRETS,
    clock: createManualClock(BERLIN_NOON),
  });
  const ann = clientFor(router, KEYS.ann);
  const ben = clientFor(router, KEYS.ben);
  equal((await askHard(ann)).response.headers.get("x-ai-router-backend"), "cloud");
  const kept = await askHard(ben);
  equal(kept.response.headers.get("x-ai-router-backend"), "primary", "ann spent the pool ben shares");
  match(
    kept.data.choices[0]?.message.content ?? "",
    /^_Answered by primary because cloud is over the family pool\._/,
  );
  equal(
    (await askHard(clientFor(router, KEYS.ivy))).response.headers.get("x-ai-router-backend"),
    "cloud",
    "ivy does not draw on the pool",
  );
  const me = await ben.get<MeDocument>("/me");
  equal(me.cloud.allowed, false);
  equal(me.cloud.reason, "over the family pool");
  ok((me.pool?.spent_usd ?? 0) > 0.005);
  equal(me.pool?.your_spent_usd, 0);
  equal(router.upstreams.cloud.requests.length, 2);
});

Deno.test("pool: a prepaid top-up in the state file reopens the cloud, is drawn down, and shows on the status page", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/state.json`;
  await using router = await startTestRouter({
    extraYaml: POOL_YAML,
    secrets: SECRETS,
    clock: createManualClock(BERLIN_NOON),
    stateFile,
  });
  const ann = clientFor(router, KEYS.ann);
  const ben = clientFor(router, KEYS.ben);
  await askHard(ann);
  await router.users.save();
  equal((await askHard(ben)).response.headers.get("x-ai-router-backend"), "primary");
  // What `ai-router budget top-up 1.00` does, while the router runs; it picks it up at its next save.
  await topUpBudget(stateFile, { amountUsd: 1, at: new Date(BERLIN_NOON) });
  await router.users.save();
  equal(router.users.credit.balance(), 1);
  equal((await askHard(ben)).response.headers.get("x-ai-router-backend"), "cloud", "the top-up reopens it");
  const left = router.users.credit.balance();
  const benSpent = router.users.ledger.monthUsage("ben", router.clock.now()).cloudUsd;
  ok(benSpent > 0);
  ok(Math.abs(left - (1 - benSpent)) < 1e-9, `ben's whole answer was drawn from the prepaid money: ${left}`);
  await router.users.save();
  const saved = JSON.parse(await Deno.readTextFile(stateFile));
  equal(saved.version, 2);
  equal(saved.credit.topUps.length, 1, "the router kept the command's top-up when it wrote the file");
  const stats: Stats = JSON.parse(await readText(router, "/stats"));
  equal(stats.pool?.topUps[0]?.amountUsd, 1);
  ok((stats.pool?.prepaidUsd ?? 0) < 1);
  const page = await readText(router, "/");
  match(page, /<section id="pool"><h2>Family pool<\/h2>/);
  match(page, /2026-03-10 · \$1\.00 for the family pool/);
  match(page, /The family pool has used all of this month(&#39;|')s \$0\.0050 \(\$0\.\d+ prepaid left\)/);
  match(page, /<a href="\/me">/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("pool: at the alert share (80 % by default) a limit shows on the status page and in metrics", async () => {
  const clock = createManualClock(BERLIN_NOON);
  await using router = await startTestRouter({
    extraYaml: POOL_YAML.replace(
      "ivy: { key: IVY_KEY }",
      "ivy: { key: IVY_KEY, limits: { requestsPerDay: 5 } }",
    ),
    secrets: SECRETS,
    clock,
  });
  const ivy = clientFor(router, KEYS.ivy);
  for (let i = 0; i < 3; i++) await askHard(ivy);
  const quiet = await readText(router, "/");
  ok(!quiet.includes("ivy has used"), "60 % is below the alert share");
  await askHard(ivy);
  const page = await readText(router, "/");
  match(page, /ivy has used 80 % of today&#39;s requests|ivy has used 80 % of today's requests/);
  const metrics = await readText(router, "/metrics");
  match(metrics, /^ai_router_allowance_used_ratio\{user="ivy",limit="requests_per_day"\} 0\.8$/m);
  match(metrics, /^ai_router_allowance_alert_ratio 0\.8$/m);
  match(metrics, /^ai_router_pool_used_ratio 0$/m);
  await askHard(clientFor(router, KEYS.ann));
  match(await readText(router, "/metrics"), /^ai_router_pool_used_ratio [1-9]/m);
});
