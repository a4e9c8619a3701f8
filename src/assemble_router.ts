import { createApps } from "./app.ts";
import { type Clock, systemClock } from "./clock.ts";
import { buildRouterState } from "./build_router_state.ts";
import type { Config } from "./config/config_schema.ts";
import type { SecretLookup } from "./config/load_secrets.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createMetrics } from "./metrics/create_metrics.ts";
import { startSessionLog } from "./logs/start_session_log.ts";
import { createStateHolder, type StateHolder } from "./router_state.ts";
import type { Supervision } from "./supervisor/supervision.ts";
import { startSupervision } from "./supervisor/start_supervision.ts";
import type { ConnectKubernetesOptions } from "./supervisor/connect_kubernetes.ts";
import { Users } from "./users/users.ts";
import { ResponseStore } from "./responses/response_store.ts";
import { Registry } from "prom-client";

/** What {@linkcode assembleRouter} needs; main.ts reads the environment values and passes them in. */
export interface AssembleRouterOptions {
  config: Config;
  /** Where the config came from, for logs and `/health`. */
  source: string;
  getSecret: SecretLookup;
  /** `DOCKER_HOST` from the environment. */
  dockerHost: string | undefined;
  /** `KUBERNETES_SERVICE_HOST`/`_PORT` from the environment, for `supervisor.engine: kubernetes`. */
  kubernetes?: ConnectKubernetesOptions;
  /** systemd's `StateDirectory`, the default home of the usage state file. */
  stateDirectory?: string | undefined;
  /** Supervision to use instead of starting it from the config (the demo's simulated one). */
  supervision?: Supervision & AsyncDisposable;
  /** Aborted when a stop's grace period is over: streams still open end with one error event. */
  closing?: AbortSignal;
  /** The wall clock of the users, the stats, the response store and the app; the system clock when unset. */
  clock?: Clock;
}

/** The running router's parts main.ts serves, reloads and closes. */
export interface AssembledRouter {
  logger: Logger;
  state: StateHolder;
  supervision: Supervision & AsyncDisposable;
  users: Users;
  sessionLog: Awaited<ReturnType<typeof startSessionLog>>;
  app: ReturnType<typeof createApps>["main"];
  /** The Ollama API, served on `server.ollamaPort`. */
  ollamaApp: ReturnType<typeof createApps>["ollama"];
}

/** Builds the running router's parts: state, metrics, supervision, users, session log and the app. */
export async function assembleRouter(options: AssembleRouterOptions): Promise<AssembledRouter> {
  const { config, source, getSecret, stateDirectory, clock = systemClock } = options;
  const logger: Logger = createLogger({ level: config.logLevel });
  const state = createStateHolder(
    await buildRouterState(config, { configSource: source, getSecret: getSecret }),
  );
  const metrics = createMetrics(new Registry());
  const supervision = options.supervision ?? await startSupervision({
    config,
    logger,
    metrics,
    dockerHost: options.dockerHost,
    ...(options.kubernetes ? { kubernetes: options.kubernetes } : {}),
    // Read at each check: a SIGHUP reload replaces the backends and their counters.
    inFlight: (backend) => state.current().backends.get(backend)?.stats().inFlight ?? 0,
  });
  const users = await Users.open({
    getConfig: () => state.current().config,
    getSecret,
    logger,
    metrics,
    stateFile: config.users.stateFile ?? (stateDirectory ? `${stateDirectory}/state.json` : undefined),
    clock,
  });
  users.startSaving(config.users.stateSaveIntervalMs);
  const sessionLog = await startSessionLog(config, { logger, metrics });
  const responseStore = await ResponseStore.open({
    dir: config.responses.dir ?? (stateDirectory ? `${stateDirectory}/responses` : undefined),
    retentionMs: config.responses.retentionDays * 86_400_000,
    maxBytes: config.responses.maxBytes,
    logger,
    clock,
  });
  const apps = createApps({
    state,
    logger,
    metrics,
    supervision,
    users,
    sessionSinks: sessionLog ? [sessionLog] : [],
    responseStore,
    clock,
    ...(options.closing ? { closing: options.closing } : {}),
  });
  return { logger, state, supervision, users, sessionLog, app: apps.main, ollamaApp: apps.ollama };
}
