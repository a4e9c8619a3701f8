/**
 * The stage of each sample of a V8 `.cpuprofile` (what `deno run --cpu-prof` writes), for
 * `scripts/cpu_ledger.ts`. The rule, exact by construction (every sample lands in exactly one row):
 *
 * 1. A V8 pseudo-frame at the leaf decides alone: `(garbage collector)`, `(program)` (native work outside
 *    JavaScript), `(idle)` (not CPU: the thread waits in the event loop).
 * 2. Otherwise the frames are walked from the leaf up to the root; the first frame that matches a rule (in
 *    the rules' order) names the stage: the innermost owner of the work. Catch-all rules (`last`, e.g. "other
 *    project code") are tried only after a whole walk found no other rule, so that a helper such as
 *    `src/clock.ts` counts for the stage that called it. Deno internals that any caller uses
 *    (`Request`, `Headers`, streams, events, timers, `op_read_all`) match no rule, so they are charged to the
 *    project or library frame that called them (`op_read_all` under the relay's `readUpstreamJson` is relay
 *    time); `fetch` itself (`ext:deno_fetch/26_fetch.js`, `op_fetch*`) and `Deno.serve` (`ext:deno_http/`) do
 *    match, so their continuations after an `await` land in the upstream and HTTP-server rows.
 * 3. A stack with no matching frame is charged by its leaf's place: Deno's web APIs, Deno's core (event loop,
 *    microtasks, timers), Node compatibility, or "other".
 */

/** One frame of a profile node. */
export interface CallFrame {
  functionName: string;
  url: string;
}

/** A V8 CPU profile as `--cpu-prof` writes it (timestamps in µs of the monotonic clock). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Frames whose URL (and, if given, function name) match belong to `stage`. */
export interface StageRule {
  stage: string;
  url?: RegExp;
  name?: RegExp;
  /** A catch-all: it names the stage only when no other rule matches any frame of the stack. */
  last?: boolean;
}

export const GC = "garbage collection";
export const PROGRAM = "(program): V8/Deno native work outside JS";
export const IDLE = "(idle)";

const src = (pattern: string) => new RegExp(`/src/${pattern}`);

