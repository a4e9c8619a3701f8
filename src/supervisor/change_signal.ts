import { type Clock, systemClock } from "../clock.ts";

/** Wakes everyone waiting for "something changed" (a container's status), e.g. requests in `ensureReady`. */
export class ChangeSignal {
  #waiters = new Set<() => void>();
  #clock: Clock;

  /** Waits time out on `clock` (the machine's by default). */
  constructor(clock: Clock = systemClock) {
    this.#clock = clock;
  }

  /** Wakes every current waiter. */
  notify(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next {@linkcode notify}, after `ms`, or when `signal` aborts, whichever comes first. */
  next(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.#clock.clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = this.#clock.setTimeout(done, Math.max(0, ms));
      signal.addEventListener("abort", done, { once: true });
      this.#waiters.add(done);
      // An abort that came before the wait sends no event: without this the wait would run its full time.
      if (signal.aborted) done();
    });
  }
}

/** Waits `ms` on `clock` (the machine's by default), or less when `signal` aborts; never rejects. */
export function sleepUnlessAborted(
  ms: number,
  { signal, clock = systemClock }: { signal: AbortSignal; clock?: Clock },
): Promise<void> {
  return new ChangeSignal(clock).next(ms, signal);
}
