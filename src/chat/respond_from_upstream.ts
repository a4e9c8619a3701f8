import type { Backend, UpstreamResponse } from "../backends/backend.ts";
import {
  findStreamError,
  readSseSummary,
  toReportedCostUsd,
  toTokenCounts,
} from "../backends/read_sse_summary.ts";
import { relaySse } from "../backends/relay_sse.ts";
import type { StepOutcome } from "../logs/session_recorder.ts";
import { readUpstreamJson, type UpstreamJson } from "./read_upstream_json.ts";
import { createThinkStripper } from "./strip_think_stream.ts";
import { dropUsageEvent } from "./ask_stream_usage.ts";
import { mapSseEvents } from "./map_sse_events.ts";
import type { Redaction } from "../privacy/redaction.ts";
import { createSseRestorer, restoreCompletion } from "./restore_placeholders.ts";

/** What a finished upstream answer said, for the session log and metrics. */
export interface AnswerResult {
  /** The parsed JSON body (non-streaming) or the relayed SSE bytes (streaming). */
  json?: Record<string, unknown>;
  chunks?: Uint8Array[];
  /** Milliseconds from the response start to the first relayed chunk (streaming only). */
  ttftMs?: number;
  error?: string;
}

/**
 * What a finished answer tells its session log step: content (chat `message.content` or legacy `text`),
 * tokens, finish reason, and the time to the first token counted from sending the request.
 */
export function toStepOutcome(upstream: UpstreamResponse, result: AnswerResult): StepOutcome {
  const summary = result.chunks ? readSseSummary(result.chunks) : undefined;
  const choice = (result.json?.choices as
    | Array<{ message?: { content?: unknown }; text?: unknown; "finish_reason"?: string }>
    | undefined)?.[0];
  const whole = choice?.message?.content ?? choice?.text;
  return {
    url: upstream.url,
    status: upstream.response.status,
    content: summary?.content ?? (typeof whole === "string" ? whole : ""),
    tokens: summary?.usage ?? toTokenCounts(result.json?.usage as Parameters<typeof toTokenCounts>[0]),
    finishReason: summary?.finishReason ?? choice?.finish_reason ?? null,
    costUsd: summary ? summary.costUsd : toReportedCostUsd(result.json?.usage),
    ttftMs: result.ttftMs === undefined ? null : upstream.headersMs + result.ttftMs,
  };
}

/** Options for {@linkcode respondFromUpstream}. */
export interface RespondOptions {
  backend: Backend;
  stream: boolean;
  /** Extra response headers, e.g. the routing decision. */
  headers?: Record<string, string>;
  /** Sent before the upstream's first chunk (a routing or fallback note). */
  prefix?: Uint8Array;
  /** Removes the usage-only chunk the router asked for although the client did not. */
  dropUsage?: boolean;
  /** Removes reasoning from a streamed answer (META: clients want only the requested output). */
  stripThink?: boolean;
  /** Rewrites a non-streaming JSON answer (META cleaning, notes); returns it changed in place. */
  rewriteJson?: (json: Record<string, unknown>) => void;
  /** Aborted when a stop's grace period is over: a stream still open ends with one error event. */
  closing?: AbortSignal | undefined;
  /** The client's signal: a non-streaming read is cancelled as soon as the client leaves. */
  signal?: AbortSignal;
  /** A non-streaming body already read (a plan reads it before committing, to fall back on failure). */
  body?: UpstreamJson;
  /** Puts back the personal values a redacted request's placeholders stand for (JSON and streamed). */
  restore?: Redaction | undefined;
  /** Called once when the answer is complete, failed or cancelled; must not throw. */
  onFinish?: (result: AnswerResult) => void;
}

function prependChunk(prefix: Uint8Array, stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  let sent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sent) {
        sent = true;
        return controller.enqueue(prefix);
      }
      const result = await reader.read();
      if (result.done) controller.close();
      else controller.enqueue(result.value);
    },
    cancel: (reason) => reader.cancel(reason),
  }, { highWaterMark: 0 });
}

/**
 * Builds the client's response from an upstream response: SSE relayed chunk by chunk (the chunks are
 * only collected on the way; parsing waits for the end), or the JSON body, rewritten when asked.
 */
export async function respondFromUpstream(
  upstream: UpstreamResponse,
  options: RespondOptions,
): Promise<Response> {
  const { backend, stream, headers = {}, prefix, onFinish, stripThink, signal, dropUsage, restore } = options;
  const rewriteJson = restore
    ? (json: Record<string, unknown>) => {
      restoreCompletion(json, restore);
      options.rewriteJson?.(json);
    }
    : options.rewriteJson;
  const { idleMs } = backend.config.timeouts;
  if (stream) {
    const started = performance.now();
    const chunks: Uint8Array[] = [];
    let ttftMs: number | undefined;
    const relayed = relaySse(upstream.response.body as ReadableStream<Uint8Array>, {
      backendName: backend.name,
      idleMs,
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
    // Both rewrites in one pass over the events: each chunk is decoded and split once.
    const rewrites = [
      ...restore ? [createSseRestorer(restore)] : [],
      ...stripThink ? [createThinkStripper()] : [],
      ...dropUsage ? [dropUsageEvent] : [],
    ];
    const cleaned = rewrites.length === 0 ? relayed : mapSseEvents(
      relayed,
      (event) => rewrites.reduce<string | undefined>((e, rewrite) => e === undefined ? e : rewrite(e), event),
    );
    return new Response(prefix ? prependChunk(prefix, cleaned) : cleaned, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        ...headers,
      },
    });
  }
  let answer: UpstreamJson;
  try {
    answer = options.body ??
      await readUpstreamJson(upstream, { backendName: backend.name, idleMs, signal });
    upstream.release();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A client that left is no fault of the upstream's (no failure counted against its replica).
    upstream.release(signal?.aborted ? undefined : message);
    onFinish?.({ error: message });
    throw error;
  }
  const { json } = answer;
  let bytes: Uint8Array<ArrayBuffer> = answer.bytes;
  if (rewriteJson) {
    rewriteJson(json);
    bytes = new TextEncoder().encode(JSON.stringify(json));
  }
  onFinish?.({ json });
  return new Response(bytes, { headers: { "content-type": "application/json", ...headers } });
}
