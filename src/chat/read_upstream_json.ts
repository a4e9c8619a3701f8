import { concatBytes } from "../concat_bytes.ts";
import { ApiError, upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";

/** A non-streaming upstream answer, read whole: its bytes and their JSON object. */
export interface UpstreamJson {
  bytes: Uint8Array<ArrayBuffer>;
  json: Record<string, unknown>;
}

/** Options for {@linkcode readUpstreamJson}. */
export interface ReadUpstreamJsonOptions {
  backendName: string;
  /** Longest silence between two chunks of the body. */
  idleMs: number;
  /** The client's signal: when it leaves, the upstream read is cancelled at once. */
  signal?: AbortSignal | undefined;
}

const decoder = new TextDecoder();

/** Reads the body chunk by chunk, so a stall, a client leaving or a break cancels the upstream read. */
async function readBody(
  response: Response,
  options: ReadUpstreamJsonOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const { backendName, idleMs, signal } = options;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  let stop = (_error: unknown) => {};
  const stopped = new Promise<never>((_, reject) => stop = reject);
  stopped.catch(() => {});
  const onAbort = () => stop(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (signal?.aborted) throw signal.reason;
    for (;;) {
      clearTimeout(timer);
      timer = setTimeout(
        () => stop(upstreamTimeout(`Backend "${backendName}" stalled while answering`)),
        idleMs,
      );
      const result = await Promise.race([reader.read(), stopped]);
      if (result.done) return concatBytes(chunks, size) as Uint8Array<ArrayBuffer>;
      chunks.push(result.value);
      size += result.value.byteLength;
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    if (error instanceof ApiError || signal?.aborted) throw error;
    // The connection broke after the headers (reset, crash, a length it never delivered).
    const detail = error instanceof Error ? error.message : String(error);
    throw upstreamFailed(`Backend "${backendName}" broke off its answer: ${clipForEcho(detail)}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Reads a non-streaming upstream answer: 502 `upstream_error` when the body breaks off or is not a JSON
 * object (a proxy's HTML page with status 200), quoting what came back, cut; 504 when it stalls; the
 * client's abort reason when the client leaves.
 */
export async function readUpstreamJson(
  response: Response,
  options: ReadUpstreamJsonOptions,
): Promise<UpstreamJson> {
  const bytes = await readBody(response, options);
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
