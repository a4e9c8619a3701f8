import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { SessionSink } from "./logs/session_log_entry.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics/create_metrics.ts";
import type { StateHolder } from "./router_state.ts";
import { ApiError, toApiError, toStatus } from "./api_error.ts";
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
import { createMetricsRoutes } from "./server/metrics_route.ts";
import { createModelRoutes } from "./server/models.ts";
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
}

const EXPOSED_HEADERS = [
  "x-request-id",
  "x-ai-router-route",
  "x-ai-router-backend",
  "x-ai-router-confidence",
  "x-ai-router-rule",
  "retry-after",
];

function toErrorResponse(error: ApiError, requestId: string | undefined): Response {
  const headers: Record<string, string> = { "content-type": "application/json", ...error.headers };
  if (error.isDeterministic) headers["x-should-retry"] = "false";
  if (requestId) headers["x-request-id"] = requestId;
  return new Response(JSON.stringify(error.toBody()), { status: error.status, headers });
}

function openMemoryStore(deps: AppDeps): ResponseStore {
  const { retentionDays, maxBytes } = deps.state.current().config.responses;
  return ResponseStore.openInMemory({
    retentionMs: retentionDays * 86_400_000,
    maxBytes,
    logger: deps.logger,
  });
}

/** Builds the Hono app: request id, CORS, the routes, and the one place error bodies are written. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const getConfig = () => deps.state.current().config;
  const users = deps.users ??
    Users.openInMemory({ getConfig, getSecret: () => undefined, logger: deps.logger, metrics: deps.metrics });
  const stats = new StatsCollector({ getConfig, now: users.now });
  const routeDeps: RouteDeps = {
    state: deps.state,
    logger: deps.logger,
    metrics: deps.metrics,
    classifier: createClassifier({ metrics: deps.metrics, logger: deps.logger }),
    supervision: deps.supervision ?? createNoSupervision("no container supervisor configured"),
    sessionSinks: [...deps.sessionSinks ?? [], users, stats, createMetricsSink(deps.metrics)],
    ...(deps.closing ? { closing: deps.closing } : {}),
  };
  const app = new Hono<AppEnv>();
  app.use(createRequestId());
  app.use(createSessionMiddleware(routeDeps));
  app.use(cors({
    origin: (origin) => {
      const allowed = deps.state.current().config.server.corsOrigins;
      if (allowed.includes("*")) return origin || "*";
      return allowed.includes(origin) ? origin : null;
    },
    allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  }));
  app.use(createAuthenticate({ state: deps.state, users, metrics: deps.metrics }));
  app.use(createAdmission(routeDeps.sessionSinks));
  app.route("/v1", createModelRoutes(routeDeps));
  app.route("/v1", createChatCompletionRoutes(routeDeps));
  app.route("/v1", createCompletionRoutes(routeDeps));
  app.route("/v1", createResponseRoutes(routeDeps, { store: deps.responseStore ?? openMemoryStore(deps) }));
  app.route("/v1", createEmbeddingRoutes(routeDeps));
  app.route("/v1", createRealtimeRoutes(routeDeps, { users }));
  app.route("/v1", createTranscriptionRoutes(routeDeps));
  app.route("/v1", createTranslationRoutes(routeDeps));
  app.route("/v1", createSpeechRoutes(routeDeps));
  app.route("/v1", createAudioDiscoveryRoutes(routeDeps));
  app.route("/health", createHealthRoutes(routeDeps));
  app.route("/metrics", createMetricsRoutes(routeDeps, { users }));
  app.route("/review", createReviewRoutes(routeDeps));
  app.route("/", createStatsRoutes(routeDeps, { stats, users }));
  app.route("/", createTalkRoutes());

  app.notFound((c) => {
    const error = new ApiError(404, `Invalid URL (${c.req.method} ${clipForEcho(c.req.path)})`, {
      code: "unknown_url",
    });
    return toErrorResponse(error, c.get("requestId"));
  });
  app.onError((error, c) => {
    const requestId = c.get("requestId");
    const status = c.req.raw.signal.aborted ? 499 : toStatus(error);
    if (!c.get("session")?.counted) {
      // Refused before any session entry (bad key, limit, bad request): counted here, the one error exit.
      const user = c.get("user")?.id ?? "unknown";
      deps.metrics.requests.inc({ route: "rejected", backend: "none", user, status: String(status) });
      if (status === 401 || status === 403 || status === 429) {
        // Who was refused and why, for the owner; the message never holds the key.
        deps.logger.info("Request refused", {
          requestId,
          status,
          user,
          path: clipForEcho(c.req.path),
          reason: toApiError(error).message,
        });
      }
    }
    if (c.req.raw.signal.aborted) {
      // The client went away; nobody reads this answer, and it is no server error worth a log line.
      return toErrorResponse(
        new ApiError(499, "Client closed the request", { code: "client_closed" }),
        requestId,
      );
    }
    if (error instanceof HTTPException && !(error instanceof ApiError)) {
      return toErrorResponse(new ApiError(error.status, error.message || "Bad request"), requestId);
    }
    const apiError = toApiError(error);
    if (!(error instanceof ApiError)) {
      deps.logger.error("Unhandled error", {
        requestId,
        error: error instanceof Error ? error.stack : error,
      });
    } else if (apiError.status >= 500) {
      deps.logger.warn("Request failed", { requestId, status: apiError.status, error: apiError.message });
    }
    return toErrorResponse(apiError, requestId);
  });
  const dispatch = app.fetch;
  app.fetch = async (request, env, ctx) => {
    const response = await dispatch(request, env, ctx);
    return takeUpgrade(request) ?? response;
  };
  return app;
}
