/** Open WebUI users through the service key: each counted against the right member or its own pseudonym. */
import { doesNotMatch, equal, match, notEqual, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import type { MeDocument } from "../src/users/describe_me.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const OWUI_KEY = "owui-service-key";
const YAML = `
users:
  forwardedDefault:
    limits: { requestsPerDay: 2 }
    cloudAllowed: false
  members:
    openwebui:
      key: OWUI_KEY
      trustForwardedUsers: true
      limits: { requestsPerDay: 100 }
    dave:
      forwardedIds: [dave@example.com]
      limits: { requestsPerDay: 50 }
`;
const NOON = new Date(2026, 2, 10, 12, 0, 0).getTime();

/** The headers Open WebUI sends with ENABLE_FORWARD_USER_INFO_HEADERS. */
function asUser(router: TestRouter, user: { id: string; email: string }): OpenAI {
  return new OpenAI({
    baseURL: `${router.baseUrl}/v1`,
    apiKey: OWUI_KEY,
    maxRetries: 0,
    defaultHeaders: {
      "X-OpenWebUI-User-Id": user.id,
      "X-OpenWebUI-User-Email": user.email,
      "X-OpenWebUI-User-Name": "Zoe",
      "X-OpenWebUI-User-Role": "user",
    },
  });
}

async function ask(client: OpenAI, model = "ai-router") {
  return await client.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] })
    .withResponse();
}

const ZOE = { id: "3f0c-zoe", email: "zoe@example.com" };
const YUSUF = { id: "77aa-yusuf", email: "yusuf@example.com" };

Deno.test("forwarded users: each unlisted one is counted under its own pseudonym with the default policy, never as the service", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/state.json`;
  const clock = createManualClock(NOON);
  let zoeName: string;
  {
    await using router = await startTestRouter({ extraYaml: YAML, secrets: { OWUI_KEY }, clock, stateFile });
    const zoe = asUser(router, ZOE);
    const first = await ask(zoe, "cloud");
    equal(first.response.headers.get("x-ai-router-backend"), "primary", "forwardedDefault: no cloud");
    equal(first.response.headers.get("x-ratelimit-limit-requests"), "2", "forwardedDefault's limit");
    await ask(zoe);
    await rejects(ask(zoe), (error: unknown) => {
      ok(error instanceof OpenAI.RateLimitError);
      match(
        error.message,
        /Rate limit reached for "guest-[0-9a-f]{10}" on requests per day: Limit 2, Used 2/,
      );
      return true;
    });
    equal((await ask(asUser(router, YUSUF))).response.status, 200, "another user has their own count");
    await ask(asUser(router, { id: "dave-id", email: "dave@example.com" }));
    const users = router.sessions.map((s) => s.user);
    zoeName = users[0] as string;
    match(zoeName, /^guest-[0-9a-f]{10}$/);
    equal(users[1], zoeName, "the same Open WebUI account keeps its name");
    notEqual(users[2], zoeName);
    match(users[2] ?? "", /^guest-/);
    equal(users[3], "dave", "a listed forwarded id names the member");
    equal(router.users.ledger.usage("openwebui", clock.now()).requests, 0, "nothing folded into the service");

    const me = await asUser(router, ZOE).get<MeDocument>("/me");
    equal(me.name, zoeName);
    equal(me.forwarded, true);
    equal(me.may_use.cloud, false);

    // Neither the address nor the account id is shown or logged anywhere.
    const stats = await (await fetch(`${router.baseUrl}/stats`)).text();
    const page = await (await fetch(`${router.baseUrl}/`)).text();
    const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
    for (const text of [stats, page, metrics, JSON.stringify(router.sessions)]) {
      doesNotMatch(text, /zoe@example\.com|3f0c-zoe|yusuf/);
    }
    ok(JSON.parse(stats).today[zoeName].forwarded, "/stats lists the pseudonym as a forwarded user");
    match(page, new RegExp(`${zoeName} \\(an Open WebUI user\\)`));
    match(
      metrics,
      new RegExp(`ai_router_allowance_used_ratio\\{user="${zoeName}",limit="requests_per_day"\\} 1`),
    );
  }
  await using router = await startTestRouter({ extraYaml: YAML, secrets: { OWUI_KEY }, clock, stateFile });
  await rejects(ask(asUser(router, ZOE)), OpenAI.RateLimitError, "after a restart: same name, same count");
  equal(router.users.ledger.usage(zoeName, clock.now()).requests, 2);
  await Deno.remove(dir, { recursive: true });
});
