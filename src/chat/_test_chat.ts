import { Registry } from "prom-client";
import type { Backend, UpstreamRequest, UpstreamResponse } from "../backends/backend.ts";
import { buildRouterState } from "../build_router_state.ts";
import { systemClock } from "../clock.ts";
import { parseConfig } from "../config/load_config.ts";
import { createSilentLogger } from "../logger.ts";
import { createSessionRecorder } from "../logs/session_recorder.ts";
import { createMetrics } from "../metrics/create_metrics.ts";
import type { RouterState } from "../router_state.ts";
import { createNoSupervision } from "../supervisor/supervision.ts";
import type { RequestUser } from "../users/request_user.ts";
import type { ChatContext } from "./chat_context.ts";
import type { ChatRequest } from "./chat_request.ts";

/** A backend that answers every call with `answer` (or its error); no network. */
export type FakeAnswer = (request: UpstreamRequest) => Promise<Record<string, unknown>>;

const CONFIG = `
backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: local-model }
  coder: { urls: ["http://127.0.0.1:2/v1"], model: coder-model, aliases: [code] }
  cloud: { urls: ["http://127.0.0.1:3/v1"], model: cloud-model, location: cloud, apiKeyEnv: CLOUD_KEY }
`;

/** A chat completion as an upstream sends it. */
export function randomCompletion(content = `answer ${crypto.randomUUID().slice(0, 8)}`) {
  return {
    id: "c1",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content } }],
  };
}

function createFakeBackend(
  state: RouterState,
  { name, answer }: { name: string; answer: FakeAnswer },
): Backend {
  const config = state.config.backends[name]!;
  return {
    name,
    config,
    configured: true,
    async send(request): Promise<UpstreamResponse> {
      const json = await answer(request);
      const response = new Response(JSON.stringify(json), {
        headers: { "content-type": "application/json" },
      });
      const abort = (reason?: unknown) => response.body?.cancel(reason).catch(() => {});
      return { response, url: config.urls[0]!, headersMs: 1, release: () => {}, abort };
    },
    probe: () => Promise.resolve({ ok: true, latencyMs: 0 }),
    stats: () => ({
      inFlight: 0,
      queued: 0,
      requests: 0,
      failures: 0,
      lastError: null,
      lastErrorAt: null,
      circuits: [],
    }),
  };
}

/** Options for {@linkcode createChatTestContext}. */
export interface ChatTestOptions {
  request: ChatRequest;
  user?: RequestUser;
  /** Each backend's answer; a backend not named here fails the test if called. */
  answers?: Record<string, FakeAnswer>;
  signal?: AbortSignal;
}

/** A `ChatContext` on the three backends above, with fake backends and their own metrics registry. */
export async function createChatTestContext(options: ChatTestOptions): Promise<ChatContext> {
  const built = await buildRouterState(parseConfig(CONFIG, "chat_test.yaml"), {
    configSource: "chat_test.yaml",
    getSecret: () => "key",
  });
  const unexpected: FakeAnswer = (request) => Promise.reject(new Error(`unexpected call: ${request.path}`));
  const backends = new Map(
    [...built.backends.keys()].map((
      name,
    ) => [name, createFakeBackend(built, { name, answer: options.answers?.[name] ?? unexpected })]),
  );
  const state: RouterState = { ...built, backends };
  const logger = createSilentLogger();
  return {
    deps: {
      logger,
      clock: systemClock,
      metrics: createMetrics(new Registry()),
      supervision: createNoSupervision("none"),
    },
    state,
    request: options.request,
    user: options.user ?? { id: "tester", cloudAllowed: true },
    requestId: "req-1",
    signal: options.signal ?? new AbortController().signal,
    recorder: createSessionRecorder({
      id: "req-1",
      user: "tester",
      clientIp: null,
      messages: options.request.messages,
      userQuery: "",
      sinks: [],
      logger,
      clock: systemClock,
    }),
    startedAt: performance.now(),
  };
}
