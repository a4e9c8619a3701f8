import { CLIENT_CLOSED_STATUS } from "../logs/session_log_entry.ts";
import { REFUSED_ROUTE, type SessionDigest } from "./stats_collector.ts";
import { toPercentile } from "../to_percentile.ts";

/** Latency of one backend in a window. */
export interface BackendLatency {
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  ttftP50Ms: number | null;
}

/** One `/stats` window. */
export interface SessionSummary {
  requests: number;
  /** Requests that failed; cancelled ones are not failures. */
  errors: number;
  /** Requests refused before routing: a wrong key, an unknown model, a bad request, a limit. */
  refused: number;
  /** Requests the client gave up on (status 499, as nginx logs a closed connection). */
  cancelled: number;
  /** Requests answered by a local backend and by a cloud one. */
  answeredLocally: number;
  answeredInCloud: number;
  /** Requests per route, e.g. `{"SIMPLE": 10, "META": 3}`. */
  routes: Record<string, number>;
  backends: Record<string, BackendLatency>;
  /** Estimated cloud spend per member in US dollars. */
  cloudSpendUsd: Record<string, number>;
  tokens: Record<string, number>;
  /** Requests whose personal data a member's privacy plan kept on the box, or sent to the cloud redacted. */
  privacy: { keptLocal: number; redacted: number };
  /** The most frequent errors, most frequent first. */
  topErrors: Array<{ error: string; count: number }>;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A failure worth counting: an error other than the client leaving. */
export function isFailure(digest: Pick<SessionDigest, "error" | "status" | "route">): boolean {
  return digest.error !== null && digest.status !== CLIENT_CLOSED_STATUS && !isRefusal(digest);
}

/** A request refused before routing (its own count: the router did not fail, the request was not allowed). */
export function isRefusal(digest: Pick<SessionDigest, "route">): boolean {
  return digest.route === REFUSED_ROUTE;
}

/** Summarises digests: route mix, latency percentiles per backend, spend and tokens per member, top errors. */
export function summarizeSessions(digests: readonly SessionDigest[], topErrors = 5): SessionSummary {
  const routes: Record<string, number> = {};
  const cloudSpendUsd: Record<string, number> = {};
  const tokens: Record<string, number> = {};
  const errors = new Map<string, number>();
  const perBackend = new Map<string, { totals: number[]; ttfts: number[]; errors: number }>();
  const counts = { errors: 0, refused: 0, cancelled: 0, answeredLocally: 0, answeredInCloud: 0 };
  const privacy = { keptLocal: 0, redacted: 0 };
  for (const d of digests) {
    if (d.privacy === "kept-local") privacy.keptLocal++;
    if (d.privacy === "redacted") privacy.redacted++;
    routes[d.route] = (routes[d.route] ?? 0) + 1;
    if (isFailure(d)) counts.errors++;
    if (isRefusal(d)) {
      counts.refused++;
      continue;
    }
    if (!d.error && d.location === "local") counts.answeredLocally++;
    if (!d.error && d.location === "cloud") counts.answeredInCloud++;
    tokens[d.user] = (tokens[d.user] ?? 0) + (d.tokens ?? 0);
    if (d.cloudUsd > 0) cloudSpendUsd[d.user] = (cloudSpendUsd[d.user] ?? 0) + d.cloudUsd;
    // A cancelled request's duration is the client's patience, not the backend's speed.
    if (d.status === CLIENT_CLOSED_STATUS) {
      counts.cancelled++;
      continue;
    }
    const backend = perBackend.get(d.backend) ?? { totals: [], ttfts: [], errors: 0 };
    backend.totals.push(d.totalMs);
    if (d.ttftMs !== null) backend.ttfts.push(d.ttftMs);
    if (isFailure(d) && d.error) {
      backend.errors++;
      const key = d.error.slice(0, 200);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    perBackend.set(d.backend, backend);
  }
  const backends: Record<string, BackendLatency> = {};
  for (const [name, { totals, ttfts, errors: failed }] of perBackend) {
    totals.sort((a, b) => a - b);
    ttfts.sort((a, b) => a - b);
    backends[name] = {
      requests: totals.length,
      errors: failed,
      p50Ms: round(toPercentile(totals, 0.5)),
      p95Ms: round(toPercentile(totals, 0.95)),
      p99Ms: round(toPercentile(totals, 0.99)),
      ttftP50Ms: ttfts.length ? round(toPercentile(ttfts, 0.5)) : null,
    };
  }
  for (const user of Object.keys(cloudSpendUsd)) {
    cloudSpendUsd[user] = round(cloudSpendUsd[user] as number, 6);
  }
  return {
    requests: digests.length,
    ...counts,
    routes,
    backends,
    cloudSpendUsd,
    tokens,
    privacy,
    topErrors: [...errors].sort((a, b) => b[1] - a[1]).slice(0, topErrors).map(([error, count]) => ({
      error,
      count,
    })),
  };
}
