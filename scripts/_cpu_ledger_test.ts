import { deepEqual, equal } from "node:assert/strict";
import { type CpuProfile, GC, IDLE, MAIN_THREAD_RULES, toStageTimes } from "./_cpu_ledger_stages.ts";
import { buildLedger, MAIN_UNSAMPLED, REMAINDER } from "./_cpu_ledger_table.ts";

const SRC = "file:///work/router/src";

/**
 * A tiny profile: root → Deno.serve's handler → Hono → the key check → a `Headers` read (a Deno internal no
 * rule names); Deno.serve → the relay → `arrayBuffer` → `op_read_all`; the relay → `fetch` (a frame nearer
 * the leaf than the relay, so the upstream row wins); a microtask with Deno's core only; GC; idle; the
 * session recorder calling the clock helper (a catch-all's file: the recorder's row wins).
 */
const profile: CpuProfile = {
  startTime: 1_000,
  nodes: [
    { id: 1, callFrame: { functionName: "(root)", url: "" }, children: [2, 8, 9, 10, 13] },
    { id: 2, callFrame: { functionName: "mapped", url: "ext:deno_http/00_serve.ts" }, children: [3, 5] },
    {
      id: 3,
      callFrame: { functionName: "dispatch", url: "file:///c/npm/hono/4.13.19/dist/compose.js" },
      children: [4],
    },
    {
      id: 4,
      callFrame: { functionName: "authenticate", url: `${SRC}/server/authenticate.ts` },
      children: [11],
    },
    { id: 11, callFrame: { functionName: "get", url: "ext:deno_fetch/20_headers.js" } },
    {
      id: 5,
      callFrame: { functionName: "readUpstreamJson", url: `${SRC}/relay/read_upstream_json.ts` },
      children: [6, 12],
    },
    { id: 6, callFrame: { functionName: "arrayBuffer", url: "ext:deno_fetch/22_body.js" }, children: [7] },
    { id: 7, callFrame: { functionName: "op_read_all", url: "" } },
    { id: 12, callFrame: { functionName: "fetch", url: "ext:deno_fetch/26_fetch.js" } },
    { id: 8, callFrame: { functionName: "(garbage collector)", url: "" } },
    { id: 9, callFrame: { functionName: "(idle)", url: "" } },
    { id: 10, callFrame: { functionName: "__eventLoopTick", url: "ext:core/01_core.js" } },
    {
      id: 13,
      callFrame: { functionName: "createSessionRecorder", url: `${SRC}/logs/session_recorder.ts` },
      children: [14],
    },
    { id: 14, callFrame: { functionName: "now", url: `${SRC}/clock.ts` } },
  ],
  // Each sample's time is the next delta: 10, 20, 30, 40, 50, 60, 70, 80 µs; the first sample is at 1,000.
  samples: [11, 3, 7, 12, 8, 9, 10, 14, 7],
  timeDeltas: [0, 10, 20, 30, 40, 50, 60, 70, 80],
};

Deno.test("every sample lands in exactly one stage, and the stages add up to the window's time", () => {
  const { byStage, busyUs } = toStageTimes(profile, { rules: MAIN_THREAD_RULES, windows: [[0, 10_000]] });
  deepEqual(Object.fromEntries(byStage), {
    "middleware: key check": 10,
    "Hono routing + context": 20,
    "relay: reading the upstream answer": 30,
    "upstream call (fetch, backend)": 40,
    [GC]: 50,
    [IDLE]: 60,
    "Deno core: event loop, microtasks, ops": 70,
    "session entry building + serialisation": 80,
  });
  equal(busyUs, 10 + 20 + 30 + 40 + 50 + 70 + 80);
  const total = [...byStage.values()].reduce((sum, us) => sum + us, 0);
  equal(total, 360, "the last sample has no successor delta, so it counts 0");
});

Deno.test("samples outside the load windows do not count", () => {
  // sample times: 1000, 1010, 1030, 1060, 1100, 1150, 1210, 1280, 1360
  const { byStage } = toStageTimes(profile, {
    rules: MAIN_THREAD_RULES,
    windows: [[1_010, 1_060], [1_210, 1_211]],
  });
  deepEqual(Object.fromEntries(byStage), {
    "Hono routing + context": 20,
    "relay: reading the upstream answer": 30,
    "Deno core: event loop, microtasks, ops": 70,
  });
});

Deno.test("the ledger's rows sum to the process CPU, whatever the samples miss", () => {
  const pid = 7;
  const threads = new Map([
    [pid, { name: "deno", us: 500 }],
    [8, { name: "worker-1", us: 100 }],
    [9, { name: "V8 DefaultWorke", us: 40 }],
  ]);
  const ledger = buildLedger({
    main: profile,
    workers: new Map([["worker-1", { ...profile, samples: [12, 12], timeDeltas: [0, 25] }]]),
    cpu: { processUs: 900, threads },
    pid,
    windows: [[0, 10_000]],
    requests: 2,
  });
  const sum = [...ledger.rows.values()].reduce((s, us) => s + us, 0);
  equal(sum, ledger.totalUs);
  equal(ledger.totalUs, 450);
  equal(ledger.rows.get(MAIN_UNSAMPLED), (500 - 300) / 2);
  equal(ledger.rows.get(REMAINDER), (900 - 640) / 2);
  equal(ledger.idleUs, 30);
});
