import { ApiError, upstreamFailed, upstreamTimeout } from "../api_error.ts";

/** Pulls a message out of the error shapes model servers use (OpenAI, old vLLM, FastAPI, whisper.cpp). */
export function readUpstreamMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === "string") return error;
  if (
    typeof error === "object" && error !== null &&
    typeof (error as Record<string, unknown>).message === "string"
  ) {
    return (error as Record<string, string>).message;
  }
  if (typeof record.message === "string") return record.message;
  if (typeof record.detail === "string") return record.detail;
  return undefined;
}

/**
 * Maps a non-2xx upstream response to the error the client gets. Client mistakes the upstream caught
 * (400, 404, 413, 422, 429) pass through with the upstream's message; credential problems and server
 * failures are the router's problem, so the client sees 502.
 */
export async function toUpstreamError(response: Response, backendName: string): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const message = readUpstreamMessage(parsed) ?? (text.slice(0, 200) || response.statusText);
  const status = response.status;
  if ([400, 404, 413, 422, 429].includes(status)) {
    const error = (parsed as { error?: Record<string, unknown> } | undefined)?.error;
    const retryAfter = response.headers.get("retry-after");
    return new ApiError(status === 422 ? 400 : status, message, {
      type: typeof error?.type === "string" ? error.type : undefined,
      code: typeof error?.code === "string" ? error.code : null,
      param: typeof error?.param === "string" ? error.param : null,
      headers: retryAfter ? { "retry-after": retryAfter } : {},
    });
  }
  if (status === 408 || status === 504) {
    return upstreamTimeout(`Backend "${backendName}" timed out: ${message}`);
  }
  return upstreamFailed(`Backend "${backendName}" failed with status ${status}: ${message}`);
}

/** Maps a thrown fetch error (refused, reset, DNS, timeout) to 502 or 504. */
export function toNetworkError(error: unknown, backendName: string, timedOut: boolean): ApiError {
  if (timedOut) return upstreamTimeout(`Backend "${backendName}" did not answer in time`);
  const detail = error instanceof Error ? error.message.split(":").slice(-1)[0]?.trim() : String(error);
  return upstreamFailed(`Cannot reach backend "${backendName}": ${detail || "connection failed"}`);
}
