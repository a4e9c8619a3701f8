/**
 * The ai-router CLI: the only place that reads arguments, the environment and signals.
 * `serve` (default) and `demo` load config, build the app and serve it; `check` validates config.
 */
import { runTlsInit } from "./src/cli/run_tls_init.ts";
import { assembleRouter } from "./src/assemble_router.ts";
import { runAddMember } from "./src/cli/add_member.ts";
import { runBudget } from "./src/cli/top_up_budget.ts";
import { buildRouterState } from "./src/build_router_state.ts";
import type { Config } from "./src/config/config_schema.ts";
import type { Supervision } from "./src/supervisor/supervision.ts";
import { ConfigError, loadConfig } from "./src/config/load_config.ts";
import { loadSecrets, type SecretLookup } from "./src/config/load_secrets.ts";
import { parseEnvFile } from "./src/config/parse_env_file.ts";
import { printConfigCheck } from "./src/cli/print_config_check.ts";
import { evaluateMetaFile } from "./src/cli/evaluate_meta_file.ts";
import { evaluateSetFile } from "./src/cli/evaluate_set_file.ts";
import { explainListenError } from "./src/cli/explain_listen_error.ts";
import { formatCliHelp } from "./src/cli/format_cli_help.ts";
import { explainUnknownCommand, type MainCliOptions, parseMainCli } from "./src/cli/parse_main_cli.ts";
import { runImprove } from "./src/cli/run_improve.ts";
import { formatDemoHelp } from "./src/cli/format_demo_help.ts";
import { runDoctor } from "./src/cli/doctor/run_doctor.ts";
import { runReview } from "./src/cli/run_review.ts";
import { createDemoRuntime, resolveDemoProfile } from "./src/simulator/create_demo_runtime.ts";
import { printMemoryPlan } from "./src/cli/print_memory_plan.ts";
import { type RouterServer, serveWithIdleTimeout } from "./src/server/serve_with_idle_timeout.ts";
import { startOllamaListener } from "./src/server/start_ollama_listener.ts";
import { chooseListenHost, refuseKeylessReload } from "./src/users/choose_listen_host.ts";
import { createKeyRing } from "./src/users/key_ring.ts";
import denoJson from "./deno.json" with { type: "json" };

const DEFAULT_CONFIG_PATH = "/etc/ai-router/ai-router.yaml";
const DEFAULT_SECRETS_PATH = "/etc/ai-router/.secrets";
const DEMO_SESSION_DIR = ".tmp/demo-sessions";
/** After the grace period and the streams' error events: how long before a stop exits regardless. */
const LAST_RESORT_MS = 2_000;

const encoder = new TextEncoder();
const print = (text: string) => Deno.stdout.writeSync(encoder.encode(text + "\n"));
const printError = (text: string) => Deno.stderr.writeSync(encoder.encode(text + "\n"));

async function fileExists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

async function readEnvironment(options: MainCliOptions): Promise<Record<string, string>> {
  const fromFile = options["env-file"]
    ? parseEnvFile(await Deno.readTextFile(options["env-file"]), options["env-file"])
    : {};
  return { ...fromFile, ...Deno.env.toObject() };
}

async function resolveConfigPath(
  options: MainCliOptions,
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
  adaptConfig?: (config: Config) => Config | Promise<Config>;
  onListen?: (baseUrl: string, ollamaUrl: string | undefined) => void;
  /** The demo's: the Ollama API falls back to a free port when `server.ollamaPort` is taken. */
  ollamaAnyPort?: boolean;
  /** systemd's `StateDirectory`, the default home of the usage state file. */
  stateDirectory?: string | undefined;
  /** The demo's simulated container supervision, made once the config is adapted. */
  createSupervision?: () => Promise<(Supervision & AsyncDisposable) | undefined>;
}

