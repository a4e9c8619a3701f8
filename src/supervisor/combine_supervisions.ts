import type { Supervision, SupervisionHealth } from "./supervision.ts";

/** One engine's supervision and the backends whose containers it runs. */
export interface EngineSupervision {
  name: string;
  supervision: Supervision & AsyncDisposable;
  backends: readonly string[];
}

/**
 * One {@linkcode Supervision} over several engines (boxes): each backend goes to the engine that runs its
 * container, so a lost box answers only for its own backends. `describe()` lists every box under `engines`
 * and every container under `containers`; `engine` and `memory` are the main box's (first engine).
 */
export function combineSupervisions(parts: readonly EngineSupervision[]): Supervision & AsyncDisposable {
  // Built once: every request asks for its backend's supervision several times.
  const owners = new Map(
    parts.flatMap((part) => part.backends.map((backend) => [backend, part.supervision])),
  );
  const owner = (backend: string) => owners.get(backend);
  return {
    ensureReady: (backend, signal) => owner(backend)?.ensureReady(backend, signal) ?? Promise.resolve(),
    isReady: (backend) => owner(backend)?.isReady(backend) ?? true,
    expectsUp: (backend) => owner(backend)?.expectsUp(backend) ?? true,
    isUnreachable: (backend) => owner(backend)?.isUnreachable?.(backend) ?? false,
    isFailing: (backend) => owner(backend)?.isFailing?.(backend) ?? false,
    stopWaiting: () => parts.forEach((part) => part.supervision.stopWaiting?.()),
    touch: (backend) => owner(backend)?.touch(backend),
    describe: () => {
      const views = parts.map((part) => part.supervision.describe());
      // Every box off (no engine socket yet): supervision is off, saying why.
      if (views.every((view) => !view.enabled)) {
        const reason = views.map((view) => view.reason).filter(Boolean).join("; ");
        return { enabled: false, ...(reason ? { reason } : {}), containers: {} };
      }
      const combined: SupervisionHealth = {
        ...views[0],
        enabled: true,
        engines: Object.assign({}, ...views.map((view) => view.engines ?? {})),
        containers: Object.assign({}, ...views.map((view) => view.containers)),
      };
      return combined;
    },
    [Symbol.asyncDispose]: async () => {
      await Promise.all(parts.map((part) => part.supervision[Symbol.asyncDispose]()));
    },
  };
}
