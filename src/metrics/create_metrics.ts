import { Counter, Gauge, Histogram, type Registry } from "prom-client";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const FAST_BUCKETS = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Every `ai_router_` metric (docs/operations.md), registered on the registry given, never the global one. */
export function createMetrics(registry: Registry) {
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "ai_router_requests_total",
      help: "Requests answered, by route, backend, user and HTTP status",
      labelNames: ["route", "backend", "user", "status"] as const,
      registers,
    }),
    requestDuration: new Histogram({
      name: "ai_router_request_duration_seconds",
      help: "Time from request to the end of the answer, per backend and route",
      labelNames: ["backend", "route"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    timeToFirstToken: new Histogram({
      name: "ai_router_time_to_first_token_seconds",
      help: "Time from request to the first streamed byte, per backend",
      labelNames: ["backend"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    tokens: new Counter({
      name: "ai_router_tokens_total",
      help: "Tokens in (prompt) and out (completion), per backend and user",
      labelNames: ["backend", "user", "direction"] as const,
      registers,
    }),
    classifierDuration: new Histogram({
      name: "ai_router_classifier_duration_seconds",
      help: "Classifier decision time, cache hits included",
      labelNames: ["cache"] as const,
      buckets: FAST_BUCKETS,
      registers,
    }),
    classifierConfidence: new Histogram({
      name: "ai_router_classifier_confidence",
      help: "Confidence of classifier labels (probability of the chosen label)",
      labelNames: ["label"] as const,
      buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1],
      registers,
    }),
    classifierResults: new Counter({
      name: "ai_router_classifier_results_total",
      help: "Classifier outcomes: hit (cache), miss (model asked), timeout, error",
      labelNames: ["result"] as const,
      registers,
    }),
    classifierNonLabelStreak: new Gauge({
      name: "ai_router_classifier_non_label_streak",
      help:
        "Classifier replies in a row that were not a label (0 after a label): an old vLLM or a parser mismatch",
      registers,
    }),
    ruleDecisions: new Counter({
      name: "ai_router_rule_decisions_total",
      help: "Requests decided by a deterministic rule before the classifier",
      labelNames: ["rule"] as const,
      registers,
    }),
    metaDetections: new Counter({
      name: "ai_router_meta_detections_total",
      help: "Client-generated (META) requests detected, by the marker that matched",
      labelNames: ["rule"] as const,
      registers,
    }),
    conversationSwitches: new Counter({
      name: "ai_router_conversation_switches_total",
      help: "Turns of a conversation answered by another backend than its previous turn (affinity)",
      labelNames: ["from", "to"] as const,
      registers,
    }),
    privacyDecisions: new Counter({
      name: "ai_router_privacy_decisions_total",
      help: "Requests whose personal data a member's privacy plan kept local or redacted before the cloud",
      labelNames: ["action"] as const,
      registers,
    }),
    privacyFindings: new Counter({
      name: "ai_router_privacy_findings_total",
      help: "Personal data found in requests of members with a privacy plan, by kind (never the values)",
      labelNames: ["kind"] as const,
      registers,
    }),
    profileRefusals: new Counter({
      name: "ai_router_profile_refusals_total",
      help: "Requests a member's profile refused locally (outside the allowed hours, a refused topic)",
      labelNames: ["rule"] as const,
      registers,
    }),
    metaByClassifier: new Counter({
      name: "ai_router_meta_by_classifier_total",
      help: "Housekeeping (META) requests the rules missed and the classifier labelled META",
      registers,
    }),
    fallbacks: new Counter({
      name: "ai_router_fallbacks_total",
      help: "Plans that fell back to another backend, with why",
      labelNames: ["from", "to", "reason"] as const,
      registers,
    }),
    speculativeStarts: new Counter({
      name: "ai_router_speculative_starts_total",
      help: "Local generations started while classifying: kept or cancelled",
      labelNames: ["outcome"] as const,
      registers,
    }),
    circuitState: new Gauge({
      name: "ai_router_circuit_open",
      help: "1 while a backend replica's circuit breaker is open",
      labelNames: ["backend", "url"] as const,
      registers,
    }),
    backendUp: new Gauge({
      name: "ai_router_backend_up",
      help: "1 when the backend's last probe succeeded",
      labelNames: ["backend"] as const,
      registers,
    }),
    backendExpectedUp: new Gauge({
      name: "ai_router_backend_expected_up",
      help: "1 when the backend should answer now: configured and its container (if any) wanted running",
      labelNames: ["backend"] as const,
      registers,
    }),
    containerState: new Gauge({
      name: "ai_router_container_state",
      help: "1 for the state a supervised container is in",
      labelNames: ["container", "state"] as const,
      registers,
    }),
    containerRestarts: new Counter({
      name: "ai_router_container_restarts_total",
      help: "Supervised container restarts",
      labelNames: ["container"] as const,
      registers,
    }),
    engineUp: new Gauge({
      name: "ai_router_engine_up",
      help: "1 when the supervisor reaches the container engine (box), 0 while it is unreachable",
      labelNames: ["engine"] as const,
      registers,
    }),
    containerSwaps: new Counter({
      name: "ai_router_container_swaps_total",
      help: "Swap-group switches from one container to another",
      labelNames: ["group"] as const,
      registers,
    }),
    cloudSpend: new Counter({
      name: "ai_router_cloud_spend_usd_total",
      help: "Estimated cloud spend in US dollars, per user",
      labelNames: ["user"] as const,
      registers,
    }),
    cloudSpendToday: new Gauge({
      name: "ai_router_cloud_spend_today_usd",
      help: "Estimated cloud spend in US dollars in the member's current local day",
      labelNames: ["user"] as const,
      registers,
    }),
    cloudBudget: new Gauge({
      name: "ai_router_cloud_budget_usd",
      help: "The member's daily cloud budget in US dollars (cloudSpendPerDayUsd), when set",
      labelNames: ["user"] as const,
      registers,
    }),
    allowanceUsed: new Gauge({
      name: "ai_router_allowance_used_ratio",
      help: "Share of each configured limit or budget the member has used in its period (1 = all of it)",
      labelNames: ["user", "limit"] as const,
      registers,
    }),
    poolUsed: new Gauge({
      name: "ai_router_pool_used_ratio",
      help: "Share of the family pool's monthly cloud amount used this month (prepaid top-ups not counted)",
      registers,
    }),
    allowanceAlertShare: new Gauge({
      name: "ai_router_allowance_alert_ratio",
      help: "The share of a limit at which the router warns (users.alertShare)",
      registers,
    }),
    limitRejections: new Counter({
      name: "ai_router_limit_rejections_total",
      help: "Requests refused or kept local by a per-user limit",
      labelNames: ["user", "limit"] as const,
      registers,
    }),
    audioRequests: new Counter({
      name: "ai_router_audio_requests_total",
      help: "Audio requests by endpoint, backend, format and status",
      labelNames: ["endpoint", "backend", "format", "status"] as const,
      registers,
    }),
    audioSeconds: new Counter({
      name: "ai_router_audio_seconds_total",
      help: "Seconds of audio transcribed or synthesised",
      labelNames: ["endpoint"] as const,
      registers,
    }),
    visionImages: new Counter({
      name: "ai_router_vision_images_total",
      help: "Images in chat requests by the backend chosen to answer and image format",
      labelNames: ["backend", "format"] as const,
      registers,
    }),
    visionImageBytes: new Counter({
      name: "ai_router_vision_image_bytes_total",
      help: "Image bytes in chat requests (after download and decoding) by the backend chosen to answer",
      labelNames: ["backend"] as const,
      registers,
    }),
    audioBytes: new Counter({
      name: "ai_router_audio_bytes_total",
      help: "Audio bytes received (in) and sent (out)",
      labelNames: ["endpoint", "direction"] as const,
      registers,
    }),
    realtimeSessions: new Gauge({
      name: "ai_router_realtime_sessions",
      help: "Realtime voice sessions open now, per user",
      labelNames: ["user"] as const,
      registers,
    }),
    realtimeTurns: new Counter({
      name: "ai_router_realtime_turns_total",
      help: "Realtime responses, by how they ended: completed, cancelled (barge-in or cancel), failed",
      labelNames: ["user", "status"] as const,
      registers,
    }),
    realtimeTurnLatency: new Histogram({
      name: "ai_router_realtime_turn_latency_seconds",
      help: "Realtime spoken turns: from the end of speech to the first answer audio sent",
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    realtimeRejections: new Counter({
      name: "ai_router_realtime_rejections_total",
      help:
        "Realtime sessions or turns refused: sessions (too many open), voice_minutes (over the day's minutes)",
      labelNames: ["user", "limit"] as const,
      registers,
    }),
    sessionLogQueue: new Gauge({
      name: "ai_router_session_log_queue_length",
      help: "Session log entries waiting to be written",
      registers,
    }),
    sessionLogDropped: new Counter({
      name: "ai_router_session_log_dropped_total",
      help: "Session log entries dropped because the queue was full",
      registers,
    }),
    sessionLogWriteErrors: new Counter({
      name: "ai_router_session_log_write_errors_total",
      help: "Session log files that could not be written",
      registers,
    }),
  };
}

/** The metrics object the app and its stages share. */
export type Metrics = ReturnType<typeof createMetrics>;
