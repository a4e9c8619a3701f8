/**
 * The router `scripts/bench.ts`, `bench_memory.ts`, `profile_router.ts` and `soak_router.ts` run: its whole
 * pipeline on the simulators, with the shipped binary's V8 flags (the `compile` task) and the systemd unit's
 * allocator settings, each read from its one source.
 */
import { type BenchTarget, spawnListening } from "./_bench_load.ts";
import { toKeyHash } from "../src/users/key_ring.ts";

/**
 * The router's whole pipeline (docs/benchmarks.md): a member key, validation, the rule stage, the classifier
 * (the bench sends one conversation, so every request after the first is a cache hit), metrics, and
 * session logs written to files in `dir/sessions` (unless `sessionLogs` is false). The classifier runs on the
 * fast simulator (it picks SIMPLE). `idleTimeoutMs` unset keeps the schema's default (connections served one
 * by one, idle ones closed); 0 serves with plain `Deno.serve`.
 */
export function buildRouterConfig(
  { fast, slow }: { fast: number; slow: number },
  { dir, keyHash, ...options }: {
    dir: string;
    keyHash: string;
    sessionLogs?: boolean | undefined;
    idleTimeoutMs?: number | undefined;
  },
): string {
  const { sessionLogs = true, idleTimeoutMs } = options;
  const idle = idleTimeoutMs === undefined ? "" : `, idleTimeoutMs: ${idleTimeoutMs}`;
  return `
publicModel: ai-router
logLevel: info
server: { host: 127.0.0.1, port: 0${idle} }
backends:
  primary: { urls: ["http://127.0.0.1:${fast}/v1"], model: sim-primary, required: true, maxConcurrent: 256 }
  classifier: { urls: ["http://127.0.0.1:${fast}/v1"], model: sim-primary, maxConcurrent: 256 }
  slow: { urls: ["http://127.0.0.1:${slow}/v1"], model: sim-primary, aliases: [slow], maxConcurrent: 256 }
routing:
  defaultBackend: primary
  plans:
    SIMPLE: { backend: primary }
    MODERATE: { backend: primary }
    COMPLEX: { backend: primary }
    ENRICH: { backend: primary }
  classifier: { backend: classifier }
sessionLogs: { enabled: ${sessionLogs}, dir: ${dir}/sessions }
users:
  stateFile: ${dir}/state.json
  members:
    bench: { key: "${keyHash}", limits: { requestsPerMinute: 100000000 } }
`;
}

/** The key every bench router's member presents. */
export const BENCH_KEY = "bench-key";

/** The V8 flags a checkout's binary runs with (its `compile` task), so a router measures the shipped heap. */
export function toBinaryV8Flags(denoJson: { tasks: { compile: string } }): string[] {
  return denoJson.tasks.compile.match(/--v8-flags=\S+/g) ?? [];
}

/**
 * The allocator settings the systemd unit gives the router (its `Environment=MALLOC_…=` and
 * `Environment=GLIBC_TUNABLES=` lines), so that a bench router runs with the deployed allocator and the two
 * cannot drift. A variable already set in the bench's own environment wins, to compare another value
 * (glibc's default arena count is 8 per core: `MALLOC_ARENA_MAX=16` on 2 cores).
 */
export function toUnitAllocatorEnv(unit: string, env: Record<string, string> = {}): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [, name, value] of unit.matchAll(/^Environment=(MALLOC_[A-Z_]+|GLIBC_TUNABLES)=(\S+)$/gm)) {
    if (env[name!] === undefined) settings[name!] = value!;
  }
  return settings;
}

const UNIT = new URL("../systemd/ai-router.service", import.meta.url);

/** {@linkcode toUnitAllocatorEnv} of this checkout's unit, under the bench's environment. */
export function readUnitAllocatorEnv(): Record<string, string> {
  return toUnitAllocatorEnv(Deno.readTextFileSync(UNIT), Deno.env.toObject());
}

/** Options for {@linkcode spawnBenchRouter}. */
export interface SpawnBenchRouterOptions {
  /** Its config and session logs go to `dir/<name>.yaml` and `dir/<name>/`. */
  dir: string;
  name: string;
  fastPort: number;
  slowPort: number;
  /** `deno run` flags before the entry point (V8 flags, `--cpu-prof`). */
  flags: string[];
  /** The `main.ts` to run; another checkout's for a before/after comparison. */
  entry?: string;
  sessionLogs?: boolean;
  idleTimeoutMs?: number | undefined;
}

/** Starts a router on the bench config in its own process and returns it with its load target. */
export async function spawnBenchRouter(options: SpawnBenchRouterOptions) {
  const { dir, name, fastPort, slowPort, flags, sessionLogs, idleTimeoutMs } = options;
  const entry = options.entry ?? new URL("../main.ts", import.meta.url).pathname;
  const config = `${dir}/${name}.yaml`;
  await Deno.mkdir(`${dir}/${name}`);
  const routerConfig = buildRouterConfig({ fast: fastPort, slow: slowPort }, {
    sessionLogs,
    idleTimeoutMs,
    dir: `${dir}/${name}`,
    keyHash: toKeyHash(BENCH_KEY),
  });
  await Deno.writeTextFile(config, routerConfig);
  const args = ["run", "-A", ...flags, entry, "serve", "--config", config, "--secrets-file", `${dir}/none`];
  const { child, port } = await spawnListening(args, {
    pattern: /Listening url=http:\/\/127\.0\.0\.1:(\d+)/,
    from: "stderr",
    env: readUnitAllocatorEnv(),
  });
  const target: BenchTarget = {
    name,
    chatUrl: `http://127.0.0.1:${port}/v1/chat/completions`,
    model: "ai-router",
    headers: { authorization: `Bearer ${BENCH_KEY}` },
    pid: child.pid,
  };
  return { child, port, target };
}
