import type { BackendConfig } from "../config/backend_schema.ts";
import { unavailable } from "../api_error.ts";
import type { Backend, BackendStats, ProbeResult, UpstreamRequest, UpstreamResponse } from "./backend.ts";
import { ConcurrencyGate } from "./concurrency_gate.ts";
import { ReplicaPool } from "./replica_pool.ts";
import { toNetworkError, toUpstreamError } from "./upstream_error.ts";

/** Options for {@linkcode createOpenAiBackend}. */
export interface OpenAiBackendOptions {
  /** The API key, already looked up from `.secrets` or the environment. */
  apiKey?: string | undefined;
  probeTimeoutMs?: number;
}

/** Where to probe readiness: vLLM answers `/health` at the server root, a cloud API only `/models`. */
export function toHealthUrl(config: BackendConfig): string {
  if (config.healthUrl) return config.healthUrl;
  const base = config.urls[0] as string;
  return config.location === "cloud" ? `${base}/models` : `${new URL(base).origin}/health`;
}

/** A backend for OpenAI-compatible servers (vLLM, speaches, the xAI API), with replicas and limits. */
export function createOpenAiBackend(
  name: string,
  config: BackendConfig,
  { apiKey, probeTimeoutMs = 2_000 }: OpenAiBackendOptions = {},
): Backend {
  const pool = new ReplicaPool(config.urls);
  const gate = new ConcurrencyGate(config.maxConcurrent, config.maxQueue, name);
  const counters = {
    requests: 0,
    failures: 0,
    lastError: null as string | null,
    lastErrorAt: null as string | null,
  };
  const configured = config.apiKeyEnv === undefined || Boolean(apiKey);
  const baseHeaders: Record<string, string> = { "content-type": "application/json" };
  if (apiKey) baseHeaders.authorization = `Bearer ${apiKey}`;

  const recordFailure = (message: string) => {
    counters.failures++;
    counters.lastError = message;
    counters.lastErrorAt = new Date().toISOString();
  };

  async function attempt(
    url: string,
    request: UpstreamRequest,
    options: { payload: string; controller: AbortController },
  ): Promise<Response> {
    // One controller fed by the client's signal and a first-byte timer, both dropped once headers arrive
    // (AbortSignal.any and AbortSignal.timeout cost more per request and would also cut the body later).
    // After the headers, a client that leaves cancels the relayed body, which closes the upstream; a body
    // read whole is cut through the same controller (`UpstreamResponse.abort`).
    const { payload, controller } = options;
    const onClientAbort = () => controller.abort(request.signal.reason);
    if (request.signal.aborted) throw request.signal.reason;
    request.signal.addEventListener("abort", onClientAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.firstByteMs ?? config.timeouts.firstByteMs);
    try {
      return await fetch(url + request.path, {
        method: "POST",
        headers: { ...baseHeaders, ...request.headers, "x-request-id": request.requestId },
        body: payload,
        signal: controller.signal,
      });
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason ?? error;
      throw toNetworkError(error, { backendName: name, timedOut });
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", onClientAbort);
    }
  }

  async function send(request: UpstreamRequest): Promise<UpstreamResponse> {
    if (!configured) throw unavailable(`Backend "${name}" is not configured: set ${config.apiKeyEnv}`);
    await gate.acquire(request.signal);
    counters.requests++;
    const payload = JSON.stringify(request.body);
    const tried = new Set<string>();
    try {
      for (let attemptNo = 0;; attemptNo++) {
        const url = pool.pick(tried);
        tried.add(url);
        const started = performance.now();
        let response: Response;
        const controller = new AbortController();
        try {
          response = await attempt(url, request, { payload, controller });
        } catch (error) {
          pool.finish(url, !request.signal.aborted);
          const retryable = !request.signal.aborted && attemptNo < config.retries &&
            (error as { status?: number }).status === 502;
          if (retryable) continue;
          throw error;
        }
        if (!response.ok) {
          pool.finish(url, response.status >= 500);
          throw await toUpstreamError(response, name, {
            abort: (reason) => controller.abort(reason),
            idleMs: config.timeouts.idleMs,
          });
        }
        const headersMs = performance.now() - started;
        let released = false;
        return {
          response,
          url,
          headersMs,
          abort: (reason) => controller.abort(reason),
          release: (error) => {
            if (released) return;
            released = true;
            pool.finish(url, error !== undefined);
            if (error !== undefined) recordFailure(error);
            gate.release();
          },
        };
      }
    } catch (error) {
      if (!request.signal.aborted) recordFailure(error instanceof Error ? error.message : String(error));
      gate.release();
      throw error;
    }
  }

  async function probe(signal?: AbortSignal): Promise<ProbeResult> {
    const started = performance.now();
    const timeout = AbortSignal.timeout(probeTimeoutMs);
    try {
      const response = await fetch(toHealthUrl(config), {
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      await response.body?.cancel();
      const latencyMs = performance.now() - started;
      return response.ok
        ? { ok: true, latencyMs }
        : { ok: false, latencyMs, error: `status ${response.status}` };
    } catch (error) {
      const detail = timeout.aborted ? "timed out" : error instanceof Error ? error.message : String(error);
      return { ok: false, latencyMs: performance.now() - started, error: detail };
    }
  }

  function stats(): BackendStats {
    return { inFlight: gate.active, queued: gate.queued, ...counters, circuits: pool.circuits() };
  }

  return { name, config, configured, send, probe, stats };
}
