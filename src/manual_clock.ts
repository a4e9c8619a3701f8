import type { Clock } from "./clock.ts";

interface Timer {
  at: number;
  callback: () => void;
}

/** A {@linkcode Clock} that moves only when told to: for tests and for replaying a day of traffic. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due, earliest first. */
  advance(ms: number): void;
  /** Sets the time (never backwards past a pending timer's effect: due timers fire first). */
  set(epochMs: number): void;
  /** How many timers are waiting. */
  pending(): number;
}

/** Creates a manual clock starting at `startMs` (milliseconds since the epoch). */
export function createManualClock(startMs: number): ManualClock {
  let current = startMs;
  let nextHandle = 1;
  const timers = new Map<number, Timer>();
  function fireDue(until: number): void {
    for (;;) {
      let due: [number, Timer] | undefined;
      for (const entry of timers) {
        if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry;
      }
      if (!due) break;
      timers.delete(due[0]);
      current = Math.max(current, due[1].at);
      due[1].callback();
    }
    current = until;
  }
  return {
    now: () => current,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: current + Math.max(0, ms), callback });
      return handle;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance: (ms) => fireDue(current + ms),
    set: (epochMs) => fireDue(epochMs),
    pending: () => timers.size,
  };
}
