import type { Backend } from "../backends/backend.ts";
import { relaySse } from "../backends/relay_sse.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import { upstreamTimeout } from "./api_error.ts";
import { awaitBackendReady } from "./await_backend_ready.ts";

/** Options for {@linkcode forwardToBackend}. */
export interface ForwardOptions {
  backend: Backend;
  path: "/chat/completions" | "/completions";
  body: Record<string, unknown>;
  stream: boolean;
  requestId: string;
  /** The client's request signal: aborts the upstream call when the client goes away. */
  signal: AbortSignal;
  /** Extra response headers, e.g. the routing decision. */
  headers?: Record<string, string>;
  /** Waits for the backend's container first (cold start, swap), with SSE keep-alives for streams. */
  readiness?: { supervision: Supervision; keepAliveMs: number };
}

async function readWithIdleTimeout(
  response: Response,
  idleMs: number,
  backendName: string,
): Promise<ArrayBuffer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(upstreamTimeout(`Backend "${backendName}" stalled while answering`)),
      idleMs,
    );
  });
  try {
    return await Promise.race([response.arrayBuffer(), idle]);
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a request to a backend and builds the client's response: SSE relayed chunk by chunk, or the
 * upstream JSON body as it came. Errors before the first byte throw `ApiError` for `onError`.
 */
export async function forwardToBackend(options: ForwardOptions): Promise<Response> {
  const { readiness, ...rest } = options;
  if (readiness) {
    const { backend, stream, signal, headers } = options;
    const ready = { ...readiness, backend: backend.name, stream, signal, ...(headers ? { headers } : {}) };
    return await awaitBackendReady(ready, () => forwardToBackend(rest));
  }
  const { backend, path, body, stream, requestId, signal, headers = {} } = options;
  const upstream = await backend.send({ path, body, signal, requestId });
  const { idleMs } = backend.config.timeouts;
  if (stream) {
    const relayed = relaySse(upstream.response.body as ReadableStream<Uint8Array>, {
      backendName: backend.name,
      idleMs,
      onEnd: (error) => upstream.release(error === "cancelled" ? undefined : error),
    });
    return new Response(relayed, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        ...headers,
      },
    });
  }
  try {
    const bytes = await readWithIdleTimeout(upstream.response, idleMs, backend.name);
    upstream.release();
    return new Response(bytes, { headers: { "content-type": "application/json", ...headers } });
  } catch (error) {
    upstream.release(error instanceof Error ? error.message : String(error));
    throw error;
  }
}
