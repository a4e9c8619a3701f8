import { findStreamError } from "./read_sse_summary.ts";
import { relaySse } from "./relay_sse.ts";
import { readUpstreamJson, type UpstreamAnswer, type UpstreamJson } from "./read_upstream_json.ts";

/** What a finished upstream answer said, for the session log and metrics. */
export interface AnswerResult {
  /** The parsed JSON body (non-streaming) or the relayed SSE bytes (streaming). */
  json?: Record<string, unknown>;
  chunks?: Uint8Array[];
  /** Milliseconds from the response start to the first relayed chunk (streaming only). */
  ttftMs?: number;
  error?: string;
}

/** The backend an answer comes from, as the relay needs it: its name for messages, its idle timeout. */
export interface RelayBackend {
  name: string;
  config: { timeouts: { idleMs: number } };
}

/** Options for {@linkcode relayStream}. */
export interface RelayStreamOptions {
  backend: RelayBackend;
  /** Aborted when a stop's grace period is over: a stream still open ends with one error event. */
  closing?: AbortSignal | undefined;
  /**
   * Rewrites applied in order after the guarded read (think stripping, usage filtering, a note first):
   * composed transforms, each unit-tested alone (docs/decisions.md, "Stream rewrites are composed transforms").
   */
  rewrites?: TransformStream<Uint8Array, Uint8Array>[];
  /** Called once when the answer is complete, failed or cancelled; must not throw. */
  onFinish?: (result: AnswerResult) => void;
}

/**
 * An upstream SSE answer relayed chunk by chunk through the guarded reader (stall, client leave, shutdown,
 * early end), then the rewrites. The chunks are only collected on the way; parsing waits for the end.
 */
export function relayStream(
  upstream: UpstreamAnswer,
  options: RelayStreamOptions,
): ReadableStream<Uint8Array> {
  const { backend, onFinish, rewrites = [] } = options;
  const started = performance.now();
  const chunks: Uint8Array[] = [];
  let ttftMs: number | undefined;
  const relayed = relaySse(upstream.response.body as ReadableStream<Uint8Array>, {
    backendName: backend.name,
    idleMs: backend.config.timeouts.idleMs,
    closing: options.closing,
    onChunk: (chunk) => {
      ttftMs ??= performance.now() - started;
      chunks.push(chunk);
    },
    onEnd: (ended) => {
      // A relayed `data: {"error": …}` event is a failed answer even when `[DONE]` followed it.
      const error = ended ?? findStreamError(chunks) ?? undefined;
      upstream.release(ended === "cancelled" ? undefined : error);
      onFinish?.({ chunks, ...(ttftMs === undefined ? {} : { ttftMs }), ...(error ? { error } : {}) });
    },
  });
  return rewrites.reduce((stream, rewrite) => stream.pipeThrough(rewrite), relayed);
}

/** Options for {@linkcode relayJson}. */
export interface RelayJsonOptions {
  backend: RelayBackend;
  /** The client's signal: the read is cut as soon as the client leaves. */
  signal: AbortSignal;
  /** A body already read (a plan reads it before committing, to fall back on failure). */
  body?: UpstreamJson | undefined;
  /** Rewrites the answer in place (META cleaning, notes); the bytes are then serialised again. */
  rewrite?: ((json: Record<string, unknown>) => void) | undefined;
  /** Called once when the answer is read or failed; must not throw. */
  onFinish?: (result: AnswerResult) => void;
}

/** A non-streaming upstream answer read whole through the guarded reader, rewritten when asked. */
export async function relayJson(
  upstream: UpstreamAnswer,
  options: RelayJsonOptions,
): Promise<UpstreamJson> {
  const { backend, signal, rewrite, onFinish } = options;
  let answer: UpstreamJson;
  try {
    answer = options.body ??
      await readUpstreamJson(upstream, {
        backendName: backend.name,
        idleMs: backend.config.timeouts.idleMs,
        signal,
      });
    upstream.release();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A client that left is no fault of the upstream's (no failure counted against its replica).
    upstream.release(signal.aborted ? undefined : message);
    onFinish?.({ error: message });
    throw error;
  }
  const { json } = answer;
  let bytes = answer.bytes;
  if (rewrite) {
    rewrite(json);
    bytes = new TextEncoder().encode(JSON.stringify(json));
  }
  onFinish?.({ json });
  return { json, bytes };
}

/** An SSE response with the router's headers. */
export function toSseResponse(body: ReadableStream<Uint8Array>, headers: Record<string, string>): Response {
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", ...headers },
  });
}

/** A JSON response with the router's headers. */
export function toJsonResponse(bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string>): Response {
  return new Response(bytes, { headers: { "content-type": "application/json", ...headers } });
}
