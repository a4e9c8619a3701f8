import { upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";

/** An upstream answer whose headers are in: what the relay reads and how it ends the exchange. */
export interface UpstreamAnswer {
  response: Response;
  url: string;
  /** Milliseconds from sending to response headers. */
  headersMs: number;
  /** Must be called once the body is finished or cancelled: frees the concurrency slot. */
  release: (error?: string) => void;
  /**
   * Cuts the exchange at once, so a body being read whole (`arrayBuffer()`, whose stream is locked and
   * cannot be cancelled) fails and the upstream connection closes: a client that left, a stalled body.
   */
  abort: (reason?: unknown) => void;
}

/** A non-streaming upstream answer, read whole: its bytes and their JSON object. */
export interface UpstreamJson {
  bytes: Uint8Array<ArrayBuffer>;
  json: Record<string, unknown>;
}

/** Options for {@linkcode readUpstreamJson}. */
export interface ReadUpstreamJsonOptions {
  backendName: string;
  /** Longest wait for the whole body once the headers are in (a non-streaming answer comes in one go). */
  idleMs: number;
  /** The client's signal (or a caller's deadline): when it aborts, the upstream read is cut at once. */
  signal?: AbortSignal | undefined;
  /** Largest body accepted; a longer one is cut and answered 502 (default {@linkcode MAX_ANSWER_BYTES}). */
  maxBytes?: number;
}

/**
 * The default cap on a whole upstream answer: above the largest real answer (an embeddings batch of 2,048
 * inputs at 3,072 float dimensions is about 130 MB as JSON), below what would threaten the router's memory.
 */
export const MAX_ANSWER_BYTES = 256 * 1024 * 1024;

const decoder = new TextDecoder();

/** A body of undeclared length below this is copied out of the buffer Deno read it into. */
const COPY_BELOW_BYTES = 64 * 1024;

/**
 * A right-sized copy of a body read whole, with the buffer it came in detached so that its memory is freed
 * now rather than at V8's next full collection. Deno reads a body of undeclared length (chunked, as servers
 * that can stream answer) into a buffer sized by its read strategy and gives V8 only the bytes read
 * (denoland/deno_core core/ops_builtin.rs@ec8daa5b `op_read_all`: `buf.truncate(nread)` keeps the
 * capacity): V8 sees a 300-byte ArrayBuffer and never the kilobytes behind it, which stayed allocated until a
 * full collection, ≈ 14 KiB per answer (docs/decisions.md, "Reading upstream answers").
 */
export function toOwnedBytes(whole: ArrayBuffer): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(whole).slice();
  whole.transfer(0);
  return bytes;
}

/**
 * The guarded read of a whole body (any content: JSON, WAV): 504 when it stalls past `idleMs`, 502 when it
 * breaks off or passes `maxBytes`, the caller's abort reason when `signal` aborts.
 * It reads the body whole with `arrayBuffer()`: Deno reads a fetch body natively in one op there, where a
 * stream reader costs a JavaScript round trip per chunk (about 85 µs more CPU per request for a 300-byte
 * answer, measured on loopback), so a body of undeclared length is measured after it is read. A locked body
 * cannot be cancelled, so a stall or a client that
 * leaves cuts the exchange through `upstream.abort`, which fails the read and closes the connection.
 */
export async function readUpstreamBody(
  upstream: Pick<UpstreamAnswer, "response" | "abort">,
  options: ReadUpstreamJsonOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const { response, abort } = upstream;
  const { backendName, idleMs, signal, maxBytes = MAX_ANSWER_BYTES } = options;
  if (!response.body) return new Uint8Array();
  const tooLong = () =>
    upstreamFailed(`Backend "${backendName}" answered with a body over ${maxBytes} bytes`);
  const length = Number(response.headers.get("content-length") ?? NaN);
  if (length > maxBytes) {
    abort();
    throw tooLong();
  }
  if (signal?.aborted) {
    abort(signal.reason);
    throw signal.reason;
  }
  let stalled = false;
  const onAbort = () => abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    stalled = true;
    abort();
  }, idleMs);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const whole = await response.arrayBuffer();
    bytes = Number.isNaN(length) && whole.byteLength < COPY_BELOW_BYTES
      ? toOwnedBytes(whole)
      : new Uint8Array(whole);
  } catch (error) {
    if (stalled) throw upstreamTimeout(`Backend "${backendName}" stalled while answering`, { cause: error });
    if (signal?.aborted) throw signal.reason;
    // The connection broke after the headers (reset, crash, a length it never delivered).
    const detail = error instanceof Error ? error.message : String(error);
    throw upstreamFailed(`Backend "${backendName}" broke off its answer: ${clipForEcho(detail)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
  // A body of undeclared length is only measured once read (docs/decisions.md, "The guarded reader has its
  // own idle timer"); it is refused all the same.
  if (bytes.byteLength > maxBytes) {
    abort();
    throw tooLong();
  }
  return bytes;
}

/**
 * Reads a non-streaming upstream answer: 502 `upstream_error` when the body breaks off or is not a JSON
 * object (a proxy's HTML page with status 200), quoting what came back, cut; 504 when it stalls; the
 * client's abort reason when the client leaves.
 */
export async function readUpstreamJson(
  upstream: Pick<UpstreamAnswer, "response" | "abort">,
  options: ReadUpstreamJsonOptions,
): Promise<UpstreamJson> {
  const { response } = upstream;
  const bytes = await readUpstreamBody(upstream, options);
  const text = decoder.decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const type = response.headers.get("content-type") ?? "no content type";
    throw upstreamFailed(
      `Backend "${options.backendName}" answered ${response.status} (${
        clipForEcho(type)
      }) with a body that ` +
        `is not a JSON object: ${JSON.stringify(clipForEcho(text))}`,
    );
  }
  return { bytes, json: json as Record<string, unknown> };
}
