import type { Clock } from "../clock.ts";
import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { RequestSession } from "./route_deps.ts";

/** What one finished audio or vision request reports to metrics and the session log. */
export interface AudioRecord {
  requestId: string;
  user: string;
  /** `transcriptions`, `translations` or `speech` (the metric's endpoint label). */
  endpoint: string;
  /** The session log route: `AUDIO_TRANSCRIPTION`, `AUDIO_TRANSLATION`, `SPEECH`. */
  route: string;
  backend: string;
  url: string;
  model: string;
  format: string;
  status: number;
  seconds: number;
  bytesIn: number;
  bytesOut: number;
  startedAt: number;
  /** The spoken text (speech) or a description of the upload (transcription). */
  query: string;
  /** The transcript (transcription) or a description of the audio sent (speech). */
  response: string;
  error: string | null;
}

/**
 * Counts the request in the audio metrics and hands a session log entry to the request's session; the metrics
 * sink (`create_metrics_sink.ts`) counts `ai_router_requests_total` and the request duration from that entry.
 */
export function recordAudio(
  to: { session: RequestSession; metrics: Metrics; clock: Clock },
  record: AudioRecord,
): void {
  const { metrics } = to;
  const status = String(record.status);
  metrics.audioRequests.inc({
    endpoint: record.endpoint,
    backend: record.backend,
    format: record.format,
    status,
  });
  if (record.seconds > 0) metrics.audioSeconds.inc({ endpoint: record.endpoint }, record.seconds);
  metrics.audioBytes.inc({ endpoint: record.endpoint, direction: "in" }, record.bytesIn);
  metrics.audioBytes.inc({ endpoint: record.endpoint, direction: "out" }, record.bytesOut);
  const durationMs = Math.round(performance.now() - record.startedAt);
  const entry: SessionLogEntry = {
    id: record.requestId,
    timestamp: new Date(to.clock.now()).toISOString(),
    user: record.user,
    "client_ip": null,
    "user_query": record.query,
    "client_messages": [],
    route: record.route,
    "classification_raw": null,
    confidence: null,
    "classification_ms": null,
    "cache_hit": false,
    rule: record.route,
    status: record.status,
    steps: [{
      step: record.endpoint,
      provider: record.backend,
      url: record.url,
      model: record.model,
      "messages_sent": [],
      params: {
        format: record.format,
        seconds: record.seconds,
        bytesIn: record.bytesIn,
        bytesOut: record.bytesOut,
      },
      "response_content": record.response,
      "duration_ms": durationMs,
      "ttft_ms": null,
      tokens: null,
      status: record.status,
      "finish_reason": null,
      location: "local",
    }],
    "total_ms": durationMs,
    error: record.error,
  };
  to.session.record(entry);
}
