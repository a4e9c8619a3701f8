/**
 * The KubernetesRuntime against the simulated API server (tests/kube_api_simulator.ts), which validates every
 * body against the official Kubernetes schemas. No real API server runs here (docs/containers.md, "K3s").
 */
import assert from "node:assert/strict";
import { EngineError, type EngineEvent } from "../src/supervisor/container_runtime.ts";
import { toInClusterApiUrl } from "../src/supervisor/connect_kubernetes.ts";
import { managedLabels, startKubeWorld, TEST_TOKEN, waitFor } from "./kube_test_world.ts";

const deployments = [
  { name: "chat-8b", labels: managedLabels("chat-8b"), replicas: 0 },
  { name: "embed", labels: managedLabels("embed"), replicas: 1 },
  { name: "bystander", replicas: 1 },
];

Deno.test("toInClusterApiUrl() builds https://host:port as client-go does and refuses a missing variable", () => {
  assert.equal(toInClusterApiUrl("10.43.0.1", "443"), "https://10.43.0.1:443");
  assert.equal(toInClusterApiUrl("fd00::1", "6443"), "https://[fd00::1]:6443");
  assert.throws(
    () => toInClusterApiUrl(undefined, "443"),
    /KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT/,
  );
});

Deno.test("listContainers() selects Deployments by label and sends the service account token", async () => {
  await using world = await startKubeWorld({ deployments });
  const runtime = await world.connect();
  try {
    const listed = await runtime.listContainers(["ai.router.managed=1"]);
    assert.deepEqual(listed.map((c) => [c.name, c.state]).sort(), [["chat-8b", "exited"], [
      "embed",
      "running",
    ]]);
    const one = await runtime.listContainers(["ai.router.managed=1", "ai.router.name=embed"]);
    assert.deepEqual(one.map((c) => c.labels["ai.router.name"]), ["embed"]);
    assert.equal((await runtime.info()).serverVersion, "v1.33.3+k3s1");
    assert.ok(world.api.requests.length >= 4);
    for (const request of world.api.requests) {
      assert.equal(request.headers.get("authorization"), `Bearer ${TEST_TOKEN}`);
    }
    assert.deepEqual(world.api.problems, []);
  } finally {
    runtime.close();
  }
});

Deno.test("startContainer() PATCHes the scale subresource as a merge patch; inspectContainer() follows readiness", async () => {
  await using world = await startKubeWorld({ deployments, readyDelayMs: 200 });
  const runtime = await world.connect();
  try {
    await runtime.startContainer("chat-8b");
    const patch = world.api.requests.find((r) => r.method === "PATCH")!;
    assert.equal(patch.path, "/apis/apps/v1/namespaces/ai-router/deployments/chat-8b/scale");
    assert.equal(patch.headers.get("content-type"), "application/merge-patch+json");
    assert.equal(patch.status, 200);
    // Scaled up, not yet ready: the API leaves readyReplicas out rather than sending 0.
    assert.equal("readyReplicas" in world.api.cluster.deployments.get("chat-8b").status, false);
    const starting = (await runtime.inspectContainer("chat-8b"))!;
    assert.equal(starting.running, true);
    assert.equal(starting.status, "1 wanted, 0 ready, 0 available");
    await waitFor(
      "chat-8b ready",
      async () => (await runtime.inspectContainer("chat-8b"))!.status.includes("1 ready"),
    );
    assert.equal(await runtime.inspectContainer("missing"), undefined);
    assert.deepEqual(world.api.problems, []);
  } finally {
    runtime.close();
  }
});

Deno.test("stopContainer() scales to 0 and returns only once the pods are gone", async () => {
  await using world = await startKubeWorld({ deployments, terminateDelayMs: 300 });
  const runtime = await world.connect();
  try {
    await waitFor("embed's pod", () => world.api.cluster.podsOf("embed").length === 1);
    await runtime.stopContainer("embed", 0);
    assert.equal(world.api.cluster.deployments.get("embed").spec.replicas, 0);
    assert.equal(world.api.cluster.podsOf("embed").length, 0);
    const podLists = world.api.requests.filter((r) => r.path === "/api/v1/namespaces/ai-router/pods");
    assert.ok(podLists.length >= 2, "the pod still terminating was seen at least once");
    assert.equal(podLists[0]!.query.get("labelSelector"), "app.kubernetes.io/name=embed");
    assert.equal((await runtime.listContainers(["ai.router.name=embed"]))[0]!.state, "exited");
  } finally {
    runtime.close();
  }
});

