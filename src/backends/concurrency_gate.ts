import { unavailable } from "../api_error.ts";

/** Limits concurrent upstream calls; a short FIFO queue absorbs bursts, beyond it callers get a 503. */
export class ConcurrencyGate {
  readonly #limit: number;
  readonly #maxQueue: number;
  readonly #label: string;
  #active = 0;
  #waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];

  constructor(limit: number, maxQueue: number, label: string) {
    this.#limit = limit;
    this.#maxQueue = maxQueue;
    this.#label = label;
  }

  get active(): number {
    return this.#active;
  }

  get queued(): number {
    return this.#waiters.length;
  }

  /** Waits for a slot; rejects at once when the queue is full, or when `signal` aborts. */
  acquire(signal: AbortSignal): Promise<void> {
    if (this.#active < this.#limit) {
      this.#active++;
      return Promise.resolve();
    }
    if (this.#waiters.length >= this.#maxQueue) {
      return Promise.reject(unavailable(`Cannot queue request: backend "${this.#label}" is at capacity`, 1));
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        reject,
      };
      const onAbort = () => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** Hands the slot to the next waiter, or frees it. */
  release(): void {
    const next = this.#waiters.shift();
    if (next) next.resolve();
    else this.#active--;
  }
}
