import { deepEqual, equal, match, notEqual, ok, rejects } from "node:assert/strict";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import OpenAI from "openai";
import type { Clock } from "../src/clock.ts";
import { createLogger } from "../src/logger.ts";
import { createManualClock } from "../src/manual_clock.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const KEYS = {
  alice: "alice-key-1",
  bob: "bob-key-2",
  kid: "kid-key-3",
  carol: "carol-key-4",
  owui: "owui-key-5",
};

const USERS_YAML = `
users:
  members:
    alice:
      key: "${toKeyHash(KEYS.alice)}"
      limits: { requestsPerMinute: 3 }
    bob:
      key: BOB_KEY
      limits: { tokensPerDay: 20 }
    kid:
      key: KID_KEY
      cloudAllowed: false
      allowedModels: [ai-router, cloud]
    carol:
      key: CAROL_KEY
      limits: { cloudSpendPerDayUsd: 0.001 }
    openwebui:
      key: OWUI_KEY
      trustForwardedUsers: true
    dave:
      forwardedIds: [dave@example.com]
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 1000 }
`;
const SECRETS = { BOB_KEY: KEYS.bob, KID_KEY: KEYS.kid, CAROL_KEY: KEYS.carol, OWUI_KEY: KEYS.owui };

function clientFor(
  router: TestRouter,
  apiKey: string,
  { headers = {} }: { headers?: Record<string, string> } = {},
): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0, defaultHeaders: headers });
}

async function ask(client: OpenAI, model = "ai-router") {
  return await client.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] })
    .withResponse();
}

/** Noon on an ordinary local day (no zone changes its clocks near it): far from any midnight. */
const LOCAL_NOON = new Date(2026, 2, 10, 12, 0, 0).getTime();

function startFamilyRouter(options: { clock?: Clock; stateFile?: string; logs?: string[] } = {}) {
  return startTestRouter({
    extraYaml: USERS_YAML,
    secrets: SECRETS,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.stateFile ? { stateFile: options.stateFile } : {}),
    ...(options.logs ? { logger: createLogger({ write: (line) => options.logs?.push(line) }) } : {}),
  });
}

Deno.test("auth: a valid key answers, a missing or wrong key gets 401 invalid_api_key", async () => {
  await using router = await startFamilyRouter();
  const { response } = await ask(clientFor(router, KEYS.alice));
  equal(response.status, 200);
  for (const key of ["wrong-key", KEYS.alice + "x"]) {
    await rejects(ask(clientFor(router, key)), (error: unknown) => {
      ok(error instanceof OpenAI.AuthenticationError);
      equal(error.code, "invalid_api_key");
      equal(error.type, "invalid_request_error");
      ok(error.requestID);
      return true;
    });
  }
  const missing = await fetch(`${router.baseUrl}/v1/models`);
  equal(missing.status, 401);
  equal((await missing.json()).error.code, "invalid_api_key");
  equal(router.upstreams.primary.requests.length, 1);
});

Deno.test("auth: health, metrics, stats, the status page and audio discovery need no key", async () => {
  await using router = await startFamilyRouter();
  for (const path of ["/health", "/metrics", "/stats", "/", "/v1/audio/voices", "/v1/audio/models"]) {
    const response = await fetch(`${router.baseUrl}${path}`);
    await response.body?.cancel();
    notEqual(response.status, 401, path);
  }
  const preflight = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "OPTIONS",
    headers: { origin: "http://ui.test", "access-control-request-method": "POST" },
  });
  await preflight.body?.cancel();
  equal(preflight.status, 204);
});

Deno.test("limits: requests per minute answer 429 with Retry-After until the minute passes", async () => {
  const clock = createManualClock(LOCAL_NOON);
  await using router = await startFamilyRouter({ clock });
  const alice = clientFor(router, KEYS.alice);
  for (let i = 0; i < 3; i++) await ask(alice);
  clock.advance(10_000);
  await rejects(ask(alice), (error: unknown) => {
    ok(error instanceof OpenAI.RateLimitError);
    equal(error.code, "rate_limit_exceeded");
    equal(error.headers?.get("retry-after"), "50");
    return true;
  });
  clock.advance(51_000);
  equal((await ask(alice)).response.status, 200);
});

Deno.test("limits: tokens per day answer 429 until local midnight, then reset", async () => {
  const clock = createManualClock(new Date(2026, 2, 10, 23, 0, 0).getTime());
  await using router = await startFamilyRouter({ clock });
  const bob = clientFor(router, KEYS.bob);
  await ask(bob);
  ok(router.users.ledger.usage("bob", clock.now()).tokens >= 20);
  await rejects(ask(bob), (error: unknown) => {
    ok(error instanceof OpenAI.RateLimitError);
    equal(error.headers?.get("retry-after"), "3600");
    return true;
  });
  clock.advance(3_601_000);
  equal((await ask(bob)).response.status, 200);
});

Deno.test("budgets: over the cloud budget or without permission the cloud alias stays local", async () => {
  await using router = await startFamilyRouter({ clock: createManualClock(LOCAL_NOON) });
  const carol = clientFor(router, KEYS.carol);
  equal((await ask(carol, "cloud")).response.headers.get("x-ai-router-backend"), "cloud");
  ok(router.users.ledger.usage("carol", router.clock.now()).cloudUsd > 0.001);
  equal((await ask(carol, "cloud")).response.headers.get("x-ai-router-backend"), "primary");
  equal(
    (await ask(clientFor(router, KEYS.kid), "cloud")).response.headers.get("x-ai-router-backend"),
    "primary",
  );
  equal(router.upstreams.cloud.requests.length, 1);
});

