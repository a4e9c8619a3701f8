import { deepEqual, equal, match, ok } from "node:assert/strict";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import type { ReviewReport } from "../src/review/analyze_sessions.ts";
import { runCli } from "./run_cli.ts";
import { buildTestConfigYaml, startTestRouter, TEST_CLOUD_KEY } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];
const TAGS_TASK =
  "### Task:\nGenerate 1-3 broad tags for the chat history.\n<chat_history>\nUSER: hi\n</chat_history>";
const PRIVATE_TAIL = "PRIVATE-TAIL-NEVER-IN-A-REPORT";

/** Sends a mix of routes through the real router and returns the session log entries it wrote. */
async function writeSessionLogs(dir: string): Promise<SessionLogEntry[]> {
  await using router = await startTestRouter({ sessionLogDir: dir });
  const chat = (content: string, extra = {}) =>
    router.client.chat.completions.create({ model: "ai-router", messages: ask(content), ...extra });
  await chat(`hi there, ${"some filler words ".repeat(8)}${PRIVATE_TAIL}`);
  router.upstreams.cloud.behaviour.failure = { kind: "status", status: 503 };
  await chat("Prove the theorem");
  router.upstreams.cloud.behaviour.failure = { kind: "status", status: 500 };
  await chat("latest news?");
  router.upstreams.cloud.behaviour.failure = null;
  await chat("Prove it");
  await chat(TAGS_TASK);
  await router.sessionLog?.flush();
  return [...router.sessions];
}

/** A META request as it would look had the detector missed it, and a file cut short by a crash or copy. */
async function writeHandMadeLogs(dir: string, template: SessionLogEntry): Promise<void> {
  const stamp = template.timestamp.replace(/[-:.]/g, "");
  const slipped = { ...template, id: "slipped", "user_query": TAGS_TASK, "client_messages": ask(TAGS_TASK) };
  await Deno.writeTextFile(`${dir}/${stamp}_slipped.json`, JSON.stringify(slipped));
  // Cut short ten minutes ago: broken (a file named in the last minute would be one still being written).
  const earlier = new Date(Date.parse(template.timestamp) - 600_000).toISOString().replace(/[-:.]/g, "");
  await Deno.writeTextFile(`${dir}/${earlier}_partial.json`, JSON.stringify(template).slice(0, 100));
}

Deno.test("ai-router review reports a period of real session logs as markdown and JSON", async () => {
  const dir = await Deno.makeTempDir();
  const sessions = await writeSessionLogs(dir);
  deepEqual(sessions.map((s) => s.route), ["SIMPLE", "COMPLEX", "ENRICH", "COMPLEX", "META"]);
  await writeHandMadeLogs(dir, sessions[0] as SessionLogEntry);
  const configPath = `${dir}/../review-${crypto.randomUUID()}.yaml`;
  const unreachable = "http://127.0.0.1:9";
  await Deno.writeTextFile(
    configPath,
    buildTestConfigYaml({ primary: unreachable, classifier: unreachable, cloud: unreachable }) + `
routing:
  classifier: { minConfidence: 0.99 }
prices:
  cloud: { inputPerMillionUsd: 1000, outputPerMillionUsd: 2000 }
sessionLogs:
  dir: ${dir}
`,
  );
  const prefix = `${dir}/../review-${crypto.randomUUID()}`;
  const written = await runCli(["review", "--config", configPath, "--since", "1h", "--out", prefix]);
  equal(written.code, 0, written.stderr);
  match(written.stdout, /^Wrote .*\.md and .*\.json \(6 requests\)/);

  const report: ReviewReport & { unreadable: number; judge: string } = JSON.parse(
    await Deno.readTextFile(`${prefix}.json`),
  );
  equal(report.requests, 6);
  equal(report.unreadable, 1);
  match(report.judge, /not run/);
  deepEqual(report.routeMix.map((r) => [r.route, r.count]), [["COMPLEX", 2], ["SIMPLE", 2], ["ENRICH", 1], [
    "META",
    1,
  ]]);
  const [simple, fellBack, enrich, cloud, meta] = sessions as [
    SessionLogEntry,
    SessionLogEntry,
    SessionLogEntry,
    SessionLogEntry,
    SessionLogEntry,
  ];
  deepEqual(report.misroutes.map((m) => [m.id, m.reason.replace(/ \(.*/, "")]), [
    [fellBack.id, "fell back after cloud answered 502"],
    [cloud.id, "cloud answer to a short question"],
  ]);
  deepEqual(report.enrichments.map((e) => [e.id, e.problem]), [[enrich.id, "failed (cloud answered 502)"]]);
  deepEqual(report.metaSlips.map((m) => [m.id, m.marker]), [["slipped", "openwebui-tags"]]);
  ok(!report.lowConfidence.some((l) => l.id === meta.id));
  equal(report.lowConfidence.length, 5);
  deepEqual(report.latency.byRoute.map((r) => [r.route, r.count]), [["COMPLEX", 2], ["ENRICH", 1], [
    "META",
    1,
  ], [
    "SIMPLE",
    2,
  ]]);
  equal(report.latency.outliers.length, 6);
  const anonymous = report.spend.find((s) => s.user === simple.user);
  ok((anonymous?.cloudUsd ?? 0) > 0);
  deepEqual(report.errors, []);

  const markdown = await Deno.readTextFile(`${prefix}.md`);
  match(markdown, /Judge model: not run/);
  match(markdown, /\| SIMPLE \| 2 \| 33\.3% \|/);
  match(markdown, /\| COMPLEX \| fell back after cloud answered 502 \| Prove the theorem \|/);
  match(markdown, /failed \(cloud answered 502\)/);
  match(markdown, /\| SIMPLE \| openwebui-tags \| slipped \|/);
  const printed = await runCli(["review", "--config", configPath, "--logs", dir, "--since", "1h"]);
  equal(printed.code, 0, printed.stderr);
  equal(printed.stdout.replace(/^Period: .*$/m, ""), markdown.replace(/^Period: .*$/m, "") + "\n");
  for (const text of [markdown, JSON.stringify(report)]) {
    ok(!text.includes(PRIVATE_TAIL));
    ok(!text.includes(TEST_CLOUD_KEY));
  }
  await Promise.all([`${prefix}.md`, `${prefix}.json`, configPath].map((path) => Deno.remove(path)));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("ai-router review names a missing log directory and a bad --since", async () => {
  const missing = await runCli(["review", "--logs", "/nonexistent/ai-router-sessions"]);
  equal(missing.code, 2);
  match(
    missing.stderr,
    /Cannot review: session log directory "\/nonexistent\/ai-router-sessions" does not exist/,
  );
  const badSince = await runCli(["review", "--logs", ".", "--since", "yesterday"]);
  equal(badSince.code, 2);
  match(badSince.stderr, /Invalid --since "yesterday"/);
});
