import type { Clock } from "../clock.ts";
import type { Backend } from "../backends/backend.ts";
import { toClientError } from "../api_error.ts";
import type { Logger } from "../logger.ts";
import {
  CLIENT_CLOSED_ERROR,
  CLIENT_CLOSED_STATUS,
  RELAY_CANCELLED,
  type SessionLogEntry,
  type SessionSink,
  type SessionStep,
} from "./session_log_entry.ts";

/** How one upstream call ended, as the step of a session log records it. */
export interface StepOutcome {
  url?: string;
  status: number;
  content?: string;
  tokens?: { prompt: number; completion: number } | null;
  finishReason?: string | null;
  ttftMs?: number | null;
  /** The charge the upstream reported for this call (xAI's `cost_in_usd_ticks`), in US dollars. */
  costUsd?: number | null;
}

/** Collects one request's session log entry while it runs, then hands it to the sinks once. */
export interface SessionRecorder {
  /** The entry so far; stages set `route`, `rule`, the classification fields. */
  readonly entry: SessionLogEntry;
  /** Starts timing a call to `backend`; the returned function records how it ended. */
  startStep(
    step: string,
    backend: Pick<Backend, "name" | "config">,
    body: Record<string, unknown>,
  ): (outcome: StepOutcome) => void;
  /** Adds a sentence to the entry's `notes` (what the router changed in an upstream request). */
  note(text: string): void;
  /**
   * Ends the entry and tells every sink; later calls do nothing. `status` is what the client got:
   * by default 200, 499 when the relay says the client went away mid-answer, or 502 with another error
   * (a stream that failed after its headers).
   */
  finish(error?: string, status?: number): void;
  /** Ends the entry for a request that threw: 499 when the client had left, else the error's message and status. */
  fail(error: unknown, clientLeft: boolean): void;
}

/** Options for {@linkcode createSessionRecorder}. */
export interface SessionRecorderOptions {
  id: string;
  user: string;
  clientIp: string | null;
  messages: readonly unknown[];
  userQuery: string;
  sinks: readonly SessionSink[];
  logger: Logger;
  /** Stamps the entry's `timestamp` (the wall clock; durations use `performance.now()`). */
  clock: Clock;
}

/** Starts a request's session log entry; the clock starts now. */
export function createSessionRecorder(options: SessionRecorderOptions): SessionRecorder {
  const started = performance.now();
  const entry: SessionLogEntry = {
    id: options.id,
    timestamp: new Date(options.clock.now()).toISOString(),
    user: options.user,
    "client_ip": options.clientIp,
    "user_query": options.userQuery.slice(0, 500),
    "client_messages": [...options.messages],
    route: "",
    "classification_raw": null,
    confidence: null,
    "classification_ms": null,
    "cache_hit": false,
    rule: null,
    steps: [],
    "total_ms": 0,
    error: null,
    status: 0,
  };
  let finished = false;
  return {
    entry,
    startStep(step, backend, body) {
      const stepStarted = performance.now();
      const { messages = [], model: _model, ...params } = body;
      const record: SessionStep = {
        step,
        provider: backend.name,
        url: backend.config.urls[0] ?? "",
        model: backend.config.model,
        "messages_sent": messages as unknown[],
        params,
        "response_content": "",
        "duration_ms": 0,
        "ttft_ms": null,
        tokens: null,
        status: 0,
        "finish_reason": null,
        location: backend.config.location,
      };
      entry.steps.push(record);
      return (outcome) => {
        record.duration_ms = Math.round(performance.now() - stepStarted);
        record.status = outcome.status;
        if (outcome.url !== undefined) record.url = outcome.url;
        record.response_content = outcome.content ?? "";
        record.tokens = outcome.tokens ?? null;
        record.finish_reason = outcome.finishReason ?? null;
        if (typeof outcome.costUsd === "number") record.cost_usd = outcome.costUsd;
        record.ttft_ms = outcome.ttftMs === undefined || outcome.ttftMs === null
          ? null
          : Math.round(outcome.ttftMs);
      };
    },
    note(text) {
      (entry.notes ??= []).push(text);
    },
    fail(error, clientLeft) {
      // The same error the client is answered with and the metric counts (toClientError).
      const failure = toClientError(error, { clientLeft });
      this.finish(clientLeft ? CLIENT_CLOSED_ERROR : failure.message, failure.status);
    },
    finish(error, status) {
      if (finished) return;
      finished = true;
      entry.total_ms = Math.round(performance.now() - started);
      // Every path that ends an entry passes here, so a client leaving mid-stream (Continue cancelling
      // autocomplete, a closed tab) is 499 and never a 502 in the log, metrics, /stats or alerts.
      const cancelled = error === RELAY_CANCELLED || status === CLIENT_CLOSED_STATUS;
      entry.error = cancelled ? CLIENT_CLOSED_ERROR : error ?? null;
      entry.status = cancelled ? CLIENT_CLOSED_STATUS : status ?? (error ? 502 : 200);
      for (const sink of options.sinks) {
        try {
          sink.record(entry);
        } catch (failure) {
          options.logger.warn("A session sink failed", { id: entry.id, error: failure });
        }
      }
    },
  };
}
