import assert from "node:assert/strict";
import {
  type DeploymentObject,
  toContainerState,
  toContainerSummary,
  toEngineEvent,
  toPodSelector,
} from "./kubernetes_deployment.ts";

function randomDeployment(
  replicas: number | undefined,
  status: DeploymentObject["status"] = {},
): DeploymentObject {
  const name = `model-${crypto.randomUUID().slice(0, 6)}`;
  return {
    metadata: { name, resourceVersion: "7", labels: { "ai.router.managed": "1", "ai.router.name": name } },
    spec: {
      ...(replicas === undefined ? {} : { replicas }),
      selector: { matchLabels: { "app.kubernetes.io/name": name } },
      template: { spec: { containers: [{ image: "vllm/vllm-openai:v0.20.2" }] } },
    },
    status,
  };
}

Deno.test("toContainerSummary() calls a Deployment running while it asks for a replica (unset means 1)", () => {
  assert.equal(toContainerSummary(randomDeployment(0)).state, "exited");
  assert.equal(toContainerSummary(randomDeployment(1)).state, "running");
  assert.equal(toContainerSummary(randomDeployment(undefined)).state, "running");
  assert.equal(toContainerSummary(randomDeployment(1)).image, "vllm/vllm-openai:v0.20.2");
});

Deno.test("toContainerState() reads absent counts as 0 and reports failing conditions", () => {
  const starting = toContainerState(randomDeployment(1, { replicas: 1 }));
  assert.deepEqual([starting.running, starting.status, starting.error], [
    true,
    "1 wanted, 0 ready, 0 available",
    "",
  ]);
  const stuck = toContainerState(randomDeployment(1, {
    conditions: [
      { type: "Available", status: "False", reason: "MinimumReplicasUnavailable" },
      { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: "took too long" },
      { type: "ReplicaFailure", status: "True", reason: "FailedCreate", message: "exceeded quota" },
    ],
  }));
  assert.equal(stuck.error, "ProgressDeadlineExceeded: took too long; FailedCreate: exceeded quota");
});

Deno.test("toEngineEvent() speaks the supervisor's words for each watch event", () => {
  const ready = randomDeployment(1, { readyReplicas: 1 });
  assert.equal(toEngineEvent("ADDED", ready).action, "create");
  assert.equal(toEngineEvent("MODIFIED", ready).action, "health_status: healthy");
  assert.equal(
    toEngineEvent("MODIFIED", randomDeployment(1, { replicas: 1 })).action,
    "health_status: unhealthy",
  );
  assert.equal(toEngineEvent("MODIFIED", randomDeployment(0)).action, "stop");
  const gone = toEngineEvent("DELETED", ready);
  assert.deepEqual([gone.action, gone.id, gone.labels["ai.router.name"]], [
    "destroy",
    ready.metadata.name,
    ready.metadata.name,
  ]);
});

Deno.test("toPodSelector() joins the Deployment's matchLabels", () => {
  const deployment = randomDeployment(1);
  assert.equal(toPodSelector(deployment), `app.kubernetes.io/name=${deployment.metadata.name}`);
});