Deno.test("readLogs() reads the newest pod's log through pods/log; none without a pod", async () => {
  await using world = await startKubeWorld({ deployments });
  const runtime = await world.connect();
  try {
    await waitFor("embed ready", () => world.api.cluster.deployments.get("embed").status.readyReplicas === 1);
    assert.equal(await runtime.readLogs("embed", 1), "embed is ready\n");
    assert.match(await runtime.readLogs("embed", 10), /^Pulling image for embed\nembed is ready\n$/);
    assert.equal(await runtime.readLogs("chat-8b", 10), "");
  } finally {
    runtime.close();
  }
});

Deno.test("watchEvents() maps Deployment changes and resumes after a dropped watch from the last resourceVersion", async () => {
  await using world = await startKubeWorld({ deployments });
  const runtime = await world.connect();
  const events: EngineEvent[] = [];
  const stopping = new AbortController();
  try {
    const first = runtime.watchEvents(["ai.router.managed=1"], (e) => events.push(e), stopping.signal);
    await waitFor("the initial state", () => events.filter((e) => e.action === "create").length === 2);
    await runtime.startContainer("chat-8b");
    await waitFor(
      "chat-8b healthy",
      () => events.some((e) => e.id === "chat-8b" && e.action === "health_status: healthy"),
    );
    world.api.closeWatches(); // the server ends a watch when its timeout passes
    await first;
    const resumedFrom = world.api.cluster.revision;
    await runtime.stopContainer("chat-8b", 0); // while no watch is open
    events.length = 0;
    const second = runtime.watchEvents(["ai.router.managed=1"], (e) => events.push(e), stopping.signal);
    await waitFor("the missed stop", () => events.some((e) => e.id === "chat-8b" && e.action === "stop"));
    const watches = world.api.requests.filter((r) => r.query.get("watch") === "1");
    assert.equal(watches.length, 2);
    assert.equal(watches[0]!.query.has("resourceVersion"), false);
    const resumedAt = Number(watches[1]!.query.get("resourceVersion"));
    assert.ok(resumedAt > 100 && resumedAt <= resumedFrom, `resumed at ${resumedAt}`);
    assert.equal(events.some((e) => e.action === "create"), false, "a resumed watch sends no initial state");
    assert.equal(events.some((e) => e.labels["ai.router.name"] === undefined), false, "only labelled ones");
    stopping.abort();
    await second;
    assert.deepEqual(world.api.problems, []);
  } finally {
    stopping.abort();
    runtime.close();
  }
});

Deno.test("watchEvents() throws on a 410 Expired resume and the next watch starts from the current state", async () => {
  await using world = await startKubeWorld({ deployments });
  const runtime = await world.connect();
  const events: EngineEvent[] = [];
  const stopping = new AbortController();
  try {
    const first = runtime.watchEvents(["ai.router.managed=1"], (e) => events.push(e), stopping.signal);
    await waitFor("the initial state", () => events.length >= 2);
    world.api.closeWatches();
    await first;
    world.api.cluster.compact(); // history gone: the resourceVersion the runtime holds is too old
    await assert.rejects(
      runtime.watchEvents(["ai.router.managed=1"], (e) => events.push(e), stopping.signal),
      (error: EngineError) => error.status === 410 && /too old resource version/.test(error.message),
    );
    events.length = 0;
    const third = runtime.watchEvents(["ai.router.managed=1"], (e) => events.push(e), stopping.signal);
    await waitFor("the current state again", () => events.filter((e) => e.action === "create").length === 2);
    assert.equal(
      world.api.requests.filter((r) => r.query.get("watch") === "1").at(-1)!.query.has("resourceVersion"),
      false,
    );
    stopping.abort();
    await third;
  } finally {
    stopping.abort();
    runtime.close();
  }
});
