import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { createManualClock } from "../src/manual_clock.ts";
import { startTestRouter, type TestRouter, type TestRouterOptions } from "./test_router.ts";

const KEYS = { kid: "kid-key-1", ann: "ann-key-2", dad: "dad-key-3" };
const SECRETS = { KID_KEY: KEYS.kid, ANN_KEY: KEYS.ann, DAD_KEY: KEYS.dad };
/** The family: a child whose personal data never leaves, a member whose is redacted, one without a plan. */
const USERS_YAML = `
users:
  timezone: Europe/Berlin
  privacy: { country: DE }
  members:
    kid:
      key: KID_KEY
      privacy: { cloud: never }
      profile:
        instruction: Answer as to a ten-year-old.
        schedule: "07:00-20:30"
        refusedTopics: [horror]
        language: de
    ann:
      key: ANN_KEY
      names: [Ann Smith]
      privacy: { cloud: redact }
    dad:
      key: DAD_KEY
`;
const EMAIL = "ann.smith@example.org";
const PHONE = "+49 30 1234567";
/** COMPLEX for the simulated classifier (keyword "prove"); short, so the simulator's echo holds all of it. */
const HARD = `Prove it, then mail ${EMAIL} or call ${PHONE}`;

function clientFor(router: TestRouter, apiKey: string): OpenAI {
  return new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey, maxRetries: 0 });
}

/** 13:00 on 14 January 2026 in Berlin: within the kid's hours, whenever the suite runs. */
const MIDDAY = Date.UTC(2026, 0, 14, 12, 0);

async function start(options: TestRouterOptions = {}) {
  return await startTestRouter({
    extraYaml: USERS_YAML,
    secrets: SECRETS,
    clock: createManualClock(MIDDAY),
    ...options,
  });
}

/** Every message the cloud simulator was sent, as one string. */
function sentToCloud(router: TestRouter): string {
  return JSON.stringify(router.upstreams.cloud.requests.map((request) => request.body));
}

Deno.test("privacy never: a child's COMPLEX question with personal data is answered locally", async () => {
  await using router = await start();
  const { data, response } = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
  }).withResponse();
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-route"), "COMPLEX");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-privacy"), "kept-local");
  match(data.choices[0]?.message.content ?? "", /sim-primary/);
  equal(router.upstreams.cloud.requests.length, 0);
  deepEqual(router.sessions[0]?.privacy, {
    found: { email: 1, phone: 1 },
    action: "kept-local",
    reason: "found",
  });
});

Deno.test("privacy never: a question without personal data still goes where its plan says", async () => {
  await using router = await start();
  const { response } = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove that there are infinitely many primes" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  equal(response.headers.get("x-ai-router-privacy"), null);
});

Deno.test("privacy redact: the cloud gets placeholders and the answer gets the values back", async () => {
  await using router = await start();
  const { data, response } = await clientFor(router, KEYS.ann).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "cloud");
  equal(response.headers.get("x-ai-router-privacy"), "redacted:2");
  const sent = sentToCloud(router);
  ok(sent.includes("[EMAIL_1]") && sent.includes("[PHONE_1]"), sent);
  ok(!sent.includes(EMAIL) && !sent.includes(PHONE), "no value reaches the cloud");
  const content = data.choices[0]?.message.content ?? "";
  match(content, /sim-cloud/);
  ok(content.includes(EMAIL) && content.includes(PHONE), content);
  ok(!content.includes("[EMAIL_1]"));
  deepEqual(router.sessions[0]?.privacy, {
    found: { email: 1, phone: 1 },
    action: "redacted",
    reason: "found",
    redacted: 2,
  });
});

Deno.test("privacy redact: a streamed answer gets the values back", async () => {
  await using router = await start();
  const stream = await clientFor(router, KEYS.ann).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
    stream: true,
  });
  let content = "";
  for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? "";
  match(content, /sim-cloud/);
  ok(content.includes(EMAIL) && content.includes(PHONE), content);
  ok(!sentToCloud(router).includes(EMAIL));
});

