/** Shared black-box test code: the real app on loopback port 0, against simulated upstreams. */
import OpenAI from "openai";
import { Registry } from "prom-client";
import { createApps } from "../src/app.ts";
import { ResponseStore } from "../src/responses/response_store.ts";
import { type Clock, systemClock } from "../src/clock.ts";
import { buildRouterState } from "../src/build_router_state.ts";
import type { Config } from "../src/config/config_schema.ts";
import { parseConfig } from "../src/config/load_config.ts";
import type { SessionSink } from "../src/logs/session_log_entry.ts";
import { createSilentLogger, type Logger } from "../src/logger.ts";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { SessionLogWriter } from "../src/logs/session_log_writer.ts";
import { createMetrics, type Metrics } from "../src/metrics/create_metrics.ts";
import { createStateHolder, type StateHolder } from "../src/router_state.ts";
import {
  type OpenAiSimulator,
  type SimulatorBehaviour,
  type SimulatorOptions,
  startOpenAiSimulator,
} from "../src/simulator/openai_simulator.ts";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { Users } from "../src/users/users.ts";
import { defaultReply } from "../src/simulator/simulated_completion.ts";
import { chooseByKeywords, replyAsCloud } from "../src/simulator/simulated_routing.ts";
import { findFreePort } from "./find_free_port.ts";
import { serveWithIdleTimeout } from "../src/server/serve_with_idle_timeout.ts";

/** The cloud key the test router is given; the simulated cloud rejects any other. */
export const TEST_CLOUD_KEY = "test-cloud-key";

/** Options for {@linkcode startTestRouter}. */
export interface TestRouterOptions {
  /** YAML appended to the generated config; its top-level keys must not repeat the base ones (`backends`). */
  extraYaml?: string;
  /** More entries for the `backends` map, as YAML indented by two spaces (audio backends, vision, tiers). */
  extraBackendsYaml?: string;
  /**
   * The primary backend's `contextLength`, and its simulator's `--max-model-len`: longer prompts get vLLM's
   * 400. Unset, the schema's default and no limit upstream.
   */
  primaryContextLength?: number;
  /** Per-upstream behaviour, e.g. `{ primary: { ttftMs: 50 } }`. */
  behaviour?: Partial<Record<"primary" | "classifier" | "cloud", Partial<SimulatorBehaviour>>>;
  /** The cloud backend's `timeouts` as YAML flow mapping (default `{ firstByteMs: 2000, idleMs: 2000 }`). */
  cloudTimeouts?: string;
  /** Which real server (and vLLM version) each upstream plays, e.g. `{ cloud: { server: "xai" } }`. */
  servers?: Partial<Record<"primary" | "classifier" | "cloud", Pick<SimulatorOptions, "server" | "version">>>;
  logger?: Logger;
  /** Extra secrets (e.g. members' plain keys) by variable name. */
  secrets?: Record<string, string>;
  /**
   * The router's wall clock (users, stats, response store, session timestamps); the system clock when unset.
   * A test about days, hours or budgets passes a manual clock so it passes at any hour in any zone.
   */
  clock?: Clock;
  /** Keeps the day's usage counters here across restarts. */
  stateFile?: string;
  /** Receive the session log entries of every finished request. */
  sessionSinks?: SessionSink[];
  /** Container supervision for the app; none (all backends external) by default. */
  supervision?: Supervision;
  /** When set, a real session log writer writes files here (queue size from the config). */
  sessionLogDir?: string;
  /** When set, responses are stored as files here (else in memory). */
  responsesDir?: string;
  /** Serve HTTPS with this PEM pair through the router's own server (`server.tls`); `caCert` trusts it. */
  tls?: { cert: string; key: string; caCert: string };
}

/** Routes as Hono lists them. */
export type RouteList = ReadonlyArray<{ method: string; path: string }>;

/** A running router plus its upstreams; dispose it with `await using`. */
export interface TestRouter extends AsyncDisposable {
  baseUrl: string;
  /** The Ollama API listener (`server.ollamaPort`), also on a loopback port 0. */
  ollamaUrl: string;
  client: OpenAI;
  state: StateHolder;
  config: Config;
  metrics: Metrics;
  users: Users;
  clock: Clock;
  upstreams: { primary: OpenAiSimulator; classifier: OpenAiSimulator; cloud: OpenAiSimulator };
  /** Every finished request's session log entry, in the order they finished. */
  sessions: SessionLogEntry[];
  sessionLog?: SessionLogWriter;
  responseStore: ResponseStore;
  /** Every route each listener's app registered (method and path pattern), middleware excluded. */
  routes: { main: RouteList; ollama: RouteList };
}

/** Builds the test config: primary (reasoning, required), classifier, cloud; short timeouts so failures are quick. */
export function buildTestConfigYaml(
  urls: { primary: string; classifier: string; cloud: string },
  cloudTimeouts = "{ firstByteMs: 2000, idleMs: 2000 }",
): string {
  return `
publicModel: ai-router
logLevel: error
backends:
  primary:
    urls: ["${urls.primary}"]
    model: sim-primary
    reasoning: true
    required: true
    aliases: [local]
    timeouts: { firstByteMs: 2000, idleMs: 2000 }
  classifier:
    urls: ["${urls.classifier}"]
    model: sim-classifier
    timeouts: { firstByteMs: 2000, idleMs: 2000 }
  cloud:
    urls: ["${urls.cloud}"]
    model: sim-cloud
    location: cloud
    apiKeyEnv: TEST_CLOUD_KEY
    aliases: [cloud]
    searchTools: [web_search, x_search]
    contextLength: 131072
    timeouts: ${cloudTimeouts}
`;
}

