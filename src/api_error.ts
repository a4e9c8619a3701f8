import { HTTPException } from "hono/http-exception";

/** The one error type of the HTTP edge: it carries everything an OpenAI error body needs. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    options: {
      type?: string | undefined;
      code?: string | null;
      param?: string | null;
      headers?: Record<string, string>;
      /** What went wrong underneath (a fetch error, a broken body): logged, never sent to the client. */
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ApiError";
    this.status = status;
    this.type = options.type ?? (status >= 500 ? "server_error" : "invalid_request_error");
    this.code = options.code ?? null;
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
  }

  /** The OpenAI error body `{"error": {message, type, param, code}}`. */
  toBody(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }

  /** Whether a client should not retry: deterministic failures (4xx except 408, 409 and 429). */
  get isDeterministic(): boolean {
    return this.status >= 400 && this.status < 500 && ![408, 409, 429].includes(this.status);
  }
}

/** 400 for a request the router cannot accept. */
export function invalidRequest(
  message: string,
  { param = null, code = null }: { param?: string | null; code?: string | null } = {},
): ApiError {
  return new ApiError(400, message, { param, code });
}

/** 404 for an unknown model or path. */
export function notFound(
  message: string,
  { code = "not_found", param = null }: { code?: string; param?: string | null } = {},
): ApiError {
  return new ApiError(404, message, { code, param });
}

/** 429 with `Retry-After` in whole seconds. */
export function rateLimited(message: string, retryAfterSeconds: number): ApiError {
  return new ApiError(429, message, {
    type: "rate_limit_error",
    code: "rate_limit_exceeded",
    headers: { "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}

/** What an error wraps, for the named constructors. */
export interface CauseOptions {
  cause?: unknown;
}

/** 502 when an upstream failed or answered garbage. */
export function upstreamFailed(message: string, options: CauseOptions = {}): ApiError {
  return new ApiError(502, message, { type: "server_error", code: "upstream_error", ...options });
}

/** 504 when an upstream did not answer in time. */
export function upstreamTimeout(message: string, options: CauseOptions = {}): ApiError {
  return new ApiError(504, message, { type: "server_error", code: "upstream_timeout", ...options });
}

/** 503 when no backend can take the request now. */
export function unavailable(message: string, retryAfterSeconds?: number): ApiError {
  return new ApiError(503, message, {
    type: "server_error",
    code: "backend_unavailable",
    headers: retryAfterSeconds === undefined ? {} : { "retry-after": String(Math.ceil(retryAfterSeconds)) },
  });
}

/**
 * Converts anything thrown into an ApiError, the original kept as its `cause`: Hono's `HTTPException`
 * (a malformed body, a bad header) keeps its status, unknown errors become a generic 500.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    return new ApiError(error.status, error.message || "Bad request", { cause: error });
  }
  return new ApiError(500, "The server had an error while processing your request", {
    code: "internal_error",
    cause: error,
  });
}

/** The status a request that ends while its client is gone is counted with (nginx's "client closed request"). */
export const CLIENT_CLOSED_STATUS = 499;

/**
 * The error a failed request ends with, for the client's answer, the metric and the session log alike (one
 * status for all three): {@linkcode toApiError}, or 499 `client_closed` when the client had left.
 */
export function toClientError(error: unknown, options: { clientLeft: boolean }): ApiError {
  if (!options.clientLeft) return toApiError(error);
  return new ApiError(CLIENT_CLOSED_STATUS, "Client closed the request", {
    code: "client_closed",
    cause: error,
  });
}

/**
 * The HTTP status an error stands for: its own `status` (an `ApiError`, Hono's `HTTPException`, an upstream
 * error), else `fallback` (500, or 502 where a failed upstream call is being described).
 */
export function toStatus(error: unknown, fallback = 500): number {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === "number" ? status : fallback;
}
