/**
 * The state behind the simulated Kubernetes API server: Deployments, their pods, one resourceVersion counter
 * and the event history a watch resumes from. Pods start and stop after delays, as a kubelet's do.
 */
import { type Json, validateBody } from "./kube_schemas.ts";
import { now, toDeploymentStatus } from "./kube_objects.ts";

/** A Deployment to put in the cluster. */
export interface SimulatedDeployment {
  name: string;
  /** Labels of the Deployment object (the router selects by `ai.router.managed`/`ai.router.name`). */
  labels?: Record<string, string>;
  replicas: number;
}

/** Options for {@linkcode SimulatedCluster}. */
export interface SimulatedClusterOptions {
  namespace: string;
  /** From a scale-up to the pod's Ready condition (image pull, model load). */
  readyDelayMs?: number;
  /** From a scale-down to the pod's removal (the grace period). */
  terminateDelayMs?: number;
  /** Called when a Deployment's pod turns ready (the test starts the model's simulator) or is gone. */
  onPodReady?: (deployment: string) => void | Promise<void>;
  onPodGone?: (deployment: string) => void | Promise<void>;
}

/** One change, as a watch sends it. */
export interface ClusterEvent {
  type: "ADDED" | "MODIFIED" | "DELETED";
  object: Json;
  resourceVersion: number;
}

/** Deployments and pods of one namespace, with the quirks of the real API server noted where they arise. */
export class SimulatedCluster {
  readonly deployments = new Map<string, Json>();
  readonly pods = new Map<string, Json>();
  readonly history: ClusterEvent[] = [];
  /** The oldest resourceVersion a watch may resume after; older ones get 410 Expired. */
  oldestWatchable = 0;
  #options: Required<Omit<SimulatedClusterOptions, "onPodReady" | "onPodGone">> & SimulatedClusterOptions;
  // etcd's revision is one counter for all objects: every write gets the next one, as a string on the wire.
  #revision = 100;
  #listeners = new Set<(event: ClusterEvent) => void>();
  #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(options: SimulatedClusterOptions) {
    this.#options = { readyDelayMs: 50, terminateDelayMs: 50, ...options };
  }

  get revision(): number {
    return this.#revision;
  }

  add(input: SimulatedDeployment): void {
    const selector = { "app.kubernetes.io/name": input.name };
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: {
        name: input.name,
        namespace: this.#options.namespace,
        uid: crypto.randomUUID(),
        generation: 1,
        creationTimestamp: now(),
        labels: { ...selector, ...input.labels },
      },
      spec: {
        replicas: input.replicas,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: selector },
          spec: { containers: [{ name: input.name, image: `example/${input.name}:1` }] },
        },
        strategy: { type: "Recreate" },
      },
      status: {},
    };
    this.#write("ADDED", deployment);
    if (input.replicas > 0) this.#startPod(deployment);
  }

  /** Sets `spec.replicas` (0 or 1 here); returns the Deployment after the write. */
  scale(name: string, replicas: number): Json {
    const deployment = this.deployments.get(name);
    const before = deployment.spec.replicas;
    deployment.spec.replicas = replicas;
    deployment.metadata.generation++;
    if (before === replicas) return this.#write("MODIFIED", deployment);
    if (replicas > 0) this.#startPod(deployment);
    else for (const pod of this.podsOf(name)) this.#terminatePod(deployment, pod);
    return this.#write("MODIFIED", deployment);
  }

  delete(name: string): void {
    const deployment = this.deployments.get(name);
    this.deployments.delete(name);
    this.#write("DELETED", deployment);
  }

  /** Forgets the history, as etcd compaction and the watch cache's window do. */
  compact(): void {
    this.oldestWatchable = this.#revision;
    this.history.length = 0;
  }

  podsOf(deployment: string): Json[] {
    return [...this.pods.values()].filter((pod) =>
      pod.metadata.labels["app.kubernetes.io/name"] === deployment
    );
  }

  subscribe(listener: (event: ClusterEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#listeners.clear();
  }

  #write(type: ClusterEvent["type"], deployment: Json): Json {
    deployment.metadata.resourceVersion = String(++this.#revision);
    deployment.status = toDeploymentStatus(deployment, this.podsOf(deployment.metadata.name));
    validateBody("Deployment", deployment);
    if (type === "DELETED") this.deployments.delete(deployment.metadata.name);
    else this.deployments.set(deployment.metadata.name, deployment);
    const event = { type, object: structuredClone(deployment), resourceVersion: this.#revision };
    this.history.push(event);
    for (const listener of this.#listeners) listener(event);
    return deployment;
  }

  #startPod(deployment: Json): void {
    const name = deployment.metadata.name;
    const pod: Json = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: `${name}-5d8f7c9b4-${crypto.randomUUID().slice(0, 5)}`,
        namespace: this.#options.namespace,
        uid: crypto.randomUUID(),
        resourceVersion: String(++this.#revision),
        creationTimestamp: now(),
        labels: { ...deployment.spec.selector.matchLabels },
      },
      spec: { containers: [{ name, image: deployment.spec.template.spec.containers[0].image }] },
      status: { phase: "Pending", conditions: [{ type: "Ready", status: "False" }] },
      log: [`Pulling image for ${name}`],
    };
    this.pods.set(pod.metadata.name, pod);
    this.#later(this.#options.readyDelayMs, async () => {
      if (!this.pods.has(pod.metadata.name) || pod.metadata.deletionTimestamp) return;
      pod.status = { phase: "Running", conditions: [{ type: "Ready", status: "True" }] };
      pod.log.push(`${name} is ready`);
      await this.#options.onPodReady?.(name);
      if (this.deployments.has(name)) this.#write("MODIFIED", this.deployments.get(name));
    });
  }

  /**
   * A terminating pod leaves the Service's endpoints at once (so the model stops answering through it) but
   * exists, holding its memory, until its grace period ends.
   */
  #terminatePod(deployment: Json, pod: Json): void {
    pod.metadata.deletionTimestamp = now();
    this.#later(0, async () => await this.#options.onPodGone?.(deployment.metadata.name));
    this.#later(this.#options.terminateDelayMs, () => {
      this.pods.delete(pod.metadata.name);
      if (this.deployments.has(deployment.metadata.name)) this.#write("MODIFIED", deployment);
      return Promise.resolve();
    });
  }

  #later(ms: number, step: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void step();
    }, ms);
    this.#timers.add(timer);
  }
}