async function serve(options: ServeOptions): Promise<number> {
  const adapt = options.adaptConfig ?? ((config: Config) => config);
  const loaded = await loadConfig(options.configPath);
  const config = await adapt(loaded.config);
  const simulatedSupervision = await options.createSupervision?.();
  // Aborted when a stop's grace period is over: the streams still open then end with one error event each.
  const closing = new AbortController();
  const { logger, state, supervision, users, sessionLog, app, ollamaApp } = await assembleRouter({
    ...(simulatedSupervision ? { supervision: simulatedSupervision } : {}),
    config,
    source: loaded.source,
    getSecret: options.getSecret,
    dockerHost: Deno.env.get("DOCKER_HOST"),
    kubernetes: {
      serviceHost: Deno.env.get("KUBERNETES_SERVICE_HOST"),
      servicePort: Deno.env.get("KUBERNETES_SERVICE_PORT"),
    },
    stateDirectory: options.stateDirectory,
    closing: closing.signal,
  });
  const { hostname, restricted } = chooseListenHost(
    options.hostname ?? config.server.host,
    { config, ring: users.keyRing() },
  );
  if (restricted) {
    logger.warn("No keys configured: listening on loopback only (set server.allowOpenWithoutKeys to open)", {
      requested: options.hostname ?? config.server.host,
    });
  }
  // Registered before listening: a supervisor may signal as soon as "Listening" is logged. A stop drains:
  // `server.shutdown()` stops accepting and waits for in-flight requests and streams (Deno.serve's `signal`
  // option would close every connection at once); after `shutdownGraceMs` the streams still open are
  // ended with one error event, and a last timer exits whatever still hangs.
  const serving: { server?: RouterServer; ollama?: RouterServer | undefined } = {};
  let grace: ReturnType<typeof setTimeout> | undefined;
  let lastResort: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (grace !== undefined) return;
    logger.info("Shutting down: draining in-flight requests");
    // Requests waiting for a container to start would outlast the grace period: they get a 503 now.
    supervision.stopWaiting?.();
    const graceMs = state.current().config.server.shutdownGraceMs;
    grace = setTimeout(() => {
      logger.warn("Grace period over: ending the streams still open");
      closing.abort();
      lastResort = setTimeout(
        () => Promise.all([users.close(), sessionLog?.close()]).finally(() => Deno.exit(0)),
        LAST_RESORT_MS,
      );
    }, graceMs);
    serving.server?.shutdown();
    serving.ollama?.shutdown();
  };
  Deno.addSignalListener("SIGTERM", stop);
  Deno.addSignalListener("SIGINT", stop);
  // SIGHUP too: before its listener exists, a SIGHUP ends the process (the signal's default action), and a
  // test or `systemctl reload` may send one as soon as "Listening" is logged (a CI run lost that race).
  Deno.addSignalListener("SIGHUP", async () => {
    try {
      const next = await loadConfig(options.configPath);
      const refusal = refuseKeylessReload(
        hostname,
        { config: next.config, ring: createKeyRing(next.config.users, options.getSecret) },
      );
      if (refusal) throw new Error(refusal);
      state.replace(
        await buildRouterState(await adapt(next.config), {
          configSource: next.source,
          getSecret: options.getSecret,
        }),
      );
      logger.info("Reloaded config and prompts", { config: next.source });
    } catch (error) {
      logger.error("Reload failed, keeping the running config", { error });
    }
  });
  const tlsFiles = config.server.tls;
  const tls = tlsFiles
    ? { cert: await Deno.readTextFile(tlsFiles.certFile), key: await Deno.readTextFile(tlsFiles.keyFile) }
    : undefined;
  // Started first, so the main listener's "Listening" (and the demo's help) can name its port.
  const ollama = serving.ollama = startOllamaListener({
    hostname,
    port: config.server.ollamaPort,
    idleTimeoutMs: config.server.idleTimeoutMs,
    logger,
    ...(options.ollamaAnyPort ? { anyPortWhenTaken: true } : {}),
  }, ollamaApp.fetch);
  const ollamaUrl = ollama
    ? `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${ollama.addr.port}`
    : undefined;
  // Connections idle for `idleTimeoutMs` are closed (Deno.serve alone never closes them).
  const listen = (port: number) =>
    serveWithIdleTimeout({
      hostname,
      port,
      idleTimeoutMs: config.server.idleTimeoutMs,
      webSockets: config.realtime.enabled,
      tls,
      onListen: ({ port }) => {
        const baseUrl = `${tls ? "https" : "http"}://${
          hostname.includes(":") ? `[${hostname}]` : hostname
        }:${port}`;
        logger.info("Listening", {
          url: baseUrl,
          config: loaded.source,
          ...(ollamaUrl ? { ollama: ollamaUrl } : {}),
        });
        options.onListen?.(baseUrl, ollamaUrl);
      },
      onError: (error) => logger.error("Connection error", { error }),
      onWarning: (message) => logger.warn(message),
    }, app.fetch);
  const port = options.port ?? config.server.port;
  let server: RouterServer;
  try {
    server = serving.server = listen(port);
  } catch (error) {
    throw explainListenError(error, {
      hostname,
      port,
      source: loaded.source,
      fromFlag: options.port !== undefined,
    });
  }

  await server.finished;
  await ollama?.finished;
  clearTimeout(grace);
  clearTimeout(lastResort);
  await users.close();
  await supervision[Symbol.asyncDispose]();
  await sessionLog?.close();
  return 0;
}

