/** One box (container engine) as `/health/deep` shows it. */
export interface EngineHealth {
  name: string;
  reachable: boolean;
  /** Why the engine cannot be used, while it cannot. */
  problem?: string;
  /** The spec names of the containers this box runs. */
  containers: string[];
  [detail: string]: unknown;
}

/** What `/health/deep` shows about container supervision. */
export interface SupervisionHealth {
  enabled: boolean;
  /** Why supervision is off (no Docker socket, no container specs), when it is. */
  reason?: string;
  /** Every box by engine name, when supervision is on. */
  engines?: Record<string, EngineHealth>;
  containers: Record<string, unknown>;
}

/** The router core's whole view of the container supervisor, so it never knows about Docker. */
export interface Supervision {
  /**
   * Resolves once the backend's container is running and ready, starting it (or swapping out its
   * swap-group sibling) when needed; a no-op for backends without a container. Throws `ApiError` 503 with
   * `Retry-After` when the cold start takes longer than allowed.
   */
  ensureReady(backend: string, signal: AbortSignal): Promise<void>;
  /**
   * False while `ensureReady` would wait: the backend's container is stopped, starting, being stopped, or a
   * swap in its group runs or waits (requests are served in arrival order).
   */
  isReady(backend: string): boolean;
  /**
   * False while the backend's container is not wanted running (swapped out, idle-stopped, on demand and not
   * started yet), so a probe failure then is expected; true for backends without a container.
   */
  expectsUp(backend: string): boolean;
  /**
   * True while the backend's container is on a box whose engine does not answer: `ensureReady` fails at
   * once, so a streaming request goes straight to its plan (and fallback) instead of waiting in SSE.
   */
  isUnreachable?(backend: string): boolean;
  /**
   * True while the backend's container is in backoff after failures: `ensureReady` fails at once with the
   * reason, so a streaming request goes straight to its plan (and fallback) too.
   */
  isFailing?(backend: string): boolean;
  /**
   * Ends every wait for a container with a 503 at once, and answers later ones the same way: called when
   * the router begins to shut down, so the requests waiting for a cold start are answered and logged.
   */
  stopWaiting?(): void;
  /** Marks the backend as used now, for idle timeouts. */
  touch(backend: string): void;
  describe(): SupervisionHealth;
}

/** Supervision when there is none: every backend is external and always "ready". */
export function createNoSupervision(reason: string): Supervision {
  return {
    ensureReady: () => Promise.resolve(),
    isReady: () => true,
    expectsUp: () => true,
    touch: () => {},
    describe: () => ({ enabled: false, reason, containers: {} }),
  };
}
