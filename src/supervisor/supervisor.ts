import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { unavailable } from "../server/api_error.ts";
import type { ContainerRuntime, ContainerSummary } from "./container_runtime.ts";
import type { ContainerProfile } from "./container_spec.ts";
import { probeContainer } from "./probe_container.ts";
import type { Supervision, SupervisionHealth } from "./supervision.ts";
import { chooseGpuAccess, type GpuAccess, HASH_LABEL, MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";
import {
  computeBackoffMs,
  CONTAINER_STATUSES,
  type ContainerStatus,
  createTrackedContainers,
  describeTracked,
  findBudgetProblem,
  isHoldingMemory,
  sumHeldGib,
  type TrackedContainer,
} from "./tracked_container.ts";
import { ChangeSignal, sleepUnlessAborted } from "./change_signal.ts";
import { watchEngine } from "./watch_engine.ts";

/** Options for {@linkcode Supervisor}. */
export interface SupervisorOptions {
  runtime: ContainerRuntime;
  profile: ContainerProfile;
  config: SupervisorConfig;
  /** Backend name → container spec name (`backends.<name>.container`). */
  backendContainers: Record<string, string>;
  logger: Logger;
  metrics?: Metrics;
}

/**
 * Owns the profile's containers: creates, starts, probes, restarts with backoff, stops idle ones, swaps
 * group members and refuses to overcommit memory. The router core sees only {@linkcode Supervision}.
 */
export class Supervisor implements Supervision, AsyncDisposable {
  #options: SupervisorOptions;
  #tracked = new Map<string, TrackedContainer>();
  #gpuAccess: GpuAccess = "none";
  #budgetGib: number;
  #stopping = new AbortController();
  #tasks = new Set<Promise<unknown>>();
  #changes = new ChangeSignal();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: SupervisorOptions) {
    this.#options = options;
    const { device } = options.profile;
    this.#budgetGib = options.config.memoryBudgetGib ?? device.memoryGib - device.reservedGib;
  }

  /** Builds the create bodies, adopts or creates the always-on containers and starts the reconcile loop. */
  async start(): Promise<void> {
    const { runtime, profile, config } = this.#options;
    this.#gpuAccess = chooseGpuAccess(profile.device.gpuAccess, await runtime.info());
    for (const tracked of await createTrackedContainers(profile, config.namePrefix, this.#gpuAccess)) {
      this.#tracked.set(tracked.name, tracked);
      this.#setStatus(tracked, "stopped");
    }
    await this.#reconcileAll();
    this.#timer = setInterval(() => this.#track(this.#tick()), config.reconcileMs);
    this.#track(watchEngine({
      runtime,
      labels: [`${MANAGED_LABEL}=1`],
      signal: this.#stopping.signal,
      onEvent: (event) => {
        const tracked = this.#tracked.get(event.labels[NAME_LABEL] ?? "");
        if (tracked && /^(die|stop|kill|destroy|remove|health_status)/.test(event.action)) {
          this.#kick(tracked);
        }
      },
      onResync: () => this.#reconcileAll(),
      logger: this.#options.logger,
    }));
  }

  /** Stops the loop and the event stream; the containers keep running and are adopted by the next start. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    clearInterval(this.#timer);
    while (this.#tasks.size > 0) await Promise.allSettled([...this.#tasks]);
    this.#notify();
    this.#options.runtime.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  async ensureReady(backend: string, signal: AbortSignal): Promise<void> {
    const tracked = this.#forBackend(backend);
    if (!tracked) return;
    tracked.lastUsed = Date.now();
    if (tracked.status === "ready") return;
    if (tracked.spec.swapGroup) await this.#swapIn(tracked);
    tracked.wanted = true;
    if (tracked.status === "refused") this.#setStatus(tracked, "stopped");
    this.#kick(tracked);
    const { coldStartMs } = this.#options.config;
    const deadline = Date.now() + coldStartMs;
    for (let status = this.#statusOf(tracked); status !== "ready"; status = this.#statusOf(tracked)) {
      if (status === "refused") {
        throw unavailable(`Cannot start backend "${backend}": ${tracked.lastError}`, 30);
      }
      const left = deadline - Date.now();
      if (left <= 0 || signal.aborted || this.#stopping.signal.aborted) {
        throw unavailable(
          `Backend "${backend}" is not ready: container "${tracked.containerName}" is ${tracked.status} after ${
            Math.round(coldStartMs / 1000)
          } s`,
          Math.max(1, coldStartMs / 1000),
        );
      }
      await this.#nextChange(left, signal);
    }
    tracked.lastUsed = Date.now();
  }

  isReady(backend: string): boolean {
    const tracked = this.#forBackend(backend);
    return tracked === undefined || tracked.status === "ready";
  }

  touch(backend: string): void {
    const tracked = this.#forBackend(backend);
    if (tracked) tracked.lastUsed = Date.now();
  }

  describe(): SupervisionHealth {
    const backendsOf = (name: string) =>
      Object.entries(this.#options.backendContainers).filter(([, c]) => c === name).map(([b]) => b);
    const health = {
      enabled: true,
      engine: { apiVersion: this.#options.runtime.apiVersion, gpuAccess: this.#gpuAccess },
      memory: {
        budgetGib: this.#budgetGib,
        inUseGib: Number(sumHeldGib([...this.#tracked.values()]).toFixed(1)),
      },
      containers: Object.fromEntries(
        [...this.#tracked.values()].map((t) => [t.name, describeTracked(t, backendsOf(t.name))]),
      ),
    };
    return health;
  }

  #statusOf(tracked: TrackedContainer): ContainerStatus {
    return tracked.status;
  }

  #forBackend(backend: string): TrackedContainer | undefined {
    const name = this.#options.backendContainers[backend];
    return name === undefined ? undefined : this.#tracked.get(name);
  }

  /** Stops every other member of the swap group first, so at most one runs. */
  async #swapIn(tracked: TrackedContainer): Promise<void> {
    const group = tracked.spec.swapGroup!;
    const others = [...this.#tracked.values()].filter((t) =>
      t !== tracked && t.spec.swapGroup === group && t.wanted
    );
    for (const other of others) other.wanted = false;
    await Promise.all(others.map((other) => this.#withLock(other, () => this.#reconcile(other))));
    if (others.length > 0) {
      this.#options.metrics?.containerSwaps.inc({ group });
      this.#options.logger.info("Swapped containers", {
        group,
        from: others.map((o) => o.name),
        to: tracked.name,
      });
    }
  }

  async #tick(): Promise<void> {
    const now = Date.now();
    for (const tracked of this.#tracked.values()) {
      const idle = tracked.spec.idleTimeoutMs;
      if (
        idle !== undefined && tracked.wanted && tracked.status === "ready" && now - tracked.lastUsed > idle
      ) {
        this.#options.logger.info("Stopping idle container", { container: tracked.containerName });
        tracked.wanted = false;
      }
    }
    await this.#reconcileAll();
  }

  async #reconcileAll(): Promise<void> {
    if (this.#stopping.signal.aborted) return;
    // Each step lists its own container inside the lock: a list taken before the lock goes stale.
    await Promise.all(
      [...this.#tracked.values()].map((tracked) => this.#withLock(tracked, () => this.#reconcile(tracked))),
    );
  }

  #kick(tracked: TrackedContainer): void {
    this.#track(this.#withLock(tracked, () => this.#reconcile(tracked)));
  }

  /** One step towards the wanted state, from what the engine says now. */
  async #reconcile(tracked: TrackedContainer): Promise<void> {
    if (this.#stopping.signal.aborted) return;
    const { runtime, config } = this.#options;
    let summary: ContainerSummary | null =
      (await runtime.listContainers([`${MANAGED_LABEL}=1`, `${NAME_LABEL}=${tracked.name}`]))[0] ?? null;
    if (summary && summary.labels[HASH_LABEL] !== tracked.hash) {
      this.#options.logger.info("Recreating container: its spec changed", {
        container: tracked.containerName,
      });
      await runtime.removeContainer(summary.id);
      summary = null;
      if (isHoldingMemory(tracked)) this.#setStatus(tracked, "stopped");
    }
    tracked.id = summary?.id;
    // A paused container still holds its memory and port; the health check finds it unanswering.
    const running = summary?.state === "running" || summary?.state === "paused";
    if (!tracked.wanted) {
      if (running) await runtime.stopContainer(summary!.id, tracked.spec.stopTimeoutSeconds);
      if (tracked.status !== "refused") this.#setStatus(tracked, "stopped");
      return;
    }
    if (running && isHoldingMemory(tracked)) {
      if (tracked.status !== "starting") await this.#checkHealth(tracked);
      return;
    }
    if (!running && isHoldingMemory(tracked)) {
      await this.#fail(tracked, `Container exited (${summary ? summary.state : "removed"})`);
    }
    if (Date.now() < tracked.nextAttemptAt) return;
    if (!running) {
      const reason = findBudgetProblem(tracked, [...this.#tracked.values()], this.#budgetGib);
      if (reason) {
        if (tracked.status !== "refused") {
          this.#options.logger.warn("Refusing to start container", {
            container: tracked.containerName,
            reason,
          });
        }
        tracked.lastError = reason;
        this.#setStatus(tracked, "refused");
        return;
      }
      try {
        tracked.id = summary?.id ?? await this.#create(tracked);
        await runtime.startContainer(tracked.id);
      } catch (error) {
        await this.#fail(tracked, `Cannot start container: ${(error as Error).message}`);
        return;
      }
      if (tracked.failures > 0) {
        tracked.restarts++;
        this.#options.metrics?.containerRestarts.inc({ container: tracked.containerName });
      }
    }
    tracked.startedAt = Date.now();
    tracked.probeFailures = 0;
    this.#setStatus(tracked, "starting");
    this.#track(this.#awaitStartup(tracked, config.startTimeoutMs));
  }

  async #create(tracked: TrackedContainer): Promise<string> {
    const { runtime } = this.#options;
    if (!await runtime.hasImage(tracked.spec.image)) await runtime.pullImage(tracked.spec.image);
    return await runtime.createContainer(tracked.containerName, tracked.body);
  }

  /** Probes a freshly started container until it answers, dies or runs out of time. */
  async #awaitStartup(tracked: TrackedContainer, timeoutMs: number): Promise<void> {
    const { probeIntervalMs, probeTimeoutMs } = this.#options.config;
    const startedAt = tracked.startedAt;
    while (
      !this.#stopping.signal.aborted && tracked.status === "starting" && tracked.startedAt === startedAt
    ) {
      const problem = await probeContainer(tracked.spec, probeTimeoutMs);
      if (tracked.status !== "starting" || tracked.startedAt !== startedAt) return;
      if (problem === undefined) {
        tracked.failures = 0;
        tracked.nextAttemptAt = 0;
        this.#setStatus(tracked, "ready");
        this.#options.logger.info("Container ready", {
          container: tracked.containerName,
          ms: Date.now() - startedAt,
        });
        return;
      }
      if (Date.now() - startedAt > timeoutMs) {
        await this.#withLock(tracked, async () => {
          await this.#fail(tracked, `Not ready after ${Math.round(timeoutMs / 1000)} s: ${problem}`, true);
        });
        return;
      }
      const state = await this.#options.runtime.inspectContainer(tracked.id!).catch(() => undefined);
      if (!state?.running) return this.#kick(tracked);
      await this.#sleep(probeIntervalMs);
    }
  }

  async #checkHealth(tracked: TrackedContainer): Promise<void> {
    const problem = await probeContainer(tracked.spec, this.#options.config.probeTimeoutMs);
    if (problem === undefined) {
      tracked.probeFailures = 0;
      if (tracked.status === "unhealthy") this.#setStatus(tracked, "ready");
      return;
    }
    const state = await this.#options.runtime.inspectContainer(tracked.id!);
    if (!state?.running) return await this.#fail(tracked, `Container exited (${state?.status ?? "removed"})`);
    tracked.probeFailures++;
    this.#setStatus(tracked, "unhealthy");
    if (tracked.probeFailures >= this.#options.config.unhealthyAfter) {
      await this.#fail(tracked, `Not answering after ${tracked.probeFailures} probes: ${problem}`, true);
    }
  }

  /** Records a failure and schedules the next attempt; `discard` removes a wedged container (paused, hung). */
  async #fail(tracked: TrackedContainer, reason: string, discard = false): Promise<void> {
    const { backoff, logTailLines } = this.#options.config;
    tracked.failures++;
    tracked.lastError = reason;
    tracked.nextAttemptAt = Date.now() + computeBackoffMs(tracked.failures, backoff.initialMs, backoff.maxMs);
    this.#setStatus(tracked, "backoff");
    this.#options.logger.warn("Container failed", {
      container: tracked.containerName,
      reason,
      failures: tracked.failures,
    });
    if (tracked.id && logTailLines > 0) {
      tracked.logTail = await this.#options.runtime.readLogs(tracked.id, logTailLines).catch(() =>
        tracked.logTail
      );
    }
    if (discard && tracked.id) {
      // A hung or frozen process may ignore kill; a forced remove always works and the next step recreates it.
      await this.#options.runtime.removeContainer(tracked.id);
      tracked.id = undefined;
    }
    this.#track(this.#sleep(tracked.nextAttemptAt - Date.now()).then(() => this.#kick(tracked)));
  }

  #setStatus(tracked: TrackedContainer, status: ContainerStatus): void {
    tracked.status = status;
    for (const state of CONTAINER_STATUSES) {
      this.#options.metrics?.containerState.set(
        { container: tracked.containerName, state },
        state === status ? 1 : 0,
      );
    }
    this.#notify();
  }

  #withLock(tracked: TrackedContainer, step: () => Promise<void>): Promise<void> {
    const run = tracked.lock.then(step).catch((error) => {
      tracked.lastError = (error as Error).message;
      this.#options.logger.warn("Supervisor step failed", { container: tracked.containerName, error });
    });
    tracked.lock = run;
    return run;
  }

  #track(task: Promise<unknown>): void {
    const tracked = task.catch((error) => this.#options.logger.warn("Supervisor task failed", { error }));
    this.#tasks.add(tracked);
    tracked.finally(() => this.#tasks.delete(tracked));
  }

  #notify(): void {
    this.#changes.notify();
  }

  #nextChange(ms: number, signal: AbortSignal): Promise<void> {
    return this.#changes.next(ms, signal);
  }

  #sleep(ms: number): Promise<void> {
    return sleepUnlessAborted(ms, this.#stopping.signal);
  }
}