Deno.test("privacy redact: the conversation's next turn stays local", async () => {
  await using router = await start();
  const ann = clientFor(router, KEYS.ann);
  const first = await ann.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
  });
  const { response } = await ann.chat.completions.create({
    model: "ai-router",
    messages: [
      { role: "user", content: HARD },
      { role: "assistant", content: first.choices[0]?.message.content ?? "" },
      { role: "user", content: "Now prove the converse" },
    ],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-privacy"), "kept-local");
  equal(router.upstreams.cloud.requests.length, 1, "only the first turn, redacted");
  equal(router.sessions[1]?.privacy?.reason, "conversation");
});

Deno.test("privacy: a health topic under redact stays local (a topic has no value to replace)", async () => {
  await using router = await start();
  const { response } = await clientFor(router, KEYS.ann).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Prove my diagnosis of diabetes is wrong" }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-privacy"), "kept-local");
  deepEqual(router.sessions[0]?.privacy?.found, { health: 2 });
});

Deno.test("privacy: no value found appears in a session log, a metric, /stats or the status page", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await using router = await start({ sessionLogDir: dir });
    await clientFor(router, KEYS.kid).chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content: HARD }],
    });
    const stream = await clientFor(router, KEYS.ann).chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content: `Prove that Ann Smith was born on 12.03.1990 at Hauptstraße 5a` }],
      stream: true,
    });
    for await (const _ of stream) { /* drain */ }
    await router.sessionLog?.flush();
    const headers = { authorization: `Bearer ${KEYS.dad}` };
    const pages = await Promise.all(
      ["/metrics", "/stats", "/"].map(async (path) =>
        await (await fetch(`${router.baseUrl}${path}`, { headers })).text()
      ),
    );
    const files: string[] = [];
    for await (const file of Deno.readDir(dir)) {
      if (file.isFile) files.push(await Deno.readTextFile(`${dir}/${file.name}`));
    }
    const everything = [JSON.stringify(router.sessions), ...pages, ...files].join("\n");
    for (const value of [EMAIL, PHONE, "Ann Smith", "12.03.1990", "Hauptstraße 5a"]) {
      ok(!everything.includes(value), `"${value}" leaked`);
    }
    match(JSON.stringify(router.sessions), /\[EMAIL_1\]/);
    deepEqual(JSON.parse(pages[1] ?? "{}").lastHour.privacy, { keptLocal: 1, redacted: 1 });
    match(pages[2] ?? "", /1 kept on the box because they held personal details/);
    match(pages[0] ?? "", /^ai_router_privacy_decisions_total\{action="kept-local"\} 1$/m);
    match(pages[0] ?? "", /^ai_router_privacy_decisions_total\{action="redacted"\} 1$/m);
    match(pages[0] ?? "", /^ai_router_privacy_findings_total\{kind="email"\} 1$/m);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** 21:00 on 14 January 2026 in Berlin (UTC+1): outside the kid's hours. */
const EVENING = MIDDAY + 8 * 3_600_000;

Deno.test("profile: outside the allowed hours a child gets a kind refusal in German, until the morning", async () => {
  const clock = createManualClock(EVENING);
  await using router = await start({ clock });
  const kid = clientFor(router, KEYS.kid);
  const { data, response } = await kid.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Was ist ein Vulkan?" }],
  }).withResponse();
  equal(response.status, 200);
  equal(response.headers.get("x-ai-router-rule"), "profile:schedule");
  match(data.choices[0]?.message.content ?? "", /^Gerade ist keine Fragezeit \(07:00-20:30\)/);
  equal(router.upstreams.primary.requests.length, 0);
  equal(router.sessions[0]?.rule, "profile:schedule");
  clock.advance(11 * 3_600_000); // 08:00 the next morning
  const morning = await kid.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Was ist ein Vulkan?" }],
  }).withResponse();
  equal(morning.response.headers.get("x-ai-router-rule"), "classifier");
  const sent = JSON.stringify(router.upstreams.primary.requests.at(-1)?.body);
  ok(sent.includes("Answer as to a ten-year-old."), "the profile's instruction is sent");
});

