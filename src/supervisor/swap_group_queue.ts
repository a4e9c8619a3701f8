import { type Clock, systemClock } from "../clock.ts";
import { ChangeSignal } from "./change_signal.ts";

/**
 * Runs one swap at a time per swap group, first come first served, so two requests for different members
 * never both find "no sibling wanted" and start both: at most one member of a group is wanted at any time.
 */
export class SwapGroupQueue {
  #tails = new Map<string, Promise<void>>();
  #clock: Clock;

  /** Turns are waited for on `clock` (the machine's by default). */
  constructor(clock: Clock = systemClock) {
    this.#clock = clock;
  }

  /** Whether a swap in `group` is running or waiting. */
  isBusy(group: string): boolean {
    return this.#tails.has(group);
  }

  /**
   * Runs `step` after every earlier step of `group` ended. Gives up waiting for its turn (calling `onGiveUp`,
   * which should throw) when `signal` aborts or `waitMs` passes; the steps behind it then go on.
   */
  async run(
    group: string,
    waitMs: number,
    signal: AbortSignal,
    step: () => Promise<void>,
    onGiveUp: () => never,
  ): Promise<void> {
    const previous = this.#tails.get(group) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => release = resolve);
    const tail = previous.then(() => mine);
    this.#tails.set(group, tail);
    void tail.then(() => {
      if (this.#tails.get(group) === tail) this.#tails.delete(group);
    });
    try {
      const turnCame = new AbortController();
      const waiting = new ChangeSignal(this.#clock).next(waitMs, AbortSignal.any([signal, turnCame.signal]));
      let turn = false;
      await Promise.race([previous.then(() => turn = true), waiting]);
      turnCame.abort(); // ends the wait's timer and listener
      await waiting;
      if (!turn || signal.aborted) onGiveUp();
      await step();
    } finally {
      release();
    }
  }
}
