import type { SessionLogEntry, SessionSink } from "./session_log_entry.ts";
import type { Metrics } from "../metrics/create_metrics.ts";

/** A `SessionSink` that counts finished requests: requests, latency, time to first token and tokens. */
export function createMetricsSink(metrics: Metrics): SessionSink {
  return {
    record(entry: SessionLogEntry) {
      const last = entry.steps.at(-1);
      const backend = last?.provider ?? "none";
      metrics.requests.inc({ route: entry.route, backend, user: entry.user, status: String(entry.status) });
      metrics.requestDuration.observe({ backend, route: entry.route }, entry.total_ms / 1000);
      for (const step of entry.steps) {
        if (step.ttft_ms !== null) {
          metrics.timeToFirstToken.observe({ backend: step.provider }, step.ttft_ms / 1000);
        }
        if (!step.tokens) continue;
        metrics.tokens.inc({ backend: step.provider, user: entry.user, direction: "in" }, step.tokens.prompt);
        metrics.tokens.inc(
          { backend: step.provider, user: entry.user, direction: "out" },
          step.tokens.completion,
        );
      }
    },
  };
}
