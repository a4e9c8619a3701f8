import { type ApiError, unavailable, upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { readCompactChunks } from "./read_compact_chunks.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes an error as the one SSE event a stream ends with once its headers are sent. */
function toSseError(error: ApiError): Uint8Array {
  return encoder.encode(`data: ${JSON.stringify(error.toBody())}\n\n`);
}

/** Options for {@linkcode relaySse}. */
export interface RelayOptions {
  backendName: string;
  /** Longest silence allowed between two upstream chunks. */
  idleMs: number;
  /** Sees every chunk as it is relayed (for usage and session logs; its own copy); must not throw or block. */
  onChunk?: (chunk: Uint8Array) => void;
  /** Called once: with no argument after a clean end, else with what went wrong (or "cancelled"). */
  onEnd?: (error?: string) => void;
  /** Aborted when the router stops and its grace period is over: the stream ends with a 503 error event. */
  closing?: AbortSignal | undefined;
}

/**
 * Relays an upstream SSE body chunk by chunk, unbuffered (`highWaterMark: 0`: one read per client pull).
 * A stream that fails, stalls past `idleMs` or ends without `data: [DONE]` gets one OpenAI error event and
 * is closed; a client that goes away cancels the upstream read, which aborts the upstream request.
 */
export function relaySse(
  body: ReadableStream<Uint8Array>,
  options: RelayOptions,
): ReadableStream<Uint8Array> {
  const { backendName, idleMs, onChunk, onEnd, closing } = options;
  const reader = readCompactChunks(body);
  // The last two chunks: "data: [DONE]" may be split across them. Checked once, at the end.
  let previous: Uint8Array = new Uint8Array();
  let last: Uint8Array = new Uint8Array();
  let ended = false;
  const end = (error?: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(watchdog);
    closing?.removeEventListener("abort", onClosing);
    onEnd?.(error);
  };
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: ApiError) => {
    controller.enqueue(toSseError(error));
    controller.close();
    reader.cancel(error).catch(() => {});
    end(error.message);
  };

  // One idle watchdog for the whole stream, re-armed only when it fires early: a timer per chunk
  // showed up in profiles. When it finds the stream quiet too long, it cancels the upstream read.
  let lastActivity = performance.now();
  let stalled = false;
  const check = () => {
    const quietMs = performance.now() - lastActivity;
    if (quietMs < idleMs) {
      watchdog = setTimeout(check, idleMs - quietMs);
      return;
    }
    stalled = true;
    reader.cancel(new Error("idle")).catch(() => {});
  };
  let watchdog = setTimeout(check, idleMs);
  // A stop past its grace period cuts the upstream read the same way; the pending pull then says why.
  let stopping = false;
  const onClosing = () => {
    stopping = true;
    reader.cancel(new Error("closing")).catch(() => {});
  };
  if (closing?.aborted) onClosing();
  else closing?.addEventListener("abort", onClosing, { once: true });
  const whyCut = () =>
    stopping
      ? unavailable(`The router is shutting down: the stream from "${backendName}" was cut`)
      : upstreamTimeout(`Backend "${backendName}" stalled mid-stream`);

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const result = await reader.read();
        lastActivity = performance.now();
        if (stalled || stopping) return fail(controller, whyCut());
        if (result.done) {
          const tail = decoder.decode(previous.subarray(-16)) + decoder.decode(last.subarray(-16));
          if (!tail.includes("[DONE]")) {
            return fail(controller, upstreamFailed(`Backend "${backendName}" closed the stream early`));
          }
          controller.close();
          return end();
        }
        previous = last;
        last = result.value;
        onChunk?.(result.value);
        controller.enqueue(result.value);
      } catch (error) {
        if (stalled || stopping) return fail(controller, whyCut());
        const detail = error instanceof Error ? error.message : String(error);
        fail(
          controller,
          upstreamFailed(`Backend "${backendName}" failed mid-stream: ${detail}`, { cause: error }),
        );
      }
    },
    cancel(reason) {
      end("cancelled");
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}
