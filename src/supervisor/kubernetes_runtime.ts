import {
  type ContainerRuntime,
  type ContainerState,
  type ContainerSummary,
  EngineError,
  type EngineEvent,
  type EngineInfo,
} from "./container_runtime.ts";
import type { KubernetesClient } from "./kubernetes_client.ts";
import {
  type DeploymentObject,
  toContainerState,
  toContainerSummary,
  toEngineEvent,
  toPodSelector,
} from "./kubernetes_deployment.ts";
import { readNewestPodLog, waitForPodsGone } from "./kubernetes_pods.ts";
import { readWatchEvents } from "./read_watch_events.ts";
import { MANAGED_LABEL, NAME_LABEL } from "./to_create_body.ts";

/** Options for {@linkcode KubernetesRuntime}. */
export interface KubernetesRuntimeOptions {
  /** How often a stop checks whether the Deployment's pods are gone. */
  pollMs?: number;
  /** Extra time, beyond the stop timeout, a stop waits for the pods to be gone (grace period, kubelet). */
  podsGoneSlackMs?: number;
  /** Where the router reaches a Deployment's port: its Service, named like it, by default. */
  serviceHost?: (deployment: string) => string;
}

// The router scales the scale subresource (RBAC `deployments/scale`) rather than patching the Deployment,
// so its Role never lets it change an image or command. Merge patch: the API server refuses a PATCH sent
// as plain application/json with 415 (kubernetes/apiserver pkg/endpoints/handlers/patch.go).
const MERGE_PATCH = "application/merge-patch+json";

/**
 * The supervisor's runtime over Kubernetes: each profile container is a Deployment of the manifests
 * (infra/k3s), "started" by scaling it to 1 replica and "stopped" by scaling it to 0. The router never
 * creates, changes or deletes a Deployment: the manifests own their spec (GPU, volumes, runtime class).
 */
export class KubernetesRuntime implements ContainerRuntime {
  readonly apiVersion = "apps/v1";
  readonly externallyDefined = true;
  #client: KubernetesClient;
  #pollMs: number;
  #slackMs: number;
  #serviceHost: (deployment: string) => string;
  /** The last resourceVersion seen per watched selector: a reconnect resumes there instead of relisting. */
  #watchedVersions = new Map<string, string>();

  constructor(client: KubernetesClient, options: KubernetesRuntimeOptions = {}) {
    this.#client = client;
    this.#pollMs = options.pollMs ?? 1_000;
    this.#slackMs = options.podsGoneSlackMs ?? 60_000;
    this.#serviceHost = options.serviceHost ?? ((deployment) => deployment);
  }

  get #deployments(): string {
    return `/apis/apps/v1/namespaces/${encodeURIComponent(this.#client.namespace)}/deployments`;
  }

  /** `GET /version`. The kubelet and the manifests' runtime class, not the router, give pods the GPU. */
  async info(): Promise<EngineInfo> {
    const version = await this.#client.json("GET", "/version");
    return {
      kernelVersion: "",
      architecture: String(version.platform ?? "").split("/")[1] ?? "",
      runtimes: [],
      serverVersion: String(version.gitVersion ?? ""),
    };
  }

  async listContainers(labels: readonly string[]): Promise<ContainerSummary[]> {
    const list = await this.#client.json("GET", this.#deployments, {
      query: { labelSelector: labels.join(",") },
    });
    return (list.items as DeploymentObject[]).map(toContainerSummary);
  }

  async inspectContainer(id: string): Promise<ContainerState | undefined> {
    const deployment = await this.#getDeployment(id);
    return deployment && toContainerState(deployment);
  }

  /** Never creates: says whether the Deployment is missing or lacks the labels the router selects by. */
  async explainMissing(name: string): Promise<never> {
    const deployment = await this.#getDeployment(name);
    const namespace = this.#client.namespace;
    if (!deployment) {
      throw new EngineError(
        "not-found",
        404,
        `Deployment "${name}" does not exist in namespace "${namespace}": the router scales the manifests' ` +
          "Deployments but never creates one; apply them (kubectl apply -k infra/k3s/overlays/<profile>)",
      );
    }
    throw new EngineError(
      "conflict",
      409,
      `Deployment "${name}" in namespace "${namespace}" lacks the labels ${MANAGED_LABEL}=1 and ` +
        `${NAME_LABEL}=<container>: the router only scales Deployments carrying them`,
    );
  }

  async startContainer(id: string): Promise<void> {
    await this.#scale(id, 1);
  }

  /** Scales to 0 and waits until its pods are gone, so their (GPU) memory is free, as Docker's stop does. */
  async stopContainer(id: string, timeoutSeconds: number): Promise<void> {
    const selector = await this.#scale(id, 0);
    const limitMs = timeoutSeconds * 1000 + this.#slackMs;
    await waitForPodsGone(this.#client, { deployment: id, selector, limitMs, pollMs: this.#pollMs });
  }

  /** Scales to 0 and keeps the Deployment: the manifests own it (a start scales it up again). */
  async removeContainer(id: string): Promise<void> {
    try {
      await this.stopContainer(id, 0);
    } catch (error) {
      if (!(error instanceof EngineError && error.kind === "not-found")) throw error;
    }
  }

  /** The newest pod's log (`pods/{name}/log?tailLines=`); empty when the Deployment has no pod. */
  async readLogs(id: string, tail: number): Promise<string> {
    const deployment = await this.#getDeployment(id);
    return deployment
      ? await readNewestPodLog(this.#client, { selector: toPodSelector(deployment), tail })
      : "";
  }

  /**
   * Watches the labelled Deployments (`?watch=1`) from the last resourceVersion seen, so a reconnect misses
   * nothing; after a 410 (history expired) it forgets it, and the next call starts from the current state.
   */
  async watchEvents(
    labels: readonly string[],
    onEvent: (event: EngineEvent) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const labelSelector = labels.join(",");
    const since = this.#watchedVersions.get(labelSelector);
    const query = {
      watch: "1",
      labelSelector,
      allowWatchBookmarks: "true",
      ...(since ? { resourceVersion: since } : {}),
    };
    const response = await this.#client.request("GET", this.#deployments, { query, signal });
    try {
      await readWatchEvents(response.body!, {
        signal,
        onEvent: ({ type, object }) => {
          if (object.metadata.resourceVersion) {
            this.#watchedVersions.set(labelSelector, object.metadata.resourceVersion);
          }
          if (type !== "BOOKMARK") onEvent(toEngineEvent(type, object));
        },
      });
    } catch (error) {
      if (error instanceof EngineError && error.status === 410) this.#watchedVersions.delete(labelSelector);
      throw error;
    }
  }

  /** The Service host the supervisor probes the container's port on. */
  probeHost(containerName: string): string {
    return this.#serviceHost(containerName);
  }

  close(): void {
    this.#client.close();
  }

  async #getDeployment(name: string): Promise<DeploymentObject | undefined> {
    try {
      return await this.#client.json("GET", `${this.#deployments}/${encodeURIComponent(name)}`);
    } catch (error) {
      if (error instanceof EngineError && error.kind === "not-found") return undefined;
      throw error;
    }
  }

  /** PATCHes `deployments/{name}/scale`; returns the pod selector the Scale reports. */
  async #scale(name: string, replicas: number): Promise<string> {
    const scale = await this.#client.json("PATCH", `${this.#deployments}/${encodeURIComponent(name)}/scale`, {
      body: { spec: { replicas } },
      contentType: MERGE_PATCH,
    });
    return String(scale.status?.selector ?? "");
  }
}
