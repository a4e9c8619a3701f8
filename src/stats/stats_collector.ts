import type { Config } from "../config/config_schema.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";
import { priceSession } from "../users/price_session.ts";

/** What the stats keep of one finished request: no prompt text, no answer. */
export interface SessionDigest {
  id: string;
  /** Milliseconds since the epoch. */
  at: number;
  user: string;
  route: string;
  backend: string;
  /** Where the answering backend runs; `none` when no backend was called (refused, cancelled early). */
  location: "local" | "cloud" | "none";
  status: number;
  totalMs: number;
  ttftMs: number | null;
  /** Null when no upstream reported usage (a stream without `include_usage`). */
  tokens: number | null;
  cloudUsd: number;
  error: string | null;
}

/** Options for {@linkcode StatsCollector}. */
export interface StatsCollectorOptions {
  getConfig: () => Config;
  now?: () => number;
  /** How long digests are kept (the longest `/stats` window). */
  keepMs?: number;
  /** Most digests kept, so memory stays bounded under heavy traffic. */
  maxEntries?: number;
}

/** A `SessionSink` keeping compact digests of the last day's requests for `/stats` and the status page. */
export class StatsCollector implements SessionSink {
  #digests: SessionDigest[] = [];
  #start = 0;
  #options: Required<StatsCollectorOptions>;

  constructor(options: StatsCollectorOptions) {
    this.#options = { now: Date.now, keepMs: 86_400_000, maxEntries: 100_000, ...options };
  }

  /** Keeps a digest of a finished request. */
  record(entry: SessionLogEntry): void {
    const last = entry.steps.at(-1);
    const { tokens, cloudUsd } = priceSession(entry, this.#options.getConfig().prices);
    // The router's clock at the end of the request, not the entry's start: hourly charts count finished
    // requests, and tests can move the clock to fill a day.
    this.#digests.push({
      id: entry.id,
      at: this.#options.now(),
      user: entry.user,
      route: entry.route,
      backend: last?.provider ?? "none",
      location: last?.location ?? "none",
      status: entry.status,
      totalMs: entry.total_ms,
      ttftMs: last?.ttft_ms ?? null,
      tokens: entry.steps.some((step) => step.tokens) ? tokens : null,
      cloudUsd,
      error: entry.error,
    });
    if (this.#digests.length - this.#start > this.#options.maxEntries) this.#start++;
    if (this.#start > 1024 && this.#start * 2 > this.#digests.length) this.#compact();
  }

  #compact(): void {
    this.#digests = this.#digests.slice(this.#start);
    this.#start = 0;
  }

  /** Digests of the last `windowMs`, oldest first. */
  since(windowMs: number): SessionDigest[] {
    const now = this.#options.now();
    const cutoff = now - Math.min(windowMs, this.#options.keepMs);
    let first = this.#start;
    while (
      first < this.#digests.length && (this.#digests[first] as SessionDigest).at < now - this.#options.keepMs
    ) {
      first++;
    }
    this.#start = first;
    return this.#digests.slice(first).filter((d) => d.at >= cutoff);
  }
}