async function main(args: string[]): Promise<number> {
  if (args[0] === "review" || args[0] === "improve") {
    const env = Deno.env.toObject();
    const secretsPath = env.AI_ROUTER_SECRETS_FILE ?? DEFAULT_SECRETS_PATH;
    const getSecret = await loadSecrets({ path: secretsPath, env, onWarning: printError });
    const options = { env, print, printError, getSecret, defaultConfigPath: DEFAULT_CONFIG_PATH };
    return args[0] === "review"
      ? await runReview(args.slice(1), options)
      : await runImprove(args.slice(1), options);
  }
  if (args[0] === "tls") return await runTlsInit(args.slice(1), { print });
  if (args[0] === "budget") {
    return await runBudget(args.slice(1), {
      print,
      defaultConfigPath: Deno.env.get("AI_ROUTER_CONFIG") ?? DEFAULT_CONFIG_PATH,
      stateDirectory: Deno.env.get("STATE_DIRECTORY"),
    });
  }
  if (args[0] === "add-member") {
    return await runAddMember(args.slice(1), { print, defaultConfigPath: DEFAULT_CONFIG_PATH });
  }
  if (args[0] === "doctor") {
    return await runDoctor(args.slice(1), {
      env: Deno.env.toObject(),
      print,
      defaultConfigPath: DEFAULT_CONFIG_PATH,
      defaultSecretsPath: DEFAULT_SECRETS_PATH,
    });
  }
  const { command, options } = parseMainCli(args);
  if (options.help || command === "help") {
    print(
      formatCliHelp(denoJson.version, {
        defaultConfigPath: DEFAULT_CONFIG_PATH,
        defaultSecretsPath: DEFAULT_SECRETS_PATH,
      }),
    );
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
    case "check":
      return await printConfigCheck(configPath, print);
    case "plan":
      return await printMemoryPlan(options.profile, { configPath, print });
    case "eval":
      if (options.meta) {
        return await evaluateMetaFile({
          corpusPath: options.meta,
          configPath,
          demo: options.demo ?? false,
          print,
        });
      }
      if (!options.set) throw new TypeError("Missing --set FILE: the labelled JSONL set to run");
      return await evaluateSetFile({
        setPath: options.set,
        configPath,
        getSecret,
        demo: options.demo ?? false,
        print,
        printError,
      });
    case "serve":
      return await serve({
        configPath,
        getSecret,
        hostname,
        port: listenPort,
        stateDirectory: env.STATE_DIRECTORY,
      });
    case "demo": {
      await using demo = createDemoRuntime({ sessionDir: DEMO_SESSION_DIR });
      return await serve({
        configPath: options.profile ? resolveDemoProfile(options.profile) : configPath,
        hostname: hostname ?? "127.0.0.1",
        port: listenPort ?? 8080,
        getSecret: demo.getSecret,
        adaptConfig: demo.adaptConfig,
        createSupervision: demo.createSupervision,
        ollamaAnyPort: true,
        onListen: (baseUrl, ollamaUrl) =>
          print(formatDemoHelp(baseUrl, { sessionDir: DEMO_SESSION_DIR, ollamaUrl })),
      });
    }
    default:
      throw new TypeError(explainUnknownCommand(command));
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
