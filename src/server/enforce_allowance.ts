import type { Context } from "hono";
import { rateLimited } from "../api_error.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import type { Allowance } from "../users/allowance.ts";
import { findExhausted } from "../users/allowance.ts";
import type { Users } from "../users/users.ts";
import { describeLimit, formatResetDuration, toRateLimitHeaders } from "./rate_limit_headers.ts";

/**
 * Refuses the request when a request or token limit is used up: a 429 whose message names the limit, the
 * use and when it resets (OpenAI words it "Limit …, Used …"), with `Retry-After` and the rate-limit
 * headers. Otherwise counts it in the member's minute, day and month and returns the allowance after it.
 */
export function admitRequest(
  users: Users,
  { id, metrics }: { id: string; metrics: Metrics },
): Allowance | undefined {
  const before = users.allowance(id);
  if (!before) return undefined;
  const exhausted = findExhausted(before);
  if (exhausted) {
    const limitName = describeLimit(exhausted);
    metrics.limitRejections.inc({ user: id, limit: `${exhausted.kind}_per_${exhausted.period}` });
    const error = rateLimited(
      `Rate limit reached for "${id}" on ${limitName}: Limit ${exhausted.limit}, Used ${exhausted.used}. ` +
        `It resets in ${formatResetDuration(exhausted.resetSeconds)}`,
      exhausted.resetSeconds,
    );
    Object.assign(error.headers, toRateLimitHeaders(before));
    throw error;
  }
  users.ledger.countRequest(id, users.now());
  return users.allowance(id);
}

/** Puts the rate-limit headers on the answer (a proxied upstream's headers may be immutable: copied then). */
export function setRateLimitHeaders(c: Context, allowance: Allowance): void {
  const headers = toRateLimitHeaders(allowance);
  if (Object.keys(headers).length === 0) return;
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  } catch {
    const response = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    c.res = response;
  }
}
