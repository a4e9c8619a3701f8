import { type Clock, systemClock, type TimerHandle } from "../clock.ts";
import { unavailable } from "../api_error.ts";
import { toEngineCheckSeconds } from "./bring_up_container.ts";
import { bringUpForRequest } from "./bring_up_for_request.ts";
import { ChangeSignal, sleepUnlessAborted } from "./change_signal.ts";
import { describeSupervisor } from "./describe_supervisor.ts";
import { checkEngine, type EngineLink, prepareEngine } from "./engine_link.ts";
import { reconcileContainer } from "./reconcile_container.ts";
import type { Supervision, SupervisionHealth } from "./supervision.ts";
import type { SupervisorContext } from "./supervisor_context.ts";
import type { SupervisorOptions } from "./supervisor_options.ts";
import { SwapGroupQueue } from "./swap_group_queue.ts";
import { releaseIdleContainers } from "./swap_in_container.ts";
import { type GpuAccess, MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";
import {
  type ContainerStatus,
  createTrackedContainers,
  recordContainerStatus,
  type TrackedContainer,
} from "./tracked_container.ts";
import { watchEngine } from "./watch_engine.ts";

export type { SupervisorOptions } from "./supervisor_options.ts";

/**
 * Owns the profile's containers: creates, starts, probes, restarts with backoff, stops idle ones, swaps
 * group members and refuses to overcommit memory. The router core sees only {@linkcode Supervision}.
 */
export class Supervisor implements Supervision, AsyncDisposable {
  #options: SupervisorOptions;
  #tracked = new Map<string, TrackedContainer>();
  #gpuAccess: GpuAccess = "none";
  #gpuProblem: string | undefined;
  #budgetGib: number;
  #stopping = new AbortController();
  /** Aborted when the router begins to shut down: requests still waiting for a container get a 503. */
  #draining = new AbortController();
  #tasks = new Set<Promise<unknown>>();
  #clock: Clock;
  #changes: ChangeSignal;
  #timer: TimerHandle | undefined;
  #context: SupervisorContext;
  #swaps: SwapGroupQueue;
  #engine: EngineLink;
  #checking: Promise<boolean> | undefined;

  constructor(options: SupervisorOptions) {
    this.#options = options;
    const clock = this.#clock = options.clock ?? systemClock;
    this.#changes = new ChangeSignal(clock);
    this.#swaps = new SwapGroupQueue(clock);
    const { device } = options.profile;
    this.#budgetGib = options.config.memoryBudgetGib ?? device.memoryGib - device.reservedGib;
    this.#engine = { name: options.engine?.name ?? "local", problem: undefined, prepared: false };
    this.#context = {
      runtime: options.runtime,
      config: options.config,
      logger: options.logger,
      metrics: options.metrics,
      tracked: this.#tracked,
      budgetGib: this.#budgetGib,
      clock,
      stopping: this.#stopping.signal,
      setStatus: (tracked, status) => this.#setStatus(tracked, status),
      withLock: (tracked, step) => this.#withLock(tracked, step),
      track: (task) => this.#track(task),
      kick: (tracked) => this.#kick(tracked),
      isBusy: (tracked) => this.#isBusy(tracked),
      sleep: (ms) => sleepUnlessAborted(ms, { signal: this.#stopping.signal, clock }),
      nextChange: (ms, signal) => this.#changes.next(ms, signal),
    };
  }

  /**
   * Connects to the engine and starts the reconcile loop. Adopting or creating the always-on containers runs
   * in the background (`stop()` waits for it), so the router listens while missing images are pulled. An
   * engine that does not answer marks its containers unreachable and is tried again every `reconcileMs`.
   */
  async start(): Promise<void> {
    const { runtime, profile, config } = this.#options;
    // Provisional records (create bodies are rebuilt once the engine says how it reaches the GPU), so
    // describe() and ensureReady() know every container while the engine is unreachable.
    const records = await createTrackedContainers(profile, {
      namePrefix: config.namePrefix,
      gpuAccess: "none",
      now: this.#clock.now(),
    });
    for (const tracked of records) {
      this.#tracked.set(tracked.name, tracked);
      this.#setStatus(tracked, "stopped");
    }
    if (await this.#checkEngine()) this.#track(this.#reconcileAll());
    this.#scheduleTick();
    this.#track(watchEngine({
      runtime,
      labels: [`${MANAGED_LABEL}=1`],
      signal: this.#stopping.signal,
      onEvent: (event) => {
        const tracked = this.#tracked.get(event.labels[NAME_LABEL] ?? "");
        // Docker's event attributes carry the container's name: skip another router's container of the same spec.
        if (event.labels.name !== undefined && event.labels.name !== tracked?.containerName) return;
        if (tracked && /^(die|stop|kill|destroy|remove|health_status)/.test(event.action)) {
          this.#kick(tracked);
        }
      },
      onResync: async () => {
        if (await this.#checkEngine()) await this.#reconcileAll();
      },
      logger: this.#options.logger,
      clock: this.#clock,
    }));
  }

  /** Stops the loop and the event stream; the containers keep running and are adopted by the next start. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    while (this.#tasks.size > 0) await Promise.allSettled([...this.#tasks]);
    this.#changes.notify();
    this.#options.runtime.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  async ensureReady(backend: string, signal: AbortSignal): Promise<void> {
    const tracked = this.#forBackend(backend);
    if (!tracked || this.#engine.absent !== undefined) return;
    tracked.lastUsed = this.#clock.now();
    if (this.#engine.problem !== undefined) {
      throw unavailable(
        `Cannot start backend "${backend}": ${this.#engine.problem}`,
        toEngineCheckSeconds(this.#options.config),
      );
    }
    if (this.#isServing(tracked)) return;
    const draining = this.#draining.signal;
    await bringUpForRequest(this.#context, { tracked, backend, signal, draining, swaps: this.#swaps });
  }

  /**
   * Ends every wait for a container with a 503 now, and answers later requests for a container that is
   * not ready with one at once: the router is shutting down, and a started container is adopted next time.
   */
  stopWaiting(): void {
    this.#draining.abort();
    this.#changes.notify();
  }

  isReady(backend: string): boolean {
    const tracked = this.#forBackend(backend);
    return tracked === undefined || this.#engine.absent !== undefined || this.#isServing(tracked);
  }

  isFailing(backend: string): boolean {
    return this.#forBackend(backend)?.status === "backoff";
  }

  expectsUp(backend: string): boolean {
    const tracked = this.#forBackend(backend);
    return tracked === undefined || this.#engine.absent !== undefined || tracked.wanted;
  }

  isUnreachable(backend: string): boolean {
    return this.#forBackend(backend) !== undefined && this.#engine.problem !== undefined &&
      this.#engine.absent === undefined;
  }

  touch(backend: string): void {
    const tracked = this.#forBackend(backend);
    if (tracked) tracked.lastUsed = this.#clock.now();
  }

  describe(): SupervisionHealth {
    const { absent } = this.#engine;
    if (absent !== undefined) {
      const reason = `${absent}: supervision is off until it appears, backends are external`;
      return { enabled: false, reason, containers: {} };
    }
    return describeSupervisor({
      engine: this.#engine,
      apiVersion: this.#options.runtime.apiVersion,
      gpuAccess: this.#gpuAccess,
      ...(this.#gpuProblem ? { gpuProblem: this.#gpuProblem } : {}),
      budgetGib: this.#budgetGib,
      tracked: this.#tracked.values(),
      backendContainers: this.#options.backendContainers,
    });
  }

  #forBackend(backend: string): TrackedContainer | undefined {
    const name = this.#options.backendContainers[backend];
    return name === undefined ? undefined : this.#tracked.get(name);
  }

  /**
   * Whether requests may go straight to the container: ready, still wanted (a released one is being
   * stopped) and no swap of its group running or waiting (a request must not overtake an earlier swap).
   */
  #isServing(tracked: TrackedContainer): boolean {
    const group = tracked.spec.swapGroup;
    return tracked.status === "ready" && tracked.wanted &&
      !(group !== undefined && this.#swaps.isBusy(group));
  }

  #isBusy(tracked: TrackedContainer): boolean {
    const { backendContainers, inFlight } = this.#options;
    if (!inFlight) return false;
    return Object.entries(backendContainers).some(([backend, name]) =>
      name === tracked.name && inFlight(backend) > 0
    );
  }

  /** One pass every `reconcileMs` on the clock, until the supervisor stops. */
  #scheduleTick(): void {
    this.#timer = this.#clock.setTimeout(() => {
      if (this.#stopping.signal.aborted) return;
      this.#track(this.#tick());
      this.#scheduleTick();
    }, this.#options.config.reconcileMs);
  }

  async #tick(): Promise<void> {
    releaseIdleContainers(this.#context, this.#clock.now());
    // A check still running (a slow or lost engine) belongs to an earlier tick, which reconciles after it:
    // joining it would queue several passes that then run back to back (two probes at once count twice).
    if (this.#checking) return;
    if (await this.#checkEngine()) await this.#reconcileAll();
  }

  /** Whether the engine answers now. A lost engine answers only after its timeout: one check runs at a time. */
  #checkEngine(): Promise<boolean> {
    this.#checking ??= this.#askEngine().finally(() => this.#checking = undefined);
    return this.#checking;
  }

  /** Asks the engine; on its first answer the create bodies are built for its GPU access. */
  async #askEngine(): Promise<boolean> {
    const info = await checkEngine(this.#context, this.#engine);
    if (info === undefined) return false;
    if (this.#engine.prepared) return true;
    const { profile, config } = this.#options;
    const gpu = await prepareEngine(this.#context, { profile, namePrefix: config.namePrefix, info });
    this.#gpuAccess = gpu.gpuAccess;
    this.#gpuProblem = gpu.gpuProblem;
    this.#engine.prepared = true;
    return true;
  }

  #isEngineUsable(): boolean {
    return this.#engine.problem === undefined && this.#engine.prepared;
  }

  async #reconcileAll(): Promise<void> {
    if (this.#stopping.signal.aborted || !this.#isEngineUsable()) return;
    // Each step lists its own container inside the lock: a list taken before the lock goes stale.
    await Promise.all(
      [...this.#tracked.values()].map((tracked) =>
        this.#withLock(tracked, () => reconcileContainer(this.#context, tracked))
      ),
    );
  }

  #kick(tracked: TrackedContainer): void {
    // While the engine is lost its containers wait; the first successful check reconciles them all.
    if (!this.#isEngineUsable()) return;
    this.#track(this.#withLock(tracked, () => reconcileContainer(this.#context, tracked)));
  }

  #setStatus(tracked: TrackedContainer, status: ContainerStatus): void {
    tracked.status = status;
    recordContainerStatus(this.#options.metrics, tracked);
    this.#changes.notify();
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
}
