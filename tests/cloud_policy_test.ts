import { equal, match } from "node:assert/strict";
import OpenAI from "openai";
import { buildRouterState } from "../src/build_router_state.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const KEYS = { kid: "kid-key-3", carol: "carol-key-4" };

/** Members as tests/users_test.ts builds them: kid never uses the cloud, carol has a tiny daily budget. */
const USERS_YAML = `
users:
  members:
    kid:
      key: KID_KEY
      cloudAllowed: false
    carol:
      key: CAROL_KEY
      limits: { cloudSpendPerDayUsd: 0.001 }
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`;
const SECRETS = { KID_KEY: KEYS.kid, CAROL_KEY: KEYS.carol };
/** The simulated classifier labels this COMPLEX (keyword "prove"). */
const HARD = "Prove that there are infinitely many primes";

function clientFor(router: TestRouter, apiKey: string): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0 });
}

async function askHard(client: OpenAI) {
  return await client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
  })
    .withResponse();
}

async function scrape(router: TestRouter): Promise<string> {
  return await (await fetch(`${router.baseUrl}/metrics`, {
    headers: { authorization: `Bearer ${KEYS.kid}` },
  }))
    .text();
}

Deno.test("user-policy: a member without cloud permission gets a COMPLEX question answered locally with a note", async () => {
  await using router = await startTestRouter({ extraYaml: USERS_YAML, secrets: SECRETS });
  const { data, response } = await askHard(clientFor(router, KEYS.kid));
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(
    data.choices[0]?.message.content ?? "",
    /^_Answered by primary because cloud is not permitted\._\n\n/,
  );
  match(data.choices[0]?.message.content ?? "", /sim-primary/);
  equal(router.upstreams.cloud.requests.length, 0);
  const [entry] = router.sessions;
  equal(entry?.user, "kid");
  equal(entry?.route, "COMPLEX");
  equal(entry?.rule, "user-policy");
  const metrics = await scrape(router);
  match(metrics, /^ai_router_rule_decisions_total\{rule="user-policy"\} 1$/m);
  match(metrics, /^ai_router_fallbacks_total\{from="cloud",to="primary",reason="not permitted"\} 1$/m);
});

Deno.test("user-policy: once over her cloud budget a member's COMPLEX question is answered locally with a note", async () => {
  await using router = await startTestRouter({ extraYaml: USERS_YAML, secrets: SECRETS });
  const carol = clientFor(router, KEYS.carol);
  const first = await askHard(carol);
  equal(first.response.headers.get("x-ai-router-backend"), "cloud", "within budget the cloud answers");
  const { data, response } = await askHard(carol);
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(data.choices[0]?.message.content ?? "", /^_Answered by primary because cloud is over budget\._\n\n/);
  equal(router.upstreams.cloud.requests.length, 1);
  equal(router.sessions[1]?.rule, "user-policy");
  match(await scrape(router), /^ai_router_limit_rejections_total\{user="carol",limit="cloud_budget"\} 1$/m);
});

Deno.test("a cloud backend whose key is missing is unconfigured: COMPLEX is answered locally with a note, 200", async () => {
  await using router = await startTestRouter();
  // The same config, loaded (as on SIGHUP) with no secret at all: the cloud's TEST_CLOUD_KEY is missing.
  router.state.replace(
    await buildRouterState(router.config, { configSource: "test.yaml", getSecret: () => undefined }),
  );
  const { data, response } = await askHard(router.client);
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  match(
    data.choices[0]?.message.content ?? "",
    /^_Answered by primary because cloud is not configured\._\n\n/,
  );
  equal(router.upstreams.cloud.requests.length, 0, "no request without a key");
  equal(router.sessions[0]?.rule, null, "the classifier decided; only the backend was missing");
});

Deno.test("a streamed answer kept local by policy starts with the note chunk", async () => {
  await using router = await startTestRouter({ extraYaml: USERS_YAML, secrets: SECRETS });
  const stream = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
  match(text, /^_Answered by primary because cloud is not permitted\._\n\n/);
  match(text, /sim-primary/);
});
