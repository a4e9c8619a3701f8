import type { UpstreamAnswer } from "../relay/read_upstream_json.ts";
import type { BackendConfig } from "../config/backend_schema.ts";

/** One upstream request: a JSON POST to a path under the backend's `/v1` base URL. */
export interface UpstreamRequest {
  path: "/chat/completions" | "/completions" | "/responses" | "/embeddings";
  body: Record<string, unknown>;
  /** Aborts the upstream call (client disconnect). */
  signal: AbortSignal;
  requestId: string;
  /** Overrides the backend's `timeouts.firstByteMs` for this call (ENRICH's context hop: `contextMs`). */
  firstByteMs?: number;
  /** Extra request headers (the conversation id a cloud uses to route to its prompt cache). */
  headers?: Record<string, string>;
}

/** What a readiness probe found. */
export interface ProbeResult {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** Counters a backend keeps about itself, shown by `/health/deep`. */
export interface BackendStats {
  inFlight: number;
  queued: number;
  requests: number;
  failures: number;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Each replica's circuit breaker. */
  circuits: Array<{ url: string; state: "closed" | "open" | "half-open"; outstanding: number }>;
}

/** An upstream model server, behind one interface so routing and tests do not care which. */
export interface Backend {
  readonly name: string;
  readonly config: BackendConfig;
  /** False when the backend needs a secret that is not set (e.g. no cloud key). */
  readonly configured: boolean;
  /**
   * Sends the request and resolves once a 2xx response's headers have arrived. The caller owns the
   * body and must read or cancel it. Failures throw `ApiError` (502, 503, 504 or the upstream's 4xx).
   */
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  probe(signal?: AbortSignal): Promise<ProbeResult>;
  stats(): BackendStats;
}

/** A successful upstream response plus what it took to get it (the relay's {@linkcode UpstreamAnswer}). */
export type UpstreamResponse = UpstreamAnswer;
