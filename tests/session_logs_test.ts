import { deepEqual, equal, match, ok } from "node:assert/strict";
import { Registry } from "prom-client";
import { createSilentLogger } from "../src/logger.ts";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { SessionLogWriter } from "../src/logs/session_log_writer.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { startTestRouter, TEST_CLOUD_KEY } from "./test_router.ts";

const ask = (content: string) => [{ role: "user" as const, content }];

async function readLogs(dir: string): Promise<{ entries: SessionLogEntry[]; others: string[] }> {
  const entries: SessionLogEntry[] = [];
  const others: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    if (file.name.endsWith(".json")) entries.push(JSON.parse(await Deno.readTextFile(`${dir}/${file.name}`)));
    else others.push(file.name);
  }
  return { entries: entries.sort((a, b) => a.timestamp.localeCompare(b.timestamp)), others };
}

function randomEntry(timestamp: Date, id: string = crypto.randomUUID()): SessionLogEntry {
  return {
    id,
    timestamp: timestamp.toISOString(),
    user: "anonymous",
    "client_ip": null,
    "user_query": "hi",
    "client_messages": [],
    route: "SIMPLE",
    "classification_raw": "SIMPLE",
    confidence: 0.9,
    "classification_ms": 1,
    "cache_hit": false,
    rule: null,
    steps: [],
    "total_ms": 1,
    error: null,
    status: 200,
  };
}

Deno.test("every routed request leaves one session log file with the spec's fields and no secret", async () => {
  const dir = await Deno.makeTempDir();
  {
    await using router = await startTestRouter({ sessionLogDir: dir });
    await router.client.chat.completions.create({ model: "ai-router", messages: ask("hi") });
    await router.client.chat.completions.create({ model: "ai-router", messages: ask("Prove the theorem") });
    await router.client.chat.completions.create({ model: "ai-router", messages: ask("news today?") });
    const stream = await router.client.chat.completions.create({
      model: "ai-router",
      messages: ask("Explain tides"),
      stream: true,
      stream_options: { include_usage: true },
    });
    for await (const _chunk of stream) { /* drain */ }
    await router.client.chat.completions.create({
      model: "ai-router",
      messages: ask(
        "### Task:\nGenerate 1-3 broad tags for the chat history.\n<chat_history>\nUSER: hi\n</chat_history>",
      ),
    });
    await router.sessionLog?.flush();
  }
  const { entries, others } = await readLogs(dir);
  deepEqual(others, []);
  deepEqual(entries.map((e) => e.route), ["SIMPLE", "COMPLEX", "ENRICH", "MODERATE", "META"]);
  const [simple, complex, enrich, streamed, meta] = entries;
  // `affinity`: the conversation this turn belongs to (a hash, never its text) and whether it switched model.
  deepEqual(Object.keys(simple ?? {}).sort(), [
    "affinity",
    "cache_hit",
    "classification_ms",
    "classification_raw",
    "client_ip",
    "client_messages",
    "confidence",
    "error",
    "id",
    "route",
    "rule",
    "status",
    "steps",
    "timestamp",
    "total_ms",
    "user",
    "user_query",
  ]);
  equal(simple?.client_ip, "127.0.0.1");
  equal(simple?.user_query, "hi");
  equal(simple?.classification_raw, "SIMPLE");
  equal(simple?.steps[0]?.provider, "primary");
  deepEqual(simple?.steps[0]?.tokens !== null, true);
  equal(complex?.steps[0]?.location, "cloud");
  equal(complex?.steps[0]?.params.max_tokens, 16384);
  deepEqual(enrich?.steps.map((s) => s.step), ["enrich", "answer"]);
  equal(streamed?.steps[0]?.finish_reason, "stop");
  ok((streamed?.steps[0]?.tokens?.completion ?? 0) > 0);
  match(streamed?.steps[0]?.response_content ?? "", /sim-primary/);
  equal(meta?.rule, "meta:openwebui-tags");
  equal(meta?.classification_ms, null);
  for (const entry of entries) ok(!JSON.stringify(entry).includes(TEST_CLOUD_KEY));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("client_ip comes from X-Forwarded-For only behind a trusted proxy", async () => {
  for (const [trusted, expected] of [["[]", "127.0.0.1"], ['["127.0.0.1"]', "192.168.1.20"]] as const) {
    await using router = await startTestRouter({ extraYaml: `sessionLogs:\n  trustedProxies: ${trusted}\n` });
    const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
      method: "POST",
      headers: { "x-forwarded-for": "192.168.1.20" },
      body: JSON.stringify({ model: "ai-router", messages: ask("hi") }),
    });
    await response.body?.cancel();
    equal(router.sessions[0]?.client_ip, expected);
  }
});

