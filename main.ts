/**
 * The ai-router CLI: the only place that reads arguments, the environment and signals.
 * `serve` (default) and `demo` load config, build the app and serve it; `check` validates config.
 */
import { parseArgs } from "node:util";
import { createApp } from "./src/app.ts";
import { buildRouterState } from "./src/build_router_state.ts";
import type { Config } from "./src/config/config_schema.ts";
import { ConfigError, loadConfig } from "./src/config/load_config.ts";
import { loadSecrets, type SecretLookup } from "./src/config/load_secrets.ts";
import { parseEnvFile } from "./src/config/parse_env_file.ts";
import { describeConfig } from "./src/describe_config.ts";
import { createLogger, type Logger } from "./src/logger.ts";
import { createMetrics } from "./src/metrics/create_metrics.ts";
import { formatEvalReport, parseEvalSet, runEval } from "./src/eval/run_eval.ts";
import { startSessionLog } from "./src/logs/start_session_log.ts";
import { runReview } from "./src/review/run_review.ts";
import { createStateHolder } from "./src/router_state.ts";
import { startDemoUpstreams } from "./src/simulator/start_demo_upstreams.ts";
import { describeContainerProfile } from "./src/supervisor/describe_container_profile.ts";
import { formatMemoryPlan } from "./src/supervisor/format_memory_plan.ts";
import { loadContainerProfile } from "./src/supervisor/load_container_profile.ts";
import { planMemory } from "./src/supervisor/plan_memory.ts";
import { startSupervision } from "./src/supervisor/start_supervision.ts";
import { chooseListenHost } from "./src/users/choose_listen_host.ts";
import { Users } from "./src/users/users.ts";
import { Registry } from "prom-client";
import denoJson from "./deno.json" with { type: "json" };

const DEFAULT_CONFIG_PATH = "/etc/ai-router/ai-router.yaml";
const DEFAULT_SECRETS_PATH = "/etc/ai-router/.secrets";
const DEMO_SESSION_DIR = ".tmp/demo-sessions";

const HELP = `ai-router ${denoJson.version}: one OpenAI-compatible endpoint for the family's AI

Usage: ai-router [command] [options]

Commands:
  serve     serve the router (default)
  demo      serve the router against simulated upstreams (no GPU, Docker or network needed)
  check     validate the config and print the resolved backends and routes
  plan      print the memory plan of a container profile (--profile thor|workstation|PATH)
  eval      run a labelled JSONL set (--set FILE) through the classifier; --demo uses the simulated one
  review    report on the session logs of a period (--logs DIR --since 24h|7d|DATE --out PREFIX; see review --help)
  version   print the version

Options:
  --config PATH        YAML config (default: $AI_ROUTER_CONFIG, then ${DEFAULT_CONFIG_PATH}, then the embedded default)
  --env-file PATH      non-secret settings as KEY=value lines (AI_ROUTER_CONFIG, AI_ROUTER_HOST, AI_ROUTER_PORT)
  --secrets-file PATH  secrets as KEY=value lines, mode 0600 (default: $AI_ROUTER_SECRETS_FILE, then ${DEFAULT_SECRETS_PATH})
  --host HOST          listen address (default: config server.host; demo: 127.0.0.1)
  --port PORT          listen port (default: config server.port, 8080)
  --profile NAME       plan: a seed profile (thor, workstation) or a profile YAML (default: config supervisor.profile)
  --set FILE           eval: the labelled set, one {"prompt"|"messages", "label"} per line
  --demo               eval: run against the simulated classifier
  -h, --help           show this help

Signals: SIGHUP reloads config and prompts (a bad reload keeps the running config); SIGTERM drains and exits.
`;

const encoder = new TextEncoder();
const print = (text: string) => Deno.stdout.writeSync(encoder.encode(text + "\n"));
const printError = (text: string) => Deno.stderr.writeSync(encoder.encode(text + "\n"));

interface CliOptions {
  config?: string;
  "env-file"?: string;
  "secrets-file"?: string;
  host?: string;
  port?: string;
  profile?: string;
  set?: string;
  demo?: boolean;
  help?: boolean;
}

function parseCli(args: string[]): { command: string; options: CliOptions } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      "env-file": { type: "string" },
      "secrets-file": { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      profile: { type: "string" },
      set: { type: "string" },
      demo: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (positionals.length > 1) throw new TypeError(`Unexpected argument "${positionals[1]}"`);
  return { command: positionals[0] ?? "serve", options: values };
}

