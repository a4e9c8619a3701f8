import { type Clock, systemClock } from "../clock.ts";
import type { Config } from "../config/config_schema.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";
import { priceSession } from "../users/price_session.ts";

/** What the stats keep of one finished request: no prompt text, no answer. */
export interface SessionDigest {
  /** The request id; kept for the newest {@linkcode IDS_KEPT} digests only (the recent list), else "". */
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
  /** What a member's privacy plan did (`docs/privacy.md`): never what it found. */
  privacy?: PrivacyAction;
}

/** The route of a request refused before routing (`recordRefusal`). */
export const REFUSED_ROUTE = "refused";

/** What a privacy plan did to a request, as `/stats` counts it. */
export type PrivacyAction = "none" | "kept-local" | "redacted";
const PRIVACY_ACTIONS: readonly PrivacyAction[] = ["none", "kept-local", "redacted"];

/** Options for {@linkcode StatsCollector}. */
export interface StatsCollectorOptions {
  getConfig: () => Config;
  /** Stamps finished requests and sets the window's end; the system clock when unset. */
  clock?: Clock;
  /** How long digests are kept (the longest `/stats` window). */
  keepMs?: number;
  /** Most digests kept, so memory stays bounded under heavy traffic. */
  maxEntries?: number;
}

/** Interns the few distinct strings a column holds (members, routes, backends) as small numbers. */
class StringCodes {
  #codes = new Map<string, number>();
  #strings: string[] = [];
  code(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.#strings.push(value) - 1;
      this.#codes.set(value, code);
    }
    return code;
  }
  string(code: number): string {
    return this.#strings[code] as string;
  }
}

const LOCATIONS = ["local", "cloud", "none"] as const;
/** Request ids kept: only `/stats`' recent list shows them, and a day of ids would hold ~6 MB at 100,000. */
export const IDS_KEPT = 256;

/**
 * A `SessionSink` keeping compact digests of the last day's requests for `/stats` and the status page, in a
 * ring of columns (typed arrays, interned strings) rather than an object per request: a full ring of
 * 100,000 objects held about 16 MB of JS heap, and a soak grew the router's RSS with it (docs/decisions.md, "Stats kept in columns").
 */
export class StatsCollector implements SessionSink {
  #options: Required<StatsCollectorOptions>;
  /** Slots written so far; the newest digest is at `(#count - 1) % capacity`. */
  #count = 0;
  /** Digests older than this index (in `#count` terms) have expired or were overwritten. */
  #first = 0;
  #at: Float64Array;
  #totalMs: Float64Array;
  /** NaN stands for null in the nullable columns. */
  #ttftMs: Float64Array;
  #tokens: Float64Array;
  #cloudUsd: Float64Array;
  #status: Uint16Array;
  #user: Uint32Array;
  #route: Uint32Array;
  #backend: Uint32Array;
  #location: Uint8Array;
  #privacy: Uint8Array;
  #ids: string[];
  #errors: (string | null)[];
  #strings = new StringCodes();

  constructor(options: StatsCollectorOptions) {
    this.#options = { clock: systemClock, keepMs: 86_400_000, maxEntries: 100_000, ...options };
    const size = this.#options.maxEntries;
    this.#at = new Float64Array(size);
    this.#totalMs = new Float64Array(size);
    this.#ttftMs = new Float64Array(size);
    this.#tokens = new Float64Array(size);
    this.#cloudUsd = new Float64Array(size);
    this.#status = new Uint16Array(size);
    this.#user = new Uint32Array(size);
    this.#route = new Uint32Array(size);
    this.#backend = new Uint32Array(size);
    this.#location = new Uint8Array(size);
    this.#privacy = new Uint8Array(size);
    this.#ids = new Array(IDS_KEPT).fill("");
    this.#errors = new Array(size).fill(null);
  }