Deno.test("rotation removes logs older than maxAgeDays, then the oldest beyond maxFiles", async () => {
  const dir = await Deno.makeTempDir();
  const now = Date.parse("2026-11-23T12:00:00Z");
  const writer = new SessionLogWriter({
    dir,
    queueSize: 100,
    maxAgeDays: 7,
    maxFiles: 3,
    logger: createSilentLogger(),
    now: () => now,
  });
  await writer.start();
  const day = 86_400_000;
  for (const [age, id] of [[9, "old1"], [8, "old2"], [3, "a"], [2, "b"], [1, "c"], [0, "d"]] as const) {
    writer.record(randomEntry(new Date(now - age * day), id));
  }
  await writer.flush();
  equal((await readLogs(dir)).entries.length, 6);
  equal(await writer.rotate(), 3);
  deepEqual((await readLogs(dir)).entries.map((e) => e.id), ["b", "c", "d"]);
  await writer.close();
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a burst of 1000 requests with session logs on leaves exactly 1000 complete files", async () => {
  const dir = await Deno.makeTempDir();
  {
    await using router = await startTestRouter({ sessionLogDir: dir });
    const ids = Array.from({ length: 1000 }, (_, n) => n);
    for (let start = 0; start < ids.length; start += 50) {
      await Promise.all(
        ids.slice(start, start + 50).map((n) =>
          router.client.chat.completions.create({ model: "ai-router", messages: ask(`hi number ${n}`) })
        ),
      );
    }
    await router.sessionLog?.flush();
    equal(router.sessionLog?.written, 1000);
  }
  const { entries, others } = await readLogs(dir);
  equal(entries.length, 1000);
  deepEqual(others, []);
  equal(new Set(entries.map((e) => e.user_query)).size, 1000);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a session log queue that falls behind holds requests back instead of dropping their logs", async () => {
  const dir = await Deno.makeTempDir();
  {
    // A queue of 2 with 50 requests at once: without admission control most entries would be dropped.
    await using router = await startTestRouter({
      sessionLogDir: dir,
      extraYaml: "sessionLogs:\n  queueSize: 2\n",
    });
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        Array.from(
          { length: 50 },
          (_, n) =>
            router.client.chat.completions.create({
              model: "ai-router",
              messages: ask(`burst ${round}-${n}`),
            }),
        ),
      );
    }
    await router.sessionLog?.flush();
    equal(router.sessionLog?.written, 200);
    const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
    match(metrics, /^ai_router_session_log_dropped_total 0$/m);
  }
  equal((await readLogs(dir)).entries.length, 200);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("with whenFull: drop a full queue never holds a request; the lost entries are counted", async () => {
  const dir = await Deno.makeTempDir();
  {
    await using router = await startTestRouter({
      sessionLogDir: dir,
      extraYaml: "sessionLogs:\n  queueSize: 2\n  whenFull: drop\n",
    });
    await Promise.all(
      Array.from(
        { length: 50 },
        (_, n) => router.client.chat.completions.create({ model: "ai-router", messages: ask(`drop ${n}`) }),
      ),
    );
    await router.sessionLog?.flush();
    const metrics = await (await fetch(`${router.baseUrl}/metrics`)).text();
    const dropped = Number(/^ai_router_session_log_dropped_total (\d+)$/m.exec(metrics)?.[1]);
    ok(dropped > 0, "entries that found the queue full were dropped");
    equal((router.sessionLog?.written ?? 0) + dropped, 50);
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a stalled disk lets requests through after admitWaitMs and drops, counted, until writes resume", async () => {
  const dir = await Deno.makeTempDir();
  const metrics = createMetrics(new Registry());
  const writer = new SessionLogWriter({
    dir,
    queueSize: 2,
    maxAgeDays: 7,
    maxFiles: 100,
    logger: createSilentLogger(),
    metrics,
    admitWaitMs: 200,
  });
  await writer.start();
  // Opening a FIFO for writing blocks until a reader comes: each of the four writers hangs like a dead disk.
  const now = new Date();
  const stuck = ["s1", "s2", "s3", "s4"];
  const fifos = stuck.map((id) => `${dir}/${now.toISOString().replace(/[-:.]/g, "")}_${id}.json.tmp`);
  for (const path of fifos) await new Deno.Command("mkfifo", { args: [path] }).output();
  for (const id of stuck) writer.record(randomEntry(now, id));
  writer.record(randomEntry(now, "queued-1"));
  writer.record(randomEntry(now, "queued-2"));
  const room = writer.admit();
  ok(room, "a full queue holds the next request back");
  await room;
  equal(writer.admit(), undefined, "once stalled, requests are not held again");
  writer.record(randomEntry(now, "dropped"));
  equal((await metrics.sessionLogDropped.get()).values[0]?.value, 1);

  // The disk comes back: reading each FIFO lets its write finish, and the queue drains.
  await Promise.all(fifos.map((path) => Deno.readFile(path)));
  await writer.flush();
  writer.record(randomEntry(now, "after"));
  await writer.close();
  equal(writer.written, 7);
  equal((await metrics.sessionLogDropped.get()).values[0]?.value, 1);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("kill -9 while writing leaves no partial .json file, and temp files are cleaned on start", async () => {
  const dir = await Deno.makeTempDir();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      new URL("./fixtures/write_session_logs.ts", import.meta.url).pathname,
      dir,
    ],
    stdout: "null",
    stderr: "null",
  }).spawn();
  let count = 0;
  for (let i = 0; i < 500 && count < 20; i++) {
    await new Promise((r) => setTimeout(r, 20));
    count = 0;
    for await (const file of Deno.readDir(dir)) if (file.name.endsWith(".json")) count++;
  }
  child.kill("SIGKILL");
  await child.status;
  ok(count >= 20, "the child wrote files before it was killed");
  const { entries } = await readLogs(dir);
  ok(entries.length >= 20);
  for (const entry of entries) equal(entry.user_query.length, 512 * 1024);
  const writer = new SessionLogWriter({
    dir,
    queueSize: 1,
    maxAgeDays: 7,
    maxFiles: 100_000,
    logger: createSilentLogger(),
  });
  await writer.start();
  await writer.close();
  const { others } = await readLogs(dir);
  deepEqual(others, []);
  await Deno.remove(dir, { recursive: true });
});
