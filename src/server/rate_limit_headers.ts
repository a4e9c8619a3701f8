import { type Allowance, findTightest, type LimitUse } from "../users/allowance.ts";

/**
 * A duration the way OpenAI's rate-limit headers write it, Go's `time.Duration` text in whole seconds
 * ("1s", "6m0s", "3h12m5s"): clients parse it with Go's `time.ParseDuration`
 * (sashabaranov/go-openai ratelimit.go@b77d01edca43500f267c4b43333f645b84a4fcf0).
 */
export function formatResetDuration(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

const PERIOD_WORDS: Record<LimitUse["period"], string> = { minute: "minute", day: "day", month: "month" };

/** "requests per day", "tokens per month", "cloud dollars per day". */
export function describeLimit(limit: LimitUse): string {
  const unit = limit.kind === "cloudUsd" ? "cloud dollars" : limit.kind;
  return `${unit} per ${PERIOD_WORDS[limit.period]}`;
}

/**
 * OpenAI's `x-ratelimit-*` headers from the member's tightest request and token limits (the one with the
 * least left); a kind without any configured limit has no headers rather than a made-up number.
 */
export function toRateLimitHeaders(allowance: Allowance): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const kind of ["requests", "tokens"] as const) {
    const tightest = findTightest(allowance, kind);
    if (!tightest) continue;
    headers[`x-ratelimit-limit-${kind}`] = String(tightest.limit);
    headers[`x-ratelimit-remaining-${kind}`] = String(tightest.remaining);
    headers[`x-ratelimit-reset-${kind}`] = formatResetDuration(tightest.resetSeconds);
  }
  return headers;
}

/** Every header {@linkcode toRateLimitHeaders} may write, for CORS' exposed headers. */
export const RATE_LIMIT_HEADERS = ["requests", "tokens"].flatMap((kind) =>
  ["limit", "remaining", "reset"].map((part) => `x-ratelimit-${part}-${kind}`)
);
