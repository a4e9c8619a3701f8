import { upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import { concatBytes } from "../concat_bytes.ts";

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

/**
 * Reads the body whole with `arrayBuffer()`: Deno reads a fetch body natively in one op there, where a
 * stream reader costs a JavaScript round trip per chunk (about 85 µs more CPU per request for a 300-byte
 * answer, measured on loopback); only a body of undeclared length is read chunk by chunk, to count it. A locked body cannot be cancelled, so a stall or a client that
 * leaves cuts the exchange through `upstream.abort`, which fails the read and closes the connection.
 */
async function readBody(
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
  let over = false;
  try {
    // A declared length is read natively in one op; an undeclared one is counted chunk by chunk.
    if (Number.isFinite(length)) return new Uint8Array(await response.arrayBuffer());
    return await readCapped(response.body, maxBytes, () => {
      over = true;
      abort();
    });
  } catch (error) {
    if (over) throw tooLong();
    if (stalled) throw upstreamTimeout(`Backend "${backendName}" stalled while answering`);
    if (signal?.aborted) throw signal.reason;
    // The connection broke after the headers (reset, crash, a length it never delivered).
    const detail = error instanceof Error ? error.message : String(error);
    throw upstreamFailed(`Backend "${backendName}" broke off its answer: ${clipForEcho(detail)}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Reads a body chunk by chunk, calling `onOver` (which cuts the exchange) once it passes `maxBytes`. */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onOver: () => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      onOver();
      throw new RangeError("over the size cap");
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks, size) as Uint8Array<ArrayBuffer>;
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
  const bytes = await readBody(upstream, options);
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
