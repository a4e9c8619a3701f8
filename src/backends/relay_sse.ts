import { type ApiError, upstreamFailed, upstreamTimeout } from "../server/api_error.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes an error as the one SSE event a stream ends with once its headers are sent. */
export function toSseError(error: ApiError): Uint8Array {
  return encoder.encode(`data: ${JSON.stringify(error.toBody())}\n\n`);
}

/** Options for {@linkcode relaySse}. */
export interface RelayOptions {
  backendName: string;
  /** Longest silence allowed between two upstream chunks. */
  idleMs: number;
  /** Sees every chunk as it is relayed (for usage and session logs); must not throw or block. */
  onChunk?: (chunk: Uint8Array) => void;
  /** Called once: with no argument after a clean end, else with what went wrong (or "cancelled"). */
  onEnd?: (error?: string) => void;
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
  const { backendName, idleMs, onChunk, onEnd } = options;
  const reader = body.getReader();
  let tail = "";
  let ended = false;
  const end = (error?: string) => {
    if (ended) return;
    ended = true;
    onEnd?.(error);
  };
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: ApiError) => {
    controller.enqueue(toSseError(error));
    controller.close();
    reader.cancel(error).catch(() => {});
    end(error.message);
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const idle = new Promise<"idle">((resolve) => timer = setTimeout(() => resolve("idle"), idleMs));
      try {
        const result = await Promise.race([reader.read(), idle]);
        if (result === "idle") {
          return fail(controller, upstreamTimeout(`Backend "${backendName}" stalled mid-stream`));
        }
        if (result.done) {
          if (!tail.includes("[DONE]")) {
            return fail(controller, upstreamFailed(`Backend "${backendName}" closed the stream early`));
          }
          controller.close();
          return end();
        }
        tail = (tail + decoder.decode(result.value.subarray(-16))).slice(-16);
        onChunk?.(result.value);
        controller.enqueue(result.value);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        fail(controller, upstreamFailed(`Backend "${backendName}" failed mid-stream: ${detail}`));
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      end("cancelled");
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}
