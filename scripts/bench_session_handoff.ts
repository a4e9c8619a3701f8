/**
 * `deno run -A scripts/bench_session_handoff.ts [requests] [gapMs]`: process CPU (every thread, from
 * `process.cpuUsage()`) of handing one session log entry to disk per request the way the router sees it at
 * concurrency 1: one entry, then `gapMs` of idle (a timer) so threads go back to sleep, as between a family's
 * requests; whatever finishes the hand-off (the worker's answer, the writer's check) happens in the gaps. Each way takes turns of 200 entries in one directory (the file system's drifting state weighs on
 * all alike); `idle` is the gap alone, subtracted from the others. The ways: the writer as it is (serialise,
 * worker, sync write and rename, reply), its parts, and the main thread's async file ops.
 */
import process from "node:process";
import { toRedactedJson } from "../src/logs/redact.ts";
import { createSessionLogFiles } from "../src/logs/session_log_files.ts";
import { SessionLogWriter } from "../src/logs/session_log_writer.ts";
import { createLogger } from "../src/logger.ts";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const requests = Number(Deno.args[0] ?? 3000);
const gapMs = Number(Deno.args[1] ?? 1);
const TURN = 200;

/** An entry the size of the bench's (one short question, one local step). */
function makeEntry(n: number): SessionLogEntry {
  const messages = [{ role: "user", content: "What is the capital of France?" }];
  return {
    id: `chatcmpl-${crypto.randomUUID()}`,
    timestamp: new Date(Date.now() + n).toISOString(),
    user: "bench",
    "client_ip": null,
    "user_query": "What is the capital of France?",
    "client_messages": messages,
    route: "SIMPLE",
    "classification_raw": "SIMPLE",
    confidence: 0.93,
    "classification_ms": 0,
    "cache_hit": true,
    rule: null,
    steps: [{
      step: "answer",
      provider: "local-fast",
      url: "http://127.0.0.1:40000/v1/chat/completions",
      model: "sim-fast",
      "messages_sent": messages,
      params: { stream: false, "max_tokens": 256 },
      "response_content": "Paris is the capital of France. It has been since the tenth century.",
      "duration_ms": 0,
      "ttft_ms": null,
      tokens: { prompt: 12, completion: 16 },
      status: 200,
      "finish_reason": "stop",
      location: "local",
    }],
    "total_ms": 1,
    error: null,
    status: 200,
  };
}

const dir = await Deno.makeTempDir({ prefix: "ai-router-handoff-bench-" });
const logger = createLogger({ level: "error" });
const files = createSessionLogFiles(() => {});
const writer = new SessionLogWriter({
  dir: `${dir}/writer`,
  queueSize: 1000,
  maxAgeDays: 30,
  maxFiles: 1e9,
  logger,
});
await writer.start();

type Way = (entry: SessionLogEntry, n: number) => Promise<unknown>;
const name = (e: SessionLogEntry) => `${e.timestamp.replace(/[-:.]/g, "")}_${e.id}`;
const ways: Record<string, Way> = {
  idle: () => Promise.resolve(),
  // "bearer" in the entry makes toRedactedJson take its replacer path (nothing is redacted: no credential).
  "serialise, replacer": (e) => Promise.resolve(toRedactedJson({ ...e, user: "bearer" }, 2)),
  "serialise, plain": (e) => Promise.resolve(toRedactedJson(e, 2)),
  "writer as is": (e) => {
    writer.record(e);
    return Promise.resolve();
  },
  "worker, text ready": (e) => files.write(dir, [{ name: name(e), text: "{}" }]),
  "async temp+rename": async (e) => {
    const temp = `${dir}/${name(e)}.json.tmp`;
    await Deno.writeTextFile(temp, toRedactedJson(e, 2));
    await Deno.rename(temp, `${dir}/${name(e)}.json`);
  },
  "async one writeFile": (e) => Deno.writeTextFile(`${dir}/${name(e)}.json`, toRedactedJson(e, 2)),
  "sync temp+rename (main)": (e) => {
    const temp = `${dir}/${name(e)}.json.tmp`;
    Deno.writeTextFileSync(temp, toRedactedJson(e, 2));
    Deno.renameSync(temp, `${dir}/${name(e)}.json`);
    return Promise.resolve();
  },
};
const only = Deno.env.get("WAYS")?.split(",");
const chosen = Object.entries(ways).filter(([w]) => w === "idle" || !only || only.includes(w));
const cpu = new Map(chosen.map(([w]) => [w, 0]));
const sleep = () => new Promise((resolve) => setTimeout(resolve, gapMs));
let n = 0;
for (let turn = 0; turn < requests / TURN; turn++) {
  for (const [way, run] of chosen) {
    const before = process.cpuUsage();
    // Each entry is handed off, then the gap; what finishes during the gap (an answer, a timer) counts.
    const handedOff: Promise<unknown>[] = [];
    for (let i = 0; i < TURN; i++) {
      handedOff.push(run(makeEntry(n), n++));
      await sleep();
    }
    await Promise.all(handedOff);
    await writer.flush();
    const used = process.cpuUsage(before);
    cpu.set(way, cpu.get(way)! + used.user + used.system);
  }
}
await writer.close();
files.close();
await Deno.remove(dir, { recursive: true });
const idle = cpu.get("idle")! / requests;
print(`${requests} entries per way, ${gapMs} ms idle after each; idle alone ${idle.toFixed(0)} µs per entry`);
for (const [way, micros] of cpu) {
  if (way !== "idle") {
    print(`${way.padEnd(26)} ${(micros / requests - idle).toFixed(0).padStart(5)} µs CPU/entry`);
  }
}
