/**
 * Wall-clock time and timers behind one small interface, so that what depends on the time of day (daily and
 * monthly budgets, schedules, the supervisor's deadlines and backoff) can be tested by moving time instead of
 * sleeping or depending on the hour the suite runs.
 * @module
 */

/** An opaque timer handle: only the clock that made it can cancel it. */
export type TimerHandle = ReturnType<typeof setTimeout> | number;

/** Wall-clock time and timers. */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds of this clock's time; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  /** Cancels a timer from `setTimeout`; unknown handles are ignored. */
  clearTimeout(handle: TimerHandle): void;
}

/** The machine's clock and timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
