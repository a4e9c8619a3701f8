/**
 * How the KubernetesRuntime fails, against the simulated API server: missing or unlabelled Deployments, a
 * refused token, RBAC refusals under the overlays' own Role, and the server's error bodies themselves.
 */
import assert from "node:assert/strict";
import { parse as parseYaml } from "yaml";
import { EngineError } from "../src/supervisor/container_runtime.ts";
import type { PolicyRule } from "./kube_rbac.ts";
import { managedLabels, startKubeWorld, TEST_TOKEN } from "./kube_test_world.ts";

async function readRoleRules(profile: string): Promise<PolicyRule[]> {
  const url = new URL(`../infra/k3s/overlays/${profile}/router-role.yaml`, import.meta.url);
  return parseYaml(await Deno.readTextFile(url)).rules;
}

Deno.test("explainMissing() (the runtime never creates): a missing Deployment and an unlabelled one are clear errors", async () => {
  await using world = await startKubeWorld({ deployments: [{ name: "plain", replicas: 0 }] });
  const runtime = await world.connect();
  try {
    await assert.rejects(
      runtime.explainMissing("chat-8b"),
      (e: EngineError) =>
        e.kind === "not-found" &&
        /Deployment "chat-8b" does not exist in namespace "ai-router".*never creates one; apply them \(kubectl apply -k/
          .test(e.message),
    );
    await assert.rejects(
      runtime.explainMissing("plain"),
      (e: EngineError) => e.kind === "conflict" && /lacks the labels ai\.router\.managed=1/.test(e.message),
    );
    assert.equal(world.api.requests.some((r) => r.method === "POST" || r.method === "PUT"), false);
  } finally {
    runtime.close();
  }
});

Deno.test("the thor overlay's Role allows every call the runtime makes on its models and refuses others", async () => {
  await using world = await startKubeWorld({
    rules: await readRoleRules("thor"),
    deployments: [
      { name: "chat-32b", labels: managedLabels("chat-32b"), replicas: 0 },
      { name: "ai-router", labels: managedLabels("ai-router"), replicas: 1 }, // mislabelled, not in the Role
    ],
  });
  const runtime = await world.connect();
  const stopping = new AbortController();
  try {
    const watching = runtime.watchEvents(["ai.router.managed=1"], () => {}, stopping.signal);
    assert.equal((await runtime.listContainers(["ai.router.managed=1"])).length, 2);
    await runtime.startContainer("chat-32b");
    assert.equal((await runtime.inspectContainer("chat-32b"))!.running, true);
    await runtime.readLogs("chat-32b", 5);
    await runtime.stopContainer("chat-32b", 0);
    stopping.abort();
    await watching;
    assert.deepEqual(world.api.requests.filter((r) => r.status >= 400).map((r) => r.path), []);
    await assert.rejects(
      runtime.stopContainer("ai-router", 0),
      (e: EngineError) =>
        e.status === 403 &&
        e.message.includes(
          'deployments.apps "ai-router" is forbidden: User "system:serviceaccount:ai-router:ai-router" cannot patch resource "deployments/scale" in API group "apps" in the namespace "ai-router": the router\'s Role',
        ),
    );
    assert.equal(world.api.cluster.deployments.get("ai-router").spec.replicas, 1);
    assert.deepEqual(world.api.problems, []);
  } finally {
    stopping.abort();
    runtime.close();
  }
});

Deno.test("the simulated API server answers errors as Status objects, like the real one", async () => {
  await using world = await startKubeWorld({ deployments: [{ name: "web", replicas: 0 }] });
  const call = async (
    method: string,
    path: string,
    init: { body?: unknown; type?: string; token?: string } = {},
  ) => {
    const response = await fetch(`${world.api.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${init.token ?? TEST_TOKEN}`,
        ...(init.type ? { "content-type": init.type } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: response.status, body: await response.json() };
  };
  const base = "/apis/apps/v1/namespaces/ai-router/deployments";
  const missing = await call("GET", `${base}/nope`);
  assert.equal(missing.status, 404);
  assert.deepEqual([missing.body.kind, missing.body.reason, missing.body.code], ["Status", "NotFound", 404]);
  assert.equal(missing.body.message, 'deployments.apps "nope" not found');
  const stale = await call("PATCH", `${base}/web/scale`, {
    type: "application/merge-patch+json",
    body: { metadata: { resourceVersion: "1" }, spec: { replicas: 1 } },
  });
  assert.deepEqual([stale.status, stale.body.reason], [409, "Conflict"]);
  const plain = await call("PATCH", `${base}/web/scale`, {
    type: "application/json",
    body: { spec: { replicas: 1 } },
  });
  assert.deepEqual([plain.status, plain.body.reason], [415, "UnsupportedMediaType"]);
  const wrongShape = await call("PATCH", `${base}/web/scale`, {
    type: "application/merge-patch+json",
    body: { spec: { replicas: "1" } },
  });
  assert.equal(wrongShape.status, 422);
  assert.equal(world.api.problems.length, 2, "the simulator flags the body mistakes it refused");
  const anonymous = await call("GET", "/version", { token: "wrong" });
  assert.deepEqual([anonymous.status, anonymous.body.reason], [401, "Unauthorized"]);
  assert.equal(world.api.cluster.deployments.get("web").spec.replicas, 0);
});