Deno.test("profile: a refused topic gets a kind message, streamed too", async () => {
  await using router = await start();
  const stream = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "Erzähl mir eine Horror Geschichte" }],
    stream: true,
  });
  let content = "";
  for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? "";
  match(content, /^Darüber kann ich hier nicht sprechen/);
  equal(router.upstreams.primary.requests.length, 0);
  equal(router.sessions[0]?.rule, "profile:topic");
  match(
    await (await fetch(`${router.baseUrl}/metrics`, { headers: { authorization: `Bearer ${KEYS.dad}` } }))
      .text(),
    /^ai_router_profile_refusals_total\{rule="topic"\} 1$/m,
  );
});

/** ENRICH for the simulated classifier ("weather"); the plan asks the cloud for current facts first. */
const FRESH = `What is the weather today at Hauptstraße 5a, mail ${EMAIL}`;

Deno.test("privacy never: ENRICH's cloud search is skipped by default", async () => {
  await using router = await start();
  const { response } = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: FRESH }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-route"), "ENRICH");
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(response.headers.get("x-ai-router-privacy"), "kept-local");
  equal(router.upstreams.cloud.requests.length, 0);
  equal(router.sessions[0]?.privacy?.enrich, "skipped");
});

Deno.test("privacy never with enrich: strip: the cloud search gets the question without the values", async () => {
  await using router = await start({
    extraYaml: USERS_YAML.replace("privacy: { country: DE }", "privacy: { country: DE, enrich: strip }"),
  });
  const { response } = await clientFor(router, KEYS.kid).chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: FRESH }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "primary");
  equal(router.upstreams.cloud.requests.length, 1, "the search only");
  const sent = sentToCloud(router);
  ok(sent.includes("What is the weather today at"), sent);
  ok(!sent.includes(EMAIL) && !sent.includes("Hauptstraße"), sent);
  equal(router.sessions[0]?.privacy?.enrich, "stripped");
});

Deno.test("privacy redact through POST /v1/responses: placeholders to the cloud, values in output_text", async () => {
  await using router = await start();
  const response = await clientFor(router, KEYS.ann).responses.create({ model: "ai-router", input: HARD });
  ok(response.output_text.includes(EMAIL) && response.output_text.includes(PHONE), response.output_text);
  const sent = sentToCloud(router);
  ok(sent.includes("[EMAIL_1]") && !sent.includes(EMAIL), sent);
  equal(router.sessions[0]?.privacy?.action, "redacted");
});

Deno.test("privacy: an Open WebUI user no member lists follows users.forwardedDefault.privacy", async () => {
  await using router = await startTestRouter({
    clock: createManualClock(MIDDAY),
    secrets: { OWUI_KEY: "owui-key" },
    extraYaml: `
users:
  forwardedDefault: { privacy: { cloud: never } }
  members:
    openwebui: { key: OWUI_KEY, trustForwardedUsers: true }
`,
  });
  const guest = new OpenAI({
    baseURL: `${router.baseUrl}/v1`,
    apiKey: "owui-key",
    maxRetries: 0,
    defaultHeaders: { "X-OpenWebUI-User-Id": "9a1-zoe", "X-OpenWebUI-User-Email": "zoe@example.com" },
  });
  const { response } = await guest.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: HARD }],
  }).withResponse();
  equal(response.headers.get("x-ai-router-privacy"), "kept-local");
  equal(router.upstreams.cloud.requests.length, 0);
  match(router.sessions[0]?.user ?? "", /^guest-/);
});
