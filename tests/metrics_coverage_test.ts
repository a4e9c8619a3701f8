import { equal, ok } from "node:assert/strict";
import { randomSession } from "../src/review/_random_session.ts";
import { startTestRouter, type TestRouter } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];

/** What Open WebUI sends to title a chat (open-webui `backend/open_webui/config.py`), shortened. */
const TITLE_TASK =
  `### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n### Output:\nJSON format: { "title": "your concise title here" }\n### Chat History:\n<chat_history>\nUSER: hi\n</chat_history>`;

/** The value of the one sample of `name` carrying every label given; fails when there is none. */
function sample(
  text: string,
  name: string,
  { labels = {} }: { labels?: Record<string, string> } = {},
): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text.split("\n").find((candidate) => {
    const [series] = candidate.split(" ");
    if (!series || !(series === name || series.startsWith(`${name}{`))) return false;
    return wanted.every((label) => series.includes(label));
  });
  ok(
    line,
    `no sample ${name} with ${wanted.join(",")} in:\n${
      text.split("\n").filter((l) => l.startsWith(name)).join("\n")
    }`,
  );
  return Number(line.split(" ").at(-1));
}

async function scrape(router: TestRouter): Promise<string> {
  const response = await fetch(`${router.baseUrl}/metrics`);
  equal(response.status, 200);
  return await response.text();
}

Deno.test("after real traffic /metrics counts classifier decisions, rules, META markers and cache hits", async () => {
  await using router = await startTestRouter({
    extraYaml: "routing:\n  longContextTokens: 200\n  longContextBackend: cloud\n",
  });
  const send = (model: string, content: string) =>
    router.client.chat.completions.create({ model, messages: ask(content) }).withResponse();
  const first = await send("ai-router", "hi");
  equal(first.response.headers.get("x-ai-router-route"), "SIMPLE");
  await send("ai-router", "hi"); // the same prompt again: a classifier cache hit
  const hard = await send("ai-router", "Prove that there are infinitely many primes");
  equal(hard.response.headers.get("x-ai-router-route"), "COMPLEX");
  const meta = await send("ai-router", TITLE_TASK);
  equal(meta.response.headers.get("x-ai-router-route"), "META");
  const alias = await send("cloud", "hello there");
  equal(alias.response.headers.get("x-ai-router-backend"), "cloud");
  const long = await send("ai-router", "Summarise this text. " + "lorem ipsum dolor sit amet ".repeat(200));
  equal(long.response.headers.get("x-ai-router-route"), "LONG_CONTEXT");
  equal(long.response.headers.get("x-ai-router-backend"), "cloud");
  equal(router.upstreams.classifier.requests.length, 2, "rules and the cache hit never ask the classifier");

  const text = await scrape(router);
  equal(sample(text, "ai_router_classifier_duration_seconds_count", { labels: { cache: "miss" } }), 2);
  equal(sample(text, "ai_router_classifier_duration_seconds_count", { labels: { cache: "hit" } }), 1);
  equal(sample(text, "ai_router_classifier_results_total", { labels: { result: "miss" } }), 2);
  equal(sample(text, "ai_router_classifier_results_total", { labels: { result: "hit" } }), 1);
  // The simulated classifier answers with logprob -0.2 (no keyword) or -0.05 (keyword).
  equal(sample(text, "ai_router_classifier_confidence_count", { labels: { label: "SIMPLE" } }), 1);
  equal(
    sample(text, "ai_router_classifier_confidence_sum", { labels: { label: "SIMPLE" } }).toFixed(3),
    Math.exp(-0.2).toFixed(3),
  );
  equal(
    sample(text, "ai_router_classifier_confidence_bucket", { labels: { label: "SIMPLE", le: "0.8" } }),
    0,
  );
  equal(
    sample(text, "ai_router_classifier_confidence_bucket", { labels: { label: "SIMPLE", le: "0.9" } }),
    1,
  );
  equal(sample(text, "ai_router_classifier_confidence_count", { labels: { label: "COMPLEX" } }), 1);
  equal(
    sample(text, "ai_router_classifier_confidence_bucket", { labels: { label: "COMPLEX", le: "0.9" } }),
    0,
  );
  equal(sample(text, "ai_router_rule_decisions_total", { labels: { rule: "meta" } }), 1);
  equal(sample(text, "ai_router_rule_decisions_total", { labels: { rule: "alias" } }), 1);
  equal(sample(text, "ai_router_rule_decisions_total", { labels: { rule: "long-context" } }), 1);
  equal(sample(text, "ai_router_meta_detections_total", { labels: { rule: "openwebui-title" } }), 1);
  equal(
    sample(text, "ai_router_requests_total", {
      labels: { route: "LONG_CONTEXT", backend: "cloud", status: "200" },
    }),
    1,
  );

  const rules = router.sessions.map((entry) => entry.rule).filter((rule) =>
    rule !== null && rule !== undefined
  );
  equal(rules.sort().join(","), "alias,long-context,meta:openwebui-title");
});

Deno.test("/metrics shows the session log queue while writes are stuck, and 0 once they finish", async () => {
  const dir = await Deno.makeTempDir();
  {
    await using router = await startTestRouter({ sessionLogDir: dir });
    await router.client.chat.completions.create({ model: "ai-router", messages: ask("hi") });
    await router.sessionLog?.flush();
    let text = await scrape(router);
    equal(sample(text, "ai_router_session_log_queue_length"), 0);
    equal(sample(text, "ai_router_session_log_write_errors_total"), 0);
    equal(router.sessionLog?.written, 1);

    // Opening a FIFO for writing blocks until a reader comes: the four writers hang like a dead disk.
    const timestamp = new Date().toISOString();
    const stuck = ["s1", "s2", "s3", "s4"];
    const fifos = stuck.map((id) => `${dir}/${timestamp.replace(/[-:.]/g, "")}_${id}.json.tmp`);
    for (const path of fifos) await new Deno.Command("mkfifo", { args: [path] }).output();
    for (const id of [...stuck, "queued-1", "queued-2"]) {
      router.sessionLog?.record(randomSession({ id, timestamp }));
    }
    try {
      equal(sample(await scrape(router), "ai_router_session_log_queue_length"), 2);
    } finally {
      // Reading each FIFO lets its write finish, so the writer can close even when the check failed.
      await Promise.all(fifos.map((path) => Deno.readFile(path)));
    }
    await router.sessionLog?.flush();
    text = await scrape(router);
    equal(sample(text, "ai_router_session_log_queue_length"), 0);
    equal(router.sessionLog?.written, 7);
  }
  await Deno.remove(dir, { recursive: true });
});