  /**
   * Keeps a digest of a request refused before it had a session entry (a wrong key, an unknown model, a bad
   * request, a limit), so the status page lists it among the recent problems.
   */
  recordRefusal(refusal: { user: string; status: number; error: string }): void {
    const slot = this.#count % this.#options.maxEntries;
    this.#at[slot] = this.#options.clock.now();
    this.#ids[this.#count % IDS_KEPT] = "";
    this.#user[slot] = this.#strings.code(refusal.user);
    this.#route[slot] = this.#strings.code(REFUSED_ROUTE);
    this.#backend[slot] = this.#strings.code("none");
    this.#location[slot] = LOCATIONS.indexOf("none");
    this.#privacy[slot] = 0;
    this.#status[slot] = refusal.status;
    this.#totalMs[slot] = 0;
    this.#ttftMs[slot] = NaN;
    this.#tokens[slot] = NaN;
    this.#cloudUsd[slot] = 0;
    this.#errors[slot] = refusal.error.slice(0, 200);
    this.#count++;
    this.#first = Math.max(this.#first, this.#count - this.#options.maxEntries);
  }

  /** Keeps a digest of a finished request. */
  record(entry: SessionLogEntry): void {
    const last = entry.steps.at(-1);
    const { tokens, cloudUsd } = priceSession(entry, this.#options.getConfig().prices);
    const slot = this.#count % this.#options.maxEntries;
    // The router's clock at the end of the request, not the entry's start: hourly charts count finished
    // requests, and tests can move the clock to fill a day.
    this.#at[slot] = this.#options.clock.now();
    this.#ids[this.#count % IDS_KEPT] = entry.id;
    this.#user[slot] = this.#strings.code(entry.user);
    this.#route[slot] = this.#strings.code(entry.route);
    this.#backend[slot] = this.#strings.code(last?.provider ?? "none");
    this.#location[slot] = LOCATIONS.indexOf(last?.location ?? "none");
    this.#privacy[slot] = Math.max(
      0,
      PRIVACY_ACTIONS.indexOf((entry.privacy?.action ?? "none") as PrivacyAction),
    );
    this.#status[slot] = entry.status;
    this.#totalMs[slot] = entry.total_ms;
    this.#ttftMs[slot] = last?.ttft_ms ?? NaN;
    this.#tokens[slot] = entry.steps.some((step) => step.tokens) ? tokens : NaN;
    this.#cloudUsd[slot] = cloudUsd;
    this.#errors[slot] = entry.error;
    this.#count++;
    this.#first = Math.max(this.#first, this.#count - this.#options.maxEntries);
  }

  #digest(index: number): SessionDigest {
    const slot = index % this.#options.maxEntries;
    const orNull = (value: number) => Number.isNaN(value) ? null : value;
    return {
      id: index >= this.#count - IDS_KEPT ? this.#ids[index % IDS_KEPT] as string : "",
      at: this.#at[slot] as number,
      user: this.#strings.string(this.#user[slot] as number),
      route: this.#strings.string(this.#route[slot] as number),
      backend: this.#strings.string(this.#backend[slot] as number),
      location: LOCATIONS[this.#location[slot] as number] ?? "none",
      status: this.#status[slot] as number,
      totalMs: this.#totalMs[slot] as number,
      ttftMs: orNull(this.#ttftMs[slot] as number),
      tokens: orNull(this.#tokens[slot] as number),
      cloudUsd: this.#cloudUsd[slot] as number,
      error: this.#errors[slot] ?? null,
      ...(this.#privacy[slot] ? { privacy: PRIVACY_ACTIONS[this.#privacy[slot] as number] } : {}),
    };
  }

  /** Digests of the last `windowMs`, oldest first. */
  since(windowMs: number): SessionDigest[] {
    const now = this.#options.clock.now();
    const { keepMs, maxEntries } = this.#options;
    while (this.#first < this.#count && (this.#at[this.#first % maxEntries] as number) < now - keepMs) {
      this.#errors[this.#first % maxEntries] = null;
      this.#first++;
    }
    const cutoff = now - Math.min(windowMs, keepMs);
    const digests: SessionDigest[] = [];
    for (let index = this.#first; index < this.#count; index++) {
      if ((this.#at[index % maxEntries] as number) >= cutoff) digests.push(this.#digest(index));
    }
    return digests;
  }
}
