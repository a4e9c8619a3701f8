import { ConversationAffinity } from "./routing/conversation_affinity.ts";
import { PrivateConversations } from "./privacy/private_conversations.ts";
import { RecentAnswers } from "./routing/recent_answers.ts";
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { type Clock, systemClock } from "./clock.ts";
import type { SessionSink } from "./logs/session_log_entry.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics/create_metrics.ts";
import type { StateHolder } from "./router_state.ts";
import { ApiError } from "./api_error.ts";
import { clipForEcho } from "./clip_for_echo.ts";
import { createClassifier } from "./classifier/create_classifier.ts";
import { createAudioDiscoveryRoutes } from "./server/audio_discovery.ts";
import { createSpeechRoutes } from "./server/audio_speech.ts";
import { createTranscriptionRoutes } from "./server/audio_transcriptions.ts";
import { createTranslationRoutes } from "./server/audio_translations.ts";
import { createChatCompletionRoutes } from "./server/chat_completions.ts";
import { createCompletionRoutes } from "./server/completions.ts";
import { createEmbeddingRoutes } from "./server/embeddings.ts";
import { createResponseRoutes } from "./server/responses.ts";
import { createRealtimeRoutes, takeUpgrade } from "./server/realtime.ts";
import { createTalkRoutes } from "./server/talk_page.ts";
import { ResponseStore } from "./responses/response_store.ts";
import { createHealthRoutes } from "./server/health.ts";
import { createMetricsSink } from "./logs/create_metrics_sink.ts";
import { createAdmission } from "./server/admission.ts";
import { createAuthenticate } from "./server/authenticate.ts";
import { createMeRoutes } from "./server/me_routes.ts";
import { createMetricsRoutes } from "./server/metrics_route.ts";
import { RATE_LIMIT_HEADERS } from "./server/rate_limit_headers.ts";
import { createModelRoutes } from "./server/models.ts";
import { createOllamaRoutes } from "./server/ollama_routes.ts";
import { OLLAMA_OPEN_PATHS, toOllamaErrorResponse } from "./ollama/ollama_error.ts";
import { findAllowedMethods } from "./ollama/find_allowed_methods.ts";
import { toExitError } from "./server/to_exit_error.ts";
import { createRequestId } from "./server/request_id.ts";
import { createSessionMiddleware } from "./server/request_session.ts";
import type { AppEnv, RouteDeps } from "./server/route_deps.ts";
import { createReviewRoutes } from "./server/review_route.ts";
import { createStatsRoutes } from "./server/stats_route.ts";
import { StatsCollector } from "./stats/stats_collector.ts";
import { createNoSupervision, type Supervision } from "./supervisor/supervision.ts";
import { Users } from "./users/users.ts";

/** Everything the app needs from outside; `main.ts` and the tests build it alike. */
export interface AppDeps {
  state: StateHolder;
  logger: Logger;
  metrics: Metrics;
  /** Container supervision; none (all backends external) when omitted. */
  supervision?: Supervision;
  sessionSinks?: readonly SessionSink[];
  /** Keys, limits and the day's usage; no keys (open, loopback only) when omitted. */
  users?: Users;
  /** Responses kept for `previous_response_id`; in memory with the config's limits when omitted. */
  responseStore?: ResponseStore;
  /** Aborted when a stop's grace period is over: streams still open end with one error event. */
  closing?: AbortSignal;
  /**
   * The wall clock of every time-of-day decision (daily limits and budgets, hourly stats, session
   * timestamps); pass the same one to `Users`. Defaults to the users' clock, else the system clock.
   */
  clock?: Clock;
}

const EXPOSED_HEADERS = [
  "x-request-id",
  "x-ai-router-route",
  "x-ai-router-backend",
  "x-ai-router-confidence",
  "x-ai-router-rule",
  "retry-after",
  ...RATE_LIMIT_HEADERS,
];

function toErrorResponse(error: ApiError, requestId: string | undefined): Response {
  const headers: Record<string, string> = { "content-type": "application/json", ...error.headers };
  if (error.isDeterministic) headers["x-should-retry"] = "false";
  if (requestId) headers["x-request-id"] = requestId;
  return new Response(JSON.stringify(error.toBody()), { status: error.status, headers });
}

function openMemoryStore(deps: AppDeps, clock: Clock): ResponseStore {
  const { retentionDays, maxBytes } = deps.state.current().config.responses;
  return ResponseStore.openInMemory({
    retentionMs: retentionDays * 86_400_000,
    maxBytes,
    logger: deps.logger,
    clock,
  });
}

/** The two listeners' apps: the main API and the Ollama API, sharing keys, limits, logs and stats. */
export interface RouterApps {
  main: Hono<AppEnv>;
  /** The Ollama API (`server.ollamaPort`), with Ollama's error shape. */
  ollama: Hono<AppEnv>;
}