/** The router's main thread (and the bare proxy's: its rows are a subset). */
export const MAIN_THREAD_RULES: StageRule[] = [
  { stage: "posting to the session-log worker", name: /^op_host_post_message/ },
  { stage: "posting to the session-log worker", url: /ext:deno_web\/13_message_port\.js$/ },
  {
    stage: "posting to the session-log worker",
    url: src("logs/(session_log_files|session_log_writer)\\.ts$"),
  },
  {
    stage: "session entry building + serialisation",
    url: src(
      "(logs/(session_recorder|session_log_entry|session_log_file_name|redact|to_step_outcome)|" +
        "chat/record_chat_session)\\.ts$",
    ),
  },
  { stage: "metrics (prom-client) + stats sinks", url: /prom-client|\/src\/(metrics|stats)\// },
  { stage: "metrics (prom-client) + stats sinks", url: src("logs/create_metrics_sink\\.ts$") },
  { stage: "middleware: request id", url: src("server/request_id\\.ts$") },
  {
    stage: "middleware: session start",
    url: src("(server/request_session|logs/start_session_log|logs/resolve_client_ip)\\.ts$"),
  },
  {
    stage: "middleware: key check",
    url: src(
      "(server/authenticate|server/read_forwarded_user|users/(key_ring|request_user|member_policy|" +
        "verify_forwarded_jwt|pseudonym))\\.ts$",
    ),
  },
  {
    stage: "middleware: admission + allowance",
    url: /\/src\/(server\/(admission|enforce_allowance|rate_limit_headers)\.ts$|users\/)/,
  },
  {
    stage: "body parsing + validation",
    url: src("(server/(read_json_body|parse_request|find_deep_nesting|check_model)|chat/chat_request)\\.ts$"),
  },
  { stage: "body parsing + validation", url: /\/zod\// },
  {
    stage: "routing decision (META, rules, model)",
    url:
      /\/src\/(routing|privacy)\/|\/src\/chat\/(decide_route|read_plan_facts|apply_privacy|require_backend)\./,
  },
  { stage: "classifier (cache, client)", url: src("classifier/") },
  {
    stage: "upstream call (fetch, backend)",
    url: /\/src\/backends\/|\/src\/chat\/(build_upstream_body|drop_params|start_attempt|inline_images)\.ts$/,
  },
  { stage: "upstream call (fetch, backend)", url: /ext:deno_fetch\/26_fetch\.js$/ },
  { stage: "upstream call (fetch, backend)", name: /^op_fetch/ },
  { stage: "response building", url: src("(relay/shape_answer|chat/chat_answer|api_error)\\.ts$") },
  { stage: "relay: reading the upstream answer", url: src("relay/") },
  {
    stage: "chat handler + pipeline steps",
    url: /\/src\/(server\/(chat_completions|route_deps)\.ts$|chat\/)/,
  },
  { stage: "chat handler + pipeline steps", url: /\/scripts\/_bench_proxy\.ts$/ },
  { stage: "Hono routing + context", url: /\/hono\/|\/src\/app\.ts$/ },
  {
    stage: "Deno HTTP server (Deno.serve)",
    url: /ext:deno_http\/|\/src\/server\/serve_with_idle_timeout\.ts$/,
  },
  { stage: "Deno HTTP server (Deno.serve)", name: /^op_http_/ },
  { stage: "logging (src/logger.ts)", url: src("logger\\.ts$") },
  { stage: "other project code", url: /\/src\/|\/main\.ts$/, last: true },
];

/** The session-log worker's thread. */
export const WORKER_RULES: StageRule[] = [
  { stage: "writing + renaming files", name: /^op_fs_/ },
  { stage: "writing + renaming files", url: /ext:deno_fs\// },
  { stage: "receiving entries", url: /ext:deno_web\/13_message_port\.js$|ext:core\/01_core\.js$/ },
  { stage: "its own code", url: src("logs/") },
];

/** Rows for stacks no rule claims, by the leaf's place (rule 3), in the order they print. */
export const FALLBACK_STAGES = [
  "Deno web APIs outside a stage",
  "Deno core: event loop, microtasks, ops",
  "Node compatibility + npm outside a stage",
  "other",
] as const;

function toFallbackStage(leaf: CallFrame): string {
  const [web, core, node, other] = FALLBACK_STAGES;
  if (/^ext:(deno_web|deno_fetch|deno_webidl|deno_url|deno_console)\//.test(leaf.url)) return web;
  if (/^ext:(core|runtime)/.test(leaf.url) || leaf.url === "") return core;
  if (/^(node:|ext:deno_node\/)/.test(leaf.url) || /npm|node_modules/.test(leaf.url)) return node;
  return other;
}

function matches(rule: StageRule, frame: CallFrame): boolean {
  return (rule.url === undefined || rule.url.test(frame.url)) &&
    (rule.name === undefined || rule.name.test(frame.functionName));
}

/** Index a profile's nodes: each node's frame and parent, so a sample's stack can be walked. */
export function indexProfile(profile: CpuProfile) {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  return { frames, parents };
}

/** The one stage of the sample that landed in `nodeId` (see the module comment for the rule). */
export function classifySample(
  nodeId: number,
  { index, rules }: { index: ReturnType<typeof indexProfile>; rules: StageRule[] },
): string {
  const leaf = index.frames.get(nodeId) ?? { functionName: "", url: "" };
  if (leaf.functionName === "(garbage collector)") return GC;
  if (leaf.functionName === "(program)") return PROGRAM;
  if (leaf.functionName === "(idle)") return IDLE;
  for (const last of [false, true]) {
    for (let at: number | undefined = nodeId; at !== undefined; at = index.parents.get(at)) {
      const frame = index.frames.get(at);
      const rule = frame && rules.find((r) => (r.last ?? false) === last && matches(r, frame));
      if (rule) return rule.stage;
    }
  }
  return toFallbackStage(leaf);
}

/** Time per stage over the samples taken inside `windows` ([from, to) in the profile's µs clock). */
export interface StageTimes {
  /** µs per stage, `(idle)` included (it is wall time, not CPU). */
  byStage: Map<string, number>;
  /** µs of every sample in the windows that is not `(idle)`: the sum of the other rows. */
  busyUs: number;
}

/**
 * Sums each sample's time (its `timeDeltas` successor: the time until the next sample, as
 * `profile_compare.ts` does) into its stage; samples outside every window are left out.
 */
export function toStageTimes(
  profile: CpuProfile,
  { rules, windows }: { rules: StageRule[]; windows: Array<[number, number]> },
): StageTimes {
  const index = indexProfile(profile);
  const byStage = new Map<string, number>();
  const cache = new Map<number, string>();
  let busyUs = 0;
  let at = profile.startTime;
  profile.samples.forEach((nodeId, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (!windows.some(([from, to]) => at >= from && at < to)) return;
    const us = profile.timeDeltas[i + 1] ?? 0;
    let stage = cache.get(nodeId);
    if (stage === undefined) {
      stage = classifySample(nodeId, { index, rules });
      cache.set(nodeId, stage);
    }
    byStage.set(stage, (byStage.get(stage) ?? 0) + us);
    if (stage !== IDLE) busyUs += us;
  });
  return { byStage, busyUs };
}
