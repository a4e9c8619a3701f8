/** How many failures in a row open a replica's circuit, and for how long it then rests. */
const FAILURES_TO_OPEN = 5;
const OPEN_MS = 10_000;

interface Replica {
  url: string;
  outstanding: number;
  consecutiveFailures: number;
  openUntil: number;
}

/** The state of one replica's circuit breaker. */
export type CircuitState = "closed" | "open" | "half-open";

/**
 * The replicas of one backend, picked by least outstanding requests. A replica that failed
 * {@linkcode FAILURES_TO_OPEN} times in a row is skipped for {@linkcode OPEN_MS} (circuit open), then
 * gets one trial request (half-open); when every replica is open the least bad one is still tried, so a
 * recovered server is found without waiting.
 */
export class ReplicaPool {
  readonly #replicas: Replica[];
  readonly #now: () => number;

  constructor(urls: readonly string[], now: () => number = Date.now) {
    this.#replicas = urls.map((url) => ({ url, outstanding: 0, consecutiveFailures: 0, openUntil: 0 }));
    this.#now = now;
  }

  /** Picks a replica, skipping `exclude` (already tried) when others remain. */
  pick(exclude?: ReadonlySet<string>): string {
    if (this.#replicas.length === 1) {
      // The common case (one server per backend) needs no filtering on every request.
      const only = this.#replicas[0] as Replica;
      only.outstanding++;
      return only.url;
    }
    const now = this.#now();
    const candidates = exclude ? this.#replicas.filter((r) => !exclude.has(r.url)) : this.#replicas;
    const pool = candidates.length > 0 ? candidates : this.#replicas;
    const closed = pool.filter((r) => r.openUntil <= now);
    const choice = (closed.length > 0 ? closed : pool).reduce((best, r) =>
      r.outstanding < best.outstanding || (r.outstanding === best.outstanding && r.openUntil < best.openUntil)
        ? r
        : best
    );
    choice.outstanding++;
    return choice.url;
  }

  /** Ends a request started with {@linkcode pick}; `failed` counts towards opening the circuit. */
  finish(url: string, failed: boolean): void {
    const replica = this.#replicas.find((r) => r.url === url);
    if (!replica) return;
    replica.outstanding = Math.max(0, replica.outstanding - 1);
    if (!failed) {
      replica.consecutiveFailures = 0;
      replica.openUntil = 0;
      return;
    }
    replica.consecutiveFailures++;
    if (replica.consecutiveFailures >= FAILURES_TO_OPEN) replica.openUntil = this.#now() + OPEN_MS;
  }

  /** Each replica's circuit state, for `/health/deep`. */
  circuits(): Array<{ url: string; state: CircuitState; outstanding: number }> {
    const now = this.#now();
    return this.#replicas.map((r) => ({
      url: r.url,
      outstanding: r.outstanding,
      state: r.openUntil > now ? "open" : r.consecutiveFailures >= FAILURES_TO_OPEN ? "half-open" : "closed",
    }));
  }
}