/** Builds the Hono app: request id, CORS, the routes, and the one place error bodies are written. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  return createApps(deps).main;
}

/** Builds both apps over one set of users, stats and session sinks (a member's limits count on both ports). */
export function createApps(deps: AppDeps): RouterApps {
  const getConfig = () => deps.state.current().config;
  const clock = deps.clock ?? deps.users?.clock ?? systemClock;
  const users = deps.users ??
    Users.openInMemory({
      getConfig,
      getSecret: () => undefined,
      logger: deps.logger,
      metrics: deps.metrics,
      clock,
    });
  const stats = new StatsCollector({ getConfig, clock });
  const routeDeps: RouteDeps = {
    state: deps.state,
    clock,
    logger: deps.logger,
    metrics: deps.metrics,
    classifier: createClassifier({ metrics: deps.metrics, logger: deps.logger }),
    supervision: deps.supervision ?? createNoSupervision("no container supervisor configured"),
    sessionSinks: [...deps.sessionSinks ?? [], users, stats, createMetricsSink(deps.metrics)],
    ...(deps.closing ? { closing: deps.closing } : {}),
    recentAnswers: new RecentAnswers(),
    affinity: new ConversationAffinity(),
    privateConversations: new PrivateConversations(),
  };
  const corsMiddleware = cors({
    origin: (origin) => {
      const allowed = deps.state.current().config.server.corsOrigins;
      if (allowed.includes("*")) return origin || "*";
      return allowed.includes(origin) ? origin : null;
    },
    allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  const useEdge = (app: Hono<AppEnv>, openPaths?: RegExp) =>
    app.use(
      createRequestId(),
      createSessionMiddleware(routeDeps),
      corsMiddleware,
      createAuthenticate({
        state: deps.state,
        users,
        metrics: deps.metrics,
        ...(openPaths ? { openPaths } : {}),
      }),
      createAdmission(routeDeps.sessionSinks),
    );
  // The OpenAI API, served on the main port and, as Ollama serves it too, under the Ollama port's `/v1`.
  const openAi = new Hono<AppEnv>()
    .route("/", createModelRoutes(routeDeps))
    .route("/", createChatCompletionRoutes(routeDeps))
    .route("/", createCompletionRoutes(routeDeps))
    .route(
      "/",
      createResponseRoutes(routeDeps, { store: deps.responseStore ?? openMemoryStore(deps, clock) }),
    )
    .route("/", createEmbeddingRoutes(routeDeps))
    .route("/", createTranscriptionRoutes(routeDeps))
    .route("/", createTranslationRoutes(routeDeps))
    .route("/", createSpeechRoutes(routeDeps))
    .route("/", createAudioDiscoveryRoutes(routeDeps));
  const app = new Hono<AppEnv>();
  useEdge(app);
  app.route("/v1", openAi);
  // The Realtime WebSocket and its page live on the main port only.
  app.route("/v1", createRealtimeRoutes(routeDeps, { users }));
  app.route("/", createTalkRoutes());
  app.route("/health", createHealthRoutes(routeDeps));
  app.route("/metrics", createMetricsRoutes(routeDeps, { users }));
  app.route("/review", createReviewRoutes(routeDeps));
  app.route("/", createStatsRoutes(routeDeps, { stats, users }));
  app.route("/", createMeRoutes(routeDeps, { users }));

  const unknownUrl = (c: Context<AppEnv>) =>
    new ApiError(404, `Invalid URL (${c.req.method} ${clipForEcho(c.req.path)})`, { code: "unknown_url" });
  app.notFound((c) => toErrorResponse(unknownUrl(c), c.get("requestId")));
  app.onError((error, c) => toErrorResponse(toExitError(error, { c, deps, stats }), c.get("requestId")));
  const ollama = new Hono<AppEnv>();
  useEdge(ollama, OLLAMA_OPEN_PATHS);
  ollama.route("/v1", openAi);
  ollama.route("/", createOllamaRoutes(routeDeps));
  // Each API answers errors in its own shape: OpenAI's under `/v1`, Ollama's elsewhere.
  const isOpenAi = (c: Context<AppEnv>) => c.req.path.startsWith("/v1/");
  ollama.notFound((c) => {
    if (isOpenAi(c)) return toErrorResponse(unknownUrl(c), c.get("requestId"));
    // gin's words for both, as Ollama answers them: a known path with another method is a 405.
    const allowed = findAllowedMethods(ollama.routes, c.req.path);
    const error = allowed.length > 0
      ? new ApiError(405, "405 method not allowed", { headers: { allow: allowed.join(", ") } })
      : new ApiError(404, "404 page not found");
    return toOllamaErrorResponse(error, c.get("requestId"));
  });
  ollama.onError((error, c) => {
    const exit = toExitError(error, { c, deps, stats });
    return isOpenAi(c)
      ? toErrorResponse(exit, c.get("requestId"))
      : toOllamaErrorResponse(exit, c.get("requestId"));
  });
  const dispatch = app.fetch;
  app.fetch = async (request, env, ctx) => {
    const response = await dispatch(request, env, ctx);
    return takeUpgrade(request) ?? response;
  };
  return { main: app, ollama };
}