function toRouteList(routes: RouteList): RouteList {
  return routes.filter((r) => r.method !== "ALL").map(({ method, path }) => ({ method, path }));
}

/** Appends override YAML; later top-level keys win, so a test replaces whole sections. */
function mergeYaml(base: string, extra: string | undefined): string {
  return extra ? `${base}\n${extra}` : base;
}

/** Starts three simulated upstreams and the real app on loopback port 0. */
export async function startTestRouter(options: TestRouterOptions = {}): Promise<TestRouter> {
  const upstreams = {
    primary: await startOpenAiSimulator({
      models: ["sim-primary"],
      behaviour: options.behaviour?.primary ?? {},
      ...options.servers?.primary,
      // Tests stop and restart the primary on its port: one outside the ephemeral range stays free meanwhile.
      port: findFreePort(),
      ...(options.primaryContextLength ? { maxModelLen: options.primaryContextLength } : {}),
    }),
    // Simulated routing: keyword labels and a cloud that answers enrichment with facts.
    classifier: await startOpenAiSimulator({
      models: ["sim-classifier"],
      behaviour: { choose: chooseByKeywords, ...options.behaviour?.classifier },
      ...options.servers?.classifier,
    }),
    cloud: await startOpenAiSimulator({
      models: ["sim-cloud"],
      apiKey: TEST_CLOUD_KEY,
      ...options.servers?.cloud,
      behaviour: {
        reply: (body, model) => replyAsCloud(body, { model, reply: defaultReply }),
        ...options.behaviour?.cloud,
      },
    }),
  };
  const contextLength = options.primaryContextLength;
  const yaml = mergeYaml(
    buildTestConfigYaml({
      primary: upstreams.primary.baseUrl,
      classifier: upstreams.classifier.baseUrl,
      cloud: upstreams.cloud.baseUrl,
    }, options.cloudTimeouts).replace(
      "model: sim-primary\n",
      contextLength ? `model: sim-primary\n    contextLength: ${contextLength}\n` : "model: sim-primary\n",
    ) + (options.extraBackendsYaml ?? ""),
    options.extraYaml,
  );
  const config = parseConfig(yaml, "test.yaml");
  const getSecret = (name: string) => name === "TEST_CLOUD_KEY" ? TEST_CLOUD_KEY : options.secrets?.[name];
  const state = createStateHolder(
    await buildRouterState(config, { configSource: "test.yaml", getSecret: getSecret }),
  );
  const metrics = createMetrics(new Registry());
  const logger = options.logger ?? createSilentLogger();
  const clock = options.clock ?? systemClock;
  const users = await Users.open({
    getConfig: () => state.current().config,
    getSecret,
    logger,
    metrics,
    stateFile: options.stateFile,
    clock,
  });
  const sessions: SessionLogEntry[] = [];
  const sessionLog = options.sessionLogDir === undefined ? undefined : new SessionLogWriter({
    ...config.sessionLogs,
    dir: options.sessionLogDir,
    logger,
    metrics,
    now: () => clock.now(),
  });
  await sessionLog?.start();
  const sessionSinks = [
    { record: (entry: SessionLogEntry) => sessions.push(entry) },
    ...sessionLog ? [sessionLog] : [],
    ...options.sessionSinks ?? [],
  ];
  const { retentionDays, maxBytes } = config.responses;
  const responseStore = await ResponseStore.open({
    dir: options.responsesDir,
    retentionMs: retentionDays * 86_400_000,
    maxBytes,
    logger,
    clock,
  });
  const apps = createApps({
    responseStore,
    state,
    logger,
    metrics,
    users,
    clock,
    sessionSinks,
    ...(options.supervision ? { supervision: options.supervision } : {}),
  });
  const server = options.tls
    ? serveWithIdleTimeout({
      hostname: "127.0.0.1",
      port: 0,
      idleTimeoutMs: 0,
      webSockets: true,
      tls: options.tls,
    }, apps.main.fetch)
    : Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, apps.main.fetch);
  const ollamaServer = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, apps.ollama.fetch);
  const baseUrl = `${options.tls ? "https" : "http"}://127.0.0.1:${server.addr.port}`;
  const httpClient = options.tls ? Deno.createHttpClient({ caCerts: [options.tls.caCert] }) : undefined;
  const client = new OpenAI({
    baseURL: `${baseUrl}/v1`,
    apiKey: "test-user-key",
    maxRetries: 0,
    ...httpClient ? { fetchOptions: { client: httpClient } } : {},
  });
  return {
    baseUrl,
    ollamaUrl: `http://127.0.0.1:${ollamaServer.addr.port}`,
    client,
    state,
    config,
    metrics,
    users,
    clock,
    upstreams,
    sessions,
    responseStore,
    routes: { main: toRouteList(apps.main.routes), ollama: toRouteList(apps.ollama.routes) },
    ...(sessionLog ? { sessionLog } : {}),
    [Symbol.asyncDispose]: async () => {
      await server.shutdown();
      await ollamaServer.shutdown();
      httpClient?.close();
      await users.close();
      await sessionLog?.close();
      await Promise.all(Object.values(upstreams).map((u) => u[Symbol.asyncDispose]()));
    },
  };
}
