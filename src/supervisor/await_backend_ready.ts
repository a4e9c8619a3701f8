import type { Supervision } from "./supervision.ts";
import { toApiError } from "../api_error.ts";
import { toSseResponse } from "../relay/relay_answer.ts";

/** Options for {@linkcode awaitBackendReady}. */
export interface AwaitBackendReadyOptions {
  supervision: Supervision;
  backend: string;
  stream: boolean;
  /** The client's request signal: a client that leaves stops the wait. */
  signal: AbortSignal;
  /** Interval of the SSE keep-alive comments while the container starts. */
  keepAliveMs: number;
  /** Response headers for the early SSE response (the routing decision). */
  headers?: Record<string, string>;
  /** Told about an error that, with the SSE headers already sent, travels as an event in the stream. */
  onError?: (error: unknown) => void;
}

const encoder = new TextEncoder();

/**
 * Runs `forward` once the backend's container is ready. A ready backend costs nothing; otherwise a plain request
 * waits (or gets the 503 from `ensureReady`), and a streaming one gets SSE headers at once and
 * `: waiting for <backend> to start` comments until the container answers, so clients and proxies do not time out.
 */
export async function awaitBackendReady(
  options: AwaitBackendReadyOptions,
  forward: () => Promise<Response>,
): Promise<Response> {
  const { supervision, backend, stream, signal } = options;
  supervision.touch(backend);
  if (supervision.isReady(backend) || !stream) {
    await supervision.ensureReady(backend, signal);
    const response = await forward();
    supervision.touch(backend);
    return response;
  }
  const body = toWaitingStream(options, async () => (await forward()).body ?? ReadableStream.from([]));
  return toSseResponse(body, options.headers ?? {});
}

/**
 * An SSE body that says `: waiting for <backend> to start` every `keepAliveMs` until the backend is ready,
 * then carries what `forward` answers. An error on the way (the container did not start, the client left)
 * becomes one `data` error event, since the headers are already sent (the error model in docs/clients.md).
 */
export function toWaitingStream(
  options: Omit<AwaitBackendReadyOptions, "stream" | "headers">,
  forward: () => Promise<ReadableStream<Uint8Array>>,
): ReadableStream<Uint8Array> {
  const { supervision, backend, signal, keepAliveMs } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const comment = encoder.encode(`: waiting for ${backend} to start\n\n`);
      controller.enqueue(comment);
      timer = setInterval(() => controller.enqueue(comment), keepAliveMs);
      try {
        await supervision.ensureReady(backend, signal);
        reader = (await forward()).getReader();
      } catch (error) {
        // Headers are sent: the error travels as one SSE `data` event, then the stream ends (docs/clients.md).
        options.onError?.(error);
        if (!signal.aborted) {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(toApiError(error).toBody())}\n\n`));
        }
        controller.close();
      } finally {
        clearInterval(timer);
      }
    },
    async pull(controller) {
      if (!reader) return;
      const { done, value } = await reader.read();
      supervision.touch(backend);
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      clearInterval(timer);
      await reader?.cancel(reason);
    },
  });
}

/**
 * Runs a non-streaming backend call (audio) once the backend's container is ready: it waits like a plain chat
 * request, or gets the 503 with `Retry-After` from `ensureReady`; the backend counts as used before and after.
 */
export async function callWhenReady<T>(
  call: () => Promise<T>,
  options: { supervision: Supervision; backend: string; signal: AbortSignal },
): Promise<T> {
  const { supervision, backend, signal } = options;
  supervision.touch(backend);
  await supervision.ensureReady(backend, signal);
  try {
    return await call();
  } finally {
    supervision.touch(backend);
  }
}