Deno.test("limits: a model outside allowedModels is refused with 403", async () => {
  await using router = await startFamilyRouter();
  await rejects(ask(clientFor(router, KEYS.kid), "local"), (error: unknown) => {
    ok(error instanceof OpenAI.PermissionDeniedError);
    equal(error.code, "model_not_allowed");
    equal(error.param, "model");
    return true;
  });
  equal(router.upstreams.primary.requests.length, 0);
  const listed = (await clientFor(router, KEYS.kid).models.list()).data.map((model) => model.id);
  deepEqual(listed, ["ai-router", "cloud"], "/v1/models shows only the allowed models");
});

Deno.test("auth: Open WebUI user headers name the member only on the service key", async () => {
  await using router = await startFamilyRouter();
  const headers = { "X-OpenWebUI-User-Email": "dave@example.com", "X-OpenWebUI-User-Name": "Dave" };
  await ask(clientFor(router, KEYS.owui, { headers: headers }));
  await ask(clientFor(router, KEYS.alice, { headers: headers }));
  await ask(clientFor(router, KEYS.owui, { headers: { "X-OpenWebUI-User-Email": "stranger@example.com" } }));
  const now = router.clock.now();
  ok(router.users.ledger.usage("dave", now).tokens > 0, "trusted: attributed to dave");
  ok(router.users.ledger.usage("alice", now).tokens > 0, "not trusted: attributed to the key owner");
  equal(
    router.users.ledger.usage("openwebui", now).tokens,
    0,
    "an unknown forwarded user is not the service",
  );
  const guest = router.sessions.at(-1)?.user ?? "";
  match(guest, /^guest-[0-9a-f]{10}$/, "an unknown forwarded user is counted under a pseudonym");
  ok(router.users.ledger.usage(guest, now).tokens > 0);
  const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
  match(metrics, /ai_router_requests_total\{route="SIMPLE",backend="primary",user="dave",status="200"\} 1/);
});

Deno.test("auth: Open WebUI's signed user token names the member; a bad token is a 401", async () => {
  const secret = "owui-forward-secret";
  await using router = await startTestRouter({
    extraYaml: USERS_YAML.replace("users:\n", "users:\n  forwardedJwtSecret: OWUI_JWT_SECRET\n"),
    secrets: { ...SECRETS, OWUI_JWT_SECRET: secret },
  });
  const token = (key: string) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const exp = Math.floor(Date.now() / 1000) + 300;
    const head = `${encode({ alg: "HS256", typ: "JWT" })}.${
      encode({ sub: "u-7", email: "dave@example.com", name: "Dave", role: "user", iss: "open-webui", exp })
    }`;
    return `${head}.${createHmac("sha256", key).update(head).digest("base64url")}`;
  };
  await ask(clientFor(router, KEYS.owui, { headers: { "X-OpenWebUI-User-Jwt": token(secret) } }));
  ok(router.users.ledger.usage("dave", router.clock.now()).tokens > 0, "the token's email names dave");
  await rejects(
    ask(clientFor(router, KEYS.owui, { headers: { "X-OpenWebUI-User-Jwt": token("forged") } })),
    (error) => {
      ok(error instanceof OpenAI.AuthenticationError);
      match(error.message, /X-OpenWebUI-User-Jwt: bad signature/);
      return true;
    },
  );
  equal(router.upstreams.primary.requests.length, 1);
});

Deno.test("metrics: names and labels are present after traffic", async () => {
  const clock = createManualClock(LOCAL_NOON);
  await using router = await startFamilyRouter({ clock });
  const alice = clientFor(router, KEYS.alice);
  for (let i = 0; i < 3; i++) await ask(alice);
  await rejects(ask(alice));
  await ask(clientFor(router, KEYS.carol), "cloud");
  await ask(clientFor(router, KEYS.carol), "cloud");
  const stream = await clientFor(router, KEYS.bob).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const _chunk of stream);
  clock.advance(1);
  const response = await fetch(`${router.baseUrl}/metrics`);
  match(response.headers.get("content-type") ?? "", /^text\/plain/);
  const text = await response.text();
  const expected = [
    /ai_router_requests_total\{route="SIMPLE",backend="primary",user="alice",status="200"\} 3/,
    /ai_router_requests_total\{route="rejected",backend="none",user="alice",status="429"\} 1/,
    /ai_router_limit_rejections_total\{user="alice",limit="requests_per_minute"\} 1/,
    /ai_router_limit_rejections_total\{user="carol",limit="cloud_budget"\} 1/,
    /ai_router_tokens_total\{backend="cloud",user="carol",direction="in"\} \d+/,
    /ai_router_tokens_total\{backend="primary",user="bob",direction="out"\} \d+/,
    /ai_router_cloud_spend_usd_total\{user="carol"\} 0\.\d+/,
    /ai_router_request_duration_seconds_bucket\{le="[\d.]+",backend="primary",route="SIMPLE"\} \d+/,
    /ai_router_time_to_first_token_seconds_count\{backend="primary"\} [1-9]/,
  ];
  for (const pattern of expected) match(text, pattern);
});