async function fileExists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

async function readEnvironment(options: CliOptions): Promise<Record<string, string>> {
  const fromFile = options["env-file"]
    ? parseEnvFile(await Deno.readTextFile(options["env-file"]), options["env-file"])
    : {};
  return { ...fromFile, ...Deno.env.toObject() };
}

async function resolveConfigPath(
  options: CliOptions,
  env: Record<string, string>,
): Promise<string | undefined> {
  const explicit = options.config ?? env.AI_ROUTER_CONFIG;
  if (explicit) return explicit;
  return await fileExists(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : undefined;
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`Invalid port "${value}"`);
  return port;
}

interface ServeOptions {
  configPath: string | undefined;
  getSecret: SecretLookup;
  hostname: string | undefined;
  port: number | undefined;
  /** The demo rewrites backend URLs to its simulators, also on reload. */
  adaptConfig?: (config: Config) => Config;
  onListen?: (baseUrl: string) => void;
  /** systemd's `StateDirectory`, the default home of the usage state file. */
  stateDirectory?: string | undefined;
}

async function serve(options: ServeOptions): Promise<number> {
  const adapt = options.adaptConfig ?? ((config: Config) => config);
  const loaded = await loadConfig(options.configPath);
  const config = adapt(loaded.config);
  const logger: Logger = createLogger({ level: config.logLevel });
  const state = createStateHolder(await buildRouterState(config, loaded.source, options.getSecret));
  const metrics = createMetrics(new Registry());
  const supervision = await startSupervision({
    config,
    logger,
    metrics,
    dockerHost: Deno.env.get("DOCKER_HOST"),
  });
  const users = await Users.open({
    getConfig: () => state.current().config,
    getSecret: options.getSecret,
    logger,
    metrics,
    stateFile: config.users.stateFile ??
      (options.stateDirectory ? `${options.stateDirectory}/state.json` : undefined),
  });
  users.startSaving(config.users.stateSaveIntervalMs);
  const sessionLog = await startSessionLog(config, logger, metrics);
  const app = createApp({
    state,
    logger,
    metrics,
    supervision,
    users,
    sessionSinks: sessionLog ? [sessionLog] : [],
  });
  const { hostname, restricted } = chooseListenHost(
    options.hostname ?? config.server.host,
    config,
    users.keyRing(),
  );
  if (restricted) {
    logger.warn("No keys configured: listening on loopback only (set server.allowOpenWithoutKeys to open)", {
      requested: options.hostname ?? config.server.host,
    });
  }
  // Registered before listening: a supervisor may signal as soon as "Listening" is logged.
  const shutdown = new AbortController();
  let grace: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    logger.info("Shutting down: draining in-flight requests");
    grace ??= setTimeout(
      () => Promise.all([users.close(), sessionLog?.close()]).finally(() => Deno.exit(0)),
      state.current().config.server.shutdownGraceMs,
    );
    shutdown.abort();
  };
  Deno.addSignalListener("SIGTERM", stop);
  Deno.addSignalListener("SIGINT", stop);
  const server = Deno.serve({
    hostname,
    signal: shutdown.signal,
    port: options.port ?? config.server.port,
    onListen: ({ port }) => {
      const baseUrl = `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
      logger.info("Listening", { url: baseUrl, config: loaded.source });
      options.onListen?.(baseUrl);
    },
  }, app.fetch);

  Deno.addSignalListener("SIGHUP", async () => {
    try {
      const next = await loadConfig(options.configPath);
      state.replace(await buildRouterState(adapt(next.config), next.source, options.getSecret));
      logger.info("Reloaded config and prompts", { config: next.source });
    } catch (error) {
      logger.error("Reload failed, keeping the running config", { error });
    }
  });
  await server.finished;
  clearTimeout(grace);
  await users.close();
  await supervision[Symbol.asyncDispose]();
  await sessionLog?.close();
  return 0;
}

async function evaluate(options: CliOptions, configPath: string | undefined, getSecret: SecretLookup) {
  if (!options.set) throw new TypeError("Missing --set FILE: the labelled JSONL set to run");
  const cases = parseEvalSet(await Deno.readTextFile(options.set), options.set);
  const { config, source } = await loadConfig(configPath);
  await using upstreams = options.demo ? startDemoUpstreams(config) : undefined;
  const state = await buildRouterState(
    upstreams?.config ?? config,
    source,
    upstreams?.getSecret ?? getSecret,
  );
  const logger = createLogger({ level: "error", write: printError });
  print(formatEvalReport(await runEval(state, cases, logger)));
  return 0;
}

function printDemoHelp(baseUrl: string): void {
  print(`
ai-router demo is running at ${baseUrl} against simulated upstreams (no GPU, Docker or network).
Try:
  curl ${baseUrl}/v1/models
  curl ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"hi"}]}'
  curl -N ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}'
  curl ${baseUrl}/v1/audio/speech -d '{"model":"tts-1","voice":"alloy","input":"Hello there."}' -o hello.mp3
  curl ${baseUrl}/v1/audio/transcriptions -F file=@hello.mp3 -F model=whisper-1
  curl ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"Prove that sqrt(2) is irrational"}]}'
  curl -i ${baseUrl}/v1/chat/completions -d '{"model":"ai-router","messages":[{"role":"user","content":"What happened in the news today?"}]}'
  curl ${baseUrl}/health/ready
  curl ${baseUrl}/health/deep
