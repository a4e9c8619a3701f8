import type { SessionDigest } from "./stats_collector.ts";
import { CLIENT_CLOSED_STATUS } from "../logs/session_log_entry.ts";
import { isFailure } from "./summarize_sessions.ts";
import { toPercentile } from "../to_percentile.ts";

const HOUR_MS = 3_600_000;

/** Requests finished in one clock hour, by where they were answered. */
export interface HourCount {
  /** Start of the hour, ISO 8601. */
  hour: string;
  local: number;
  cloud: number;
  failed: number;
  cancelled: number;
}

/** Latency of one backend in one clock hour; null percentiles for an hour without answers. */
export interface HourLatency {
  hour: string;
  p50Ms: number | null;
  p95Ms: number | null;
}

/** What the status page charts: the last `hours` clock hours, oldest first, the current one last. */
export interface HourlySeries {
  requests: HourCount[];
  /** Per backend that answered at least once in the window. */
  latency: Record<string, HourLatency[]>;
}

function hourIndex(at: number, firstHour: number): number {
  return Math.floor((at - firstHour) / HOUR_MS);
}

/** Buckets digests into clock hours: counts split local/cloud/failed/cancelled and p50/p95 per backend. */
export function toHourlySeries(
  digests: readonly SessionDigest[],
  now: number,
  { hours = 24 }: { hours?: number } = {},
): HourlySeries {
  const firstHour = Math.floor(now / HOUR_MS) * HOUR_MS - (hours - 1) * HOUR_MS;
  const hourAt = (i: number) => new Date(firstHour + i * HOUR_MS).toISOString();
  const requests: HourCount[] = Array.from(
    { length: hours },
    (_, i) => ({ hour: hourAt(i), local: 0, cloud: 0, failed: 0, cancelled: 0 }),
  );
  const totals = new Map<string, number[][]>();
  for (const d of digests) {
    const i = hourIndex(d.at, firstHour);
    const bucket = requests[i];
    if (!bucket) continue;
    if (d.status === CLIENT_CLOSED_STATUS) bucket.cancelled++;
    else if (isFailure(d)) bucket.failed++;
    else if (d.location === "cloud") bucket.cloud++;
    else if (d.location === "local") bucket.local++;
    if (d.status === CLIENT_CLOSED_STATUS || isFailure(d) || d.location === "none") continue;
    const perHour = totals.get(d.backend) ?? Array.from({ length: hours }, () => []);
    perHour[i]?.push(d.totalMs);
    totals.set(d.backend, perHour);
  }
  const latency: Record<string, HourLatency[]> = {};
  for (const [backend, perHour] of totals) {
    latency[backend] = perHour.map((values, i) => {
      values.sort((a, b) => a - b);
      return values.length === 0
        ? { hour: hourAt(i), p50Ms: null, p95Ms: null }
        : { hour: hourAt(i), p50Ms: toPercentile(values, 0.5), p95Ms: toPercentile(values, 0.95) };
    });
  }
  return { requests, latency };
}
