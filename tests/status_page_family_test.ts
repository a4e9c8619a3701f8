import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startTestRouter } from "./test_router.ts";

/** A parent with a cloud budget, a child without one, plain names for the services, an embeddings backend. */
const YAML = `
users:
  members:
    mum:
      key: MUM_KEY
      limits: { cloudSpendPerDayUsd: 2 }
    kid:
      key: KID_KEY
statusPage:
  names: { primary: Quick answers, cloud: Big model }
routing:
  embeddingsBackend: classifier
prices:
  cloud: { inputPerMillionUsd: 1, outputPerMillionUsd: 1 }
`;
const SECRETS = { MUM_KEY: "mum-key", KID_KEY: "kid-key" };

/** The parts of `/stats` these tests read. */
interface StatsView {
  lastHour: { refused: number; errors: number };
  problems: unknown[];
  services: Array<{ name: string; roles: string[] }>;
}

async function readPage(baseUrl: string): Promise<{ html: string; stats: StatsView }> {
  const headers = { authorization: "Bearer mum-key" };
  const html = await (await fetch(`${baseUrl}/`, { headers })).text();
  const stats = await (await fetch(`${baseUrl}/stats`, { headers })).json();
  return { html, stats };
}

Deno.test("status page: refused requests are recent problems in plain words, not 'no failed requests'", async () => {
  await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS });
  const before = await readPage(router.baseUrl);
  match(before.html, /No failed requests recently\./);
  const wrongKey = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "nope", maxRetries: 0 });
  const kid = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "kid-key", maxRetries: 0 });
  await wrongKey.chat.completions.create({ model: "ai-router", messages: [{ role: "user", content: "hi" }] })
    .catch(() => {});
  await kid.chat.completions.create({ model: "no-such-model", messages: [{ role: "user", content: "hi" }] })
    .catch(() => {});
  // deno-lint-ignore no-explicit-any
  await kid.chat.completions.create({ model: "ai-router", messages: "not a list" as any }).catch(() => {});
  const { html, stats } = await readPage(router.baseUrl);
  equal(stats.lastHour.refused, 3);
  equal(stats.lastHour.errors, 0, "a refusal is not the router failing");
  equal(stats.problems.length, 3);
  match(html, /Refused: a wrong or missing key/);
  match(html, /Refused: a model that does not exist/);
  match(html, /Refused: a request the router could not use/);
  match(html, /3 requests were refused in the last hour/);
  ok(!html.includes("No failed requests recently"));
});

Deno.test("status page: plain service names, embeddings not called chat, a bar only where there is a budget", async () => {
  await using router = await startTestRouter({ extraYaml: YAML, secrets: SECRETS });
  const { html, stats } = await readPage(router.baseUrl);
  const classifier = stats.services.find((s) => s.name === "classifier");
  equal(JSON.stringify(classifier?.roles), JSON.stringify(["embeddings"]));
  match(html, /<span class="dot"><\/span>Quick answers<\/span>/);
  match(html, /<span class="dot"><\/span>Big model<\/span>/);
  match(html, /text search \(embeddings\)/);
  const members = html.slice(
    html.indexOf('id="members"'),
    html.indexOf("</section>", html.indexOf('id="members"')),
  );
  const mum = members.slice(members.indexOf("<b>mum</b>"), members.indexOf("<b>kid</b>"));
  const kidItem = members.slice(members.indexOf("<b>kid</b>"));
  match(mum, /<svg class="bar"/);
  ok(!kidItem.includes('<svg class="bar"'), "no budget, no bar");
  match(kidItem, /no budget/);
});