Routing is simulated: the classifier picks labels by keywords (hi, explain, prove, news today).
Session logs: ${DEMO_SESSION_DIR}/   Routing eval: ai-router eval --demo --set tests/fixtures/routing_eval.jsonl
Press Ctrl+C to stop.`);
}

async function main(args: string[]): Promise<number> {
  if (args[0] === "review") {
    return await runReview(args.slice(1), {
      env: Deno.env.toObject(),
      print,
      defaultConfigPath: DEFAULT_CONFIG_PATH,
    });
  }
  const { command, options } = parseCli(args);
  if (options.help || command === "help") {
    print(HELP);
    return 0;
  }
  if (command === "version") {
    print(`ai-router ${denoJson.version} (deno ${Deno.version.deno})`);
    return 0;
  }
  const env = await readEnvironment(options);
  const configPath = await resolveConfigPath(options, env);
  const port = parsePort(options.port ?? env.AI_ROUTER_PORT, NaN);
  const hostname = options.host ?? env.AI_ROUTER_HOST;
  const secretsPath = options["secrets-file"] ?? env.AI_ROUTER_SECRETS_FILE ?? DEFAULT_SECRETS_PATH;
  const getSecret = await loadSecrets({ path: secretsPath, env, onWarning: printError });
  const listenPort = Number.isNaN(port) ? undefined : port;

  switch (command) {
    case "check": {
      const { config, source } = await loadConfig(configPath);
      print(describeConfig(config, source));
      if (config.supervisor.profile) {
        print(describeContainerProfile(config, await loadContainerProfile(config.supervisor.profile)));
      }
      return 0;
    }
    case "plan": {
      const profile = options.profile ?? (await loadConfig(configPath)).config.supervisor.profile;
      if (!profile) {
        throw new TypeError("Cannot plan: pass --profile thor|workstation|PATH or set supervisor.profile");
      }
      const plan = planMemory(await loadContainerProfile(profile));
      print(formatMemoryPlan(plan));
      return plan.problems.length === 0 ? 0 : 1;
    }
    case "eval":
      return await evaluate(options, configPath, getSecret);
    case "serve":
      return await serve({
        configPath,
        getSecret,
        hostname,
        port: listenPort,
        stateDirectory: env.STATE_DIRECTORY,
      });
    case "demo": {
      let upstreams: Awaited<ReturnType<typeof startDemoUpstreams>> | undefined;
      return await serve({
        configPath,
        hostname: hostname ?? "127.0.0.1",
        port: listenPort ?? 8080,
        getSecret: (name) => upstreams?.getSecret(name),
        adaptConfig: (config) => {
          upstreams ??= startDemoUpstreams(config);
          // The demo keeps its session logs next to it rather than under /var/log.
          return { ...upstreams.config, sessionLogs: { ...config.sessionLogs, dir: DEMO_SESSION_DIR } };
        },
        onListen: printDemoHelp,
      });
    }
    default:
      throw new TypeError(`Unknown command "${command}": run ai-router --help`);
  }
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    printError(error instanceof ConfigError || error instanceof TypeError ? error.message : String(error));
    Deno.exit(error instanceof ConfigError ? 78 : 2);
  }
}
