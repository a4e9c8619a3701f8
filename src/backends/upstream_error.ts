import { z } from "zod";
import { ApiError, upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { readUpstreamBody } from "../relay/read_upstream_json.ts";

/**
 * The error bodies model servers send, in the order they are tried: OpenAI, xAI and vLLM
 * (`{"error": {message, type, param, code}}`), a bare `{"error": "…"}` (whisper.cpp's server, some proxies),
 * old vLLM (`{"object": "error", message, type, code}`) and FastAPI (`{"detail": "…"}`). Fields of the wrong type
 * are dropped rather than failing the whole body.
 */
const upstreamErrorBodySchema = z.union([
  z.object({
    error: z.object({
      message: z.string(),
      type: z.string().optional().catch(undefined),
      param: z.string().nullish().catch(null),
      code: z.string().nullish().catch(null),
    }),
  }).transform(({ error }) => error),
  z.object({ error: z.string() }).transform(({ error }) => ({ message: error })),
  z.object({ message: z.string(), type: z.string().optional().catch(undefined) }),
  z.object({ detail: z.string() }).transform(({ detail }) => ({ message: detail })),
]);

/** What an upstream's error body says, whichever shape it came in. */
export interface UpstreamErrorBody {
  message: string;
  type?: string | undefined;
  param?: string | null | undefined;
  code?: string | null | undefined;
}

/** Parses an upstream error body with {@linkcode upstreamErrorBodySchema}; undefined for any other body. */
export function parseUpstreamError(body: unknown): UpstreamErrorBody | undefined {
  const result = upstreamErrorBodySchema.safeParse(body);
  return result.success ? result.data : undefined;
}

/** Pulls a message out of the error shapes model servers use (OpenAI, old vLLM, FastAPI, whisper.cpp). */
export function readUpstreamMessage(body: unknown): string | undefined {
  return parseUpstreamError(body)?.message;
}

/** How {@linkcode toUpstreamError} reads the error body: guarded, small. */
export interface UpstreamErrorOptions {
  /** Cuts the exchange (a stalled error body). */
  abort?: (reason?: unknown) => void;
  /** Longest wait for the error body. */
  idleMs?: number;
}

/** An error body longer than this is not a message worth reading. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * Maps a non-2xx upstream response to the error the client gets. Client mistakes the upstream caught
 * (400, 404, 413, 422, 429) pass through with the upstream's message; credential problems and server
 * failures are the router's problem, so the client sees 502. The body is read through the relay's guarded
 * reader, so an error body that stalls does not hold the backend's slot.
 */
export async function toUpstreamError(
  response: Response,
  backendName: string,
  options: UpstreamErrorOptions = {},
): Promise<ApiError> {
  const { abort = () => {}, idleMs = 10_000 } = options;
  const bytes = await readUpstreamBody({ response, abort }, {
    backendName,
    idleMs,
    maxBytes: MAX_ERROR_BODY_BYTES,
  })
    .catch(() => new Uint8Array());
  const text = new TextDecoder().decode(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const error = parseUpstreamError(parsed);
  const message = error?.message ?? (text.slice(0, 200) || response.statusText);
  const status = response.status;
  if ([400, 404, 413, 422, 429].includes(status)) {
    const retryAfter = response.headers.get("retry-after");
    return new ApiError(status === 422 ? 400 : status, message, {
      type: error?.type,
      code: error?.code ?? null,
      param: error?.param ?? null,
      headers: retryAfter ? { "retry-after": retryAfter } : {},
    });
  }
  if (status === 408 || status === 504) {
    return upstreamTimeout(`Backend "${backendName}" timed out: ${message}`);
  }
  return upstreamFailed(`Backend "${backendName}" failed with status ${status}: ${message}`);
}

/** Maps a thrown fetch error (refused, reset, DNS, timeout) to 502 or 504, the fetch error kept as its cause. */
export function toNetworkError(
  error: unknown,
  { backendName, timedOut }: { backendName: string; timedOut: boolean },
): ApiError {
  if (timedOut) return upstreamTimeout(`Backend "${backendName}" did not answer in time`, { cause: error });
  const detail = error instanceof Error ? error.message.split(":").slice(-1)[0]?.trim() : String(error);
  return upstreamFailed(`Cannot reach backend "${backendName}": ${detail || "connection failed"}`, {
    cause: error,
  });
}
