import type { MiddlewareHandler } from "hono";

const SAFE_ID = /^[\w.:-]{1,128}$/;

/** Options for {@linkcode createRequestId}. */
export interface RequestIdOptions {
  headerName?: string;
  generate?: () => string;
}

function generateRequestId(): string {
  return `req_${crypto.randomUUID().replaceAll("-", "")}`;
}

/**
 * Gives every request an id (a caller's own `x-request-id` when it is safe to echo) and puts it on every
 * response, errors included; the `openai` client exposes it as `requestID`.
 */
export function createRequestId(
  { headerName = "x-request-id", generate = generateRequestId }: RequestIdOptions = {},
): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const incoming = c.req.header(headerName);
    const id = incoming && SAFE_ID.test(incoming) ? incoming : generate();
    c.set("requestId", id);
    await next();
    c.res.headers.set(headerName, id);
  };
}
