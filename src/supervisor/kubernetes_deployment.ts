import type { ContainerState, ContainerSummary, EngineEvent } from "./container_runtime.ts";

/**
 * The fields of an apps/v1 Deployment the runtime reads (kubernetes/api apps/v1/types.go). Status counts are
 * `omitempty`: a Deployment with no ready pod has no `readyReplicas` at all, not 0.
 */
export interface DeploymentObject {
  metadata: { name: string; resourceVersion?: string; labels?: Record<string, string> };
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: { spec?: { containers?: Array<{ image?: string }> } };
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

/** The replicas the Deployment asks for; the API server defaults an unset `spec.replicas` to 1. */
function toWantedReplicas(deployment: DeploymentObject): number {
  return deployment.spec?.replicas ?? 1;
}

/**
 * A Deployment as a container: "running" while it asks for a replica, "exited" at 0. Whether the pod
 * answers is the supervisor's own probe, as with Docker, where "running" says nothing about readiness.
 */
export function toContainerSummary(deployment: DeploymentObject): ContainerSummary {
  return {
    id: deployment.metadata.name,
    name: deployment.metadata.name,
    image: deployment.spec?.template?.spec?.containers?.[0]?.image ?? "",
    state: toWantedReplicas(deployment) > 0 ? "running" : "exited",
    labels: deployment.metadata.labels ?? {},
  };
}

/** A Deployment's status as a container's: counts in `status`, failing conditions in `error`. */
export function toContainerState(deployment: DeploymentObject): ContainerState {
  const wanted = toWantedReplicas(deployment);
  const { readyReplicas = 0, availableReplicas = 0 } = deployment.status ?? {};
  // ReplicaFailure=True (quota, admission) or Progressing=False (ProgressDeadlineExceeded) explain a pod that
  // never comes: kubernetes/api apps/v1/types.go DeploymentConditionType.
  const failing = (deployment.status?.conditions ?? []).filter((c) =>
    (c.type === "ReplicaFailure" && c.status === "True") || (c.type === "Progressing" && c.status === "False")
  );
  return {
    id: deployment.metadata.name,
    running: wanted > 0,
    status: `${wanted} wanted, ${readyReplicas} ready, ${availableReplicas} available`,
    exitCode: 0,
    error: failing.map((c) => `${c.reason ?? c.type}: ${c.message ?? ""}`).join("; "),
    labels: deployment.metadata.labels ?? {},
  };
}

/** The pod label selector of a Deployment, as a `labelSelector` query value. */
export function toPodSelector(deployment: DeploymentObject): string {
  const labels = deployment.spec?.selector?.matchLabels ?? {};
  return Object.entries(labels).map(([key, value]) => `${key}=${value}`).join(",");
}

/**
 * A watch event in the supervisor's (Docker's) words, so the supervisor reacts to Kubernetes as to Docker:
 * DELETED is `destroy`, a Deployment scaled to 0 is `stop`, a readiness change is `health_status: …`.
 * ADDED is `create`, which the supervisor ignores: it reconciles after every (re)connect anyway.
 */
export function toEngineEvent(type: string, deployment: DeploymentObject): EngineEvent {
  const { name, labels = {} } = deployment.metadata;
  const ready = (deployment.status?.readyReplicas ?? 0) > 0;
  const action = type === "DELETED"
    ? "destroy"
    : type === "ADDED"
    ? "create"
    : toWantedReplicas(deployment) === 0
    ? "stop"
    : `health_status: ${ready ? "healthy" : "unhealthy"}`;
  return { action, id: name, labels };
}
