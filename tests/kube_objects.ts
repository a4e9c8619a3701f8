/** The objects the simulated Kubernetes API server builds from its cluster state, and its label selectors. */
import type { SimulatedCluster } from "./kube_cluster.ts";
import { type Json, validateBody } from "./kube_schemas.ts";

/** A timestamp as the API server writes one (RFC 3339, whole seconds). */
export const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** Whether a `labelSelector` (`k=v`, `k==v`, `k!=v`, `k`, comma-joined) selects these labels. */
export function matchesSelector(selector: string, labels: Record<string, string> = {}): boolean {
  return selector.split(",").filter(Boolean).every((term) => {
    const [key, value] = term.split(/!=|==|=/).map((part) => part.trim());
    if (value === undefined) return key! in labels;
    return term.includes("!=") ? labels[key!] !== value : labels[key!] === value;
  });
}

/** `GET /version` of a K3s node (fields of apimachinery pkg/version `Info`). */
export const VERSION = {
  major: "1",
  minor: "33",
  gitVersion: "v1.33.3+k3s1",
  gitCommit: "236cbf257332b293f444abe6f24d699ff628173e",
  gitTreeState: "clean",
  buildDate: "2025-07-16T00:00:00Z",
  goVersion: "go1.24.4",
  compiler: "gc",
  platform: "linux/arm64",
};

export function emptyList(kind: "DeploymentList" | "PodList", cluster: SimulatedCluster): Json {
  return {
    kind,
    apiVersion: kind === "PodList" ? "v1" : "apps/v1",
    metadata: { resourceVersion: String(cluster.revision) },
    items: [],
  };
}

/** A Deployment's scale subresource (autoscaling/v1 Scale); `status.selector` is the pods' selector string. */
export function toScale(deployment: Json): Json {
  const { name, namespace, uid, resourceVersion, creationTimestamp } = deployment.metadata;
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: deployment.spec.replicas },
    status: {
      replicas: deployment.status.replicas ?? 0,
      selector: Object.entries(deployment.spec.selector.matchLabels).map(([k, v]) => `${k}=${v}`).join(","),
    },
  };
}

/** RFC 7386 JSON merge patch: objects merge, `null` deletes, anything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

export function toWirePod(pod: Json): Json {
  const { log: _log, ...wire } = pod;
  validateBody("Pod", wire);
  return wire;
}

/**
 * DeploymentStatus counts only non-terminating pods and every count is `omitempty` (kubernetes/api
 * apps/v1/types.go): at 0 ready, `readyReplicas` is absent, not 0, and a pod still terminating after a
 * scale to 0 no longer counts in `replicas`.
 */
export function toDeploymentStatus(deployment: Json, pods: Json[]): Json {
  const live = pods.filter((pod) => !pod.metadata.deletionTimestamp);
  const ready = live.filter((pod) => pod.status.phase === "Running").length;
  const wanted = deployment.spec.replicas;
  const condition = (
    type: string,
    { ok, reason, message }: { ok: boolean; reason: string; message: string },
  ) => ({
    type,
    status: ok ? "True" : "False",
    reason,
    message,
    lastUpdateTime: now(),
    lastTransitionTime: now(),
  });
  return {
    observedGeneration: deployment.metadata.generation,
    ...(live.length > 0 ? { replicas: live.length, updatedReplicas: live.length } : {}),
    ...(ready > 0 ? { readyReplicas: ready, availableReplicas: ready } : {}),
    ...(live.length > ready ? { unavailableReplicas: live.length - ready } : {}),
    conditions: [
      ready >= wanted
        ? condition("Available", {
          ok: true,
          reason: "MinimumReplicasAvailable",
          message: "Deployment has minimum availability.",
        })
        : condition("Available", {
          ok: false,
          reason: "MinimumReplicasUnavailable",
          message: "Deployment does not have minimum availability.",
        }),
      condition("Progressing", {
        ok: true,
        reason: "NewReplicaSetAvailable",
        message: `ReplicaSet "${deployment.metadata.name}-5d8f7c9b4" has successfully progressed.`,
      }),
    ],
  };
}
