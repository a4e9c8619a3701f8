/**
 * The same Supervisor over the KubernetesRuntime: Deployments in the simulated API server scaled between 0 and
 * 1, their "pods" played by OpenAI simulators that answer only while the pod is ready (a Service without
 * ready endpoints refuses connections). On demand, idle stop, swap groups, the memory budget and RBAC refusals.
 */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { ApiError } from "../src/api_error.ts";
import { supervisorSchema } from "../src/config/supervisor_schema.ts";
import { createSilentLogger } from "../src/logger.ts";
import { createMetrics } from "../src/metrics/create_metrics.ts";
import { type OpenAiSimulator, startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { containerProfileSchema } from "../src/supervisor/container_spec.ts";
import { Supervisor } from "../src/supervisor/supervisor.ts";
import { findFreePort } from "./find_free_port.ts";
import type { PolicyRule } from "./kube_rbac.ts";
import { type KubeWorld, managedLabels, startKubeWorld, TEST_TOKEN, waitFor } from "./kube_test_world.ts";
import { startTestRouter } from "./test_router.ts";

interface TestModel {
  swapGroup?: string;
  idleTimeoutMs?: number;
  fixedGib?: number;
}

/** Deployments at 0 replicas, one model simulator per Deployment (down until its pod is ready), a supervisor. */
async function startKubeSupervision(
  models: Record<string, TestModel>,
  options: { rules?: PolicyRule[]; memoryGib?: number; config?: Record<string, unknown> } = {},
) {
  const servers = new Map<string, OpenAiSimulator>();
  const up = new Set<string>();
  for (const name of Object.keys(models)) {
    const server = await startOpenAiSimulator({ models: [`sim-${name}`], port: findFreePort() });
    await server.stop();
    servers.set(name, server);
  }
  const world: KubeWorld = await startKubeWorld({
    ...(options.rules ? { rules: options.rules } : {}),
    deployments: Object.keys(models).map((name) => ({ name, labels: managedLabels(name), replicas: 0 })),
    onPodReady: async (name) => {
      if (!up.has(name)) await servers.get(name)!.restart();
      up.add(name);
    },
    onPodGone: async (name) => {
      if (up.delete(name)) await servers.get(name)!.stop();
    },
  });
  const profile = containerProfileSchema.parse({
    device: { name: "k3s node", memoryGib: options.memoryGib ?? 8, gpuAccess: "auto" },
    containers: Object.fromEntries(
      Object.entries(models).map(([name, m]) => [name, {
        kind: "http",
        image: `example/${name}:1`,
        port: servers.get(name)!.port,
        stopTimeoutSeconds: 1,
        ...(m.swapGroup ? { swapGroup: m.swapGroup } : {}),
        idleTimeoutMs: m.idleTimeoutMs ?? 600_000,
        memory: { fixedGib: m.fixedGib ?? 1 },
      }]),
    ),
  });
  const config = supervisorSchema.parse({
    enabled: true,
    engine: "kubernetes",
    reconcileMs: 100,
    probeIntervalMs: 30,
    probeTimeoutMs: 500,
    coldStartMs: 15_000,
    backoff: { initialMs: 100, maxMs: 400 },
    keepAliveMs: 100,
    ...options.config,
  });
  const supervisor = new Supervisor({
    runtime: await world.connect(),
    profile,
    config: { ...config, namePrefix: "" }, // as startSupervision does for kubernetes
    backendContainers: Object.fromEntries(Object.keys(models).map((name) => [name, name])),
    logger: createSilentLogger(),
    metrics: createMetrics(new Registry()),
  });
  await supervisor.start();
  const replicas = (name: string) => world.api.cluster.deployments.get(name).spec.replicas as number;
  const state = (name: string) =>
    supervisor.describe().containers[name] as { state: string; lastError: string | null };
  return {
    world,
    supervisor,
    servers,
    replicas,
    state,
    [Symbol.asyncDispose]: async () => {
      await supervisor.stop();
      await world[Symbol.asyncDispose]();
      for (const server of servers.values()) await server[Symbol.asyncDispose]();
    },
  };
}

Deno.test("a request for a backend at 0 replicas scales its Deployment to 1, is answered once ready, and idle goes back to 0", async () => {
  await using kube = await startKubeSupervision({ web: { idleTimeoutMs: 400 } });
  await using router = await startTestRouter({
    supervision: kube.supervisor,
    extraBackendsYaml: `  web:\n    urls: ["${
      kube.servers.get("web")!.baseUrl
    }"]\n    model: sim-web\n    aliases: [web]\n`,
  });
  await waitFor("web adopted", () => kube.state("web").state === "stopped");
  assert.equal(kube.replicas("web"), 0);
  const completion = await router.client.chat.completions.create({
    model: "web",
    messages: [{ role: "user", content: "hello" }],
  });
  assert.equal(completion.object, "chat.completion");
  assert.equal(kube.servers.get("web")!.requests.length, 1);
  assert.equal(kube.replicas("web"), 1);
  const patches = kube.world.api.requests.filter((r) => r.method === "PATCH");
  assert.deepEqual(patches.map((r) => r.path), ["/apis/apps/v1/namespaces/ai-router/deployments/web/scale"]);
  await waitFor(
    "web idle-stopped",
    () => kube.state("web").state === "stopped" && kube.replicas("web") === 0,
  );
  assert.equal(kube.world.api.cluster.podsOf("web").length, 0, "the stop waited for the pod to go");
  for (const request of kube.world.api.requests) {
    assert.equal(request.headers.get("authorization"), `Bearer ${TEST_TOKEN}`);
  }
  assert.deepEqual(kube.world.api.problems, []);
});

Deno.test("a swap group keeps one Deployment at 1: the other is at 0 with its pod gone before the next scales up", async () => {
  await using kube = await startKubeSupervision({ a: { swapGroup: "large" }, b: { swapGroup: "large" } });
  const overlaps: string[] = [];
  let podsOfAWhenBScaled = -1;
  kube.world.api.cluster.subscribe(() => {
    if (kube.replicas("a") > 0 && kube.replicas("b") > 0) overlaps.push("both at 1");
    if (kube.replicas("b") > 0 && podsOfAWhenBScaled < 0) {
      podsOfAWhenBScaled = kube.world.api.cluster.podsOf("a").length;
    }
  });
  await kube.supervisor.ensureReady("a", AbortSignal.timeout(15_000));
  assert.equal(kube.replicas("a"), 1);
  await kube.supervisor.ensureReady("b", AbortSignal.timeout(15_000));
  assert.deepEqual([kube.replicas("a"), kube.replicas("b")], [0, 1]);
  assert.deepEqual(overlaps, []);
  assert.equal(podsOfAWhenBScaled, 0, "a's pod was gone (its memory free) before b was scaled up");
  assert.equal(kube.state("a").state, "stopped");
  assert.equal(kube.state("b").state, "ready");
});

Deno.test("the memory budget refuses a Deployment that would overcommit and leaves it at 0", async () => {
  await using kube = await startKubeSupervision({ x: { fixedGib: 1.5 }, y: { fixedGib: 1.5 } }, {
    memoryGib: 2,
  });
  await kube.supervisor.ensureReady("x", AbortSignal.timeout(15_000));
  await assert.rejects(
    kube.supervisor.ensureReady("y", AbortSignal.timeout(15_000)),
    (e: ApiError) =>
      e.status === 503 && /Cannot start backend "y": needs 1\.5 GiB .* in use \(by x\)/.test(e.message),
  );
  assert.deepEqual([kube.replicas("x"), kube.replicas("y")], [1, 0]);
  assert.equal(kube.world.api.requests.some((r) => r.path.endsWith("/deployments/y/scale")), false);
});

Deno.test("a Deployment scaled to 0 from outside is scaled back up, seen through the watch", async () => {
  // No periodic reconcile during the test: only the watch event can notice the change.
  await using kube = await startKubeSupervision({ web: {} }, { config: { reconcileMs: 600_000 } });
  await kube.supervisor.ensureReady("web", AbortSignal.timeout(15_000));
  kube.world.api.cluster.scale("web", 0); // kubectl scale --replicas=0
  await waitFor("web restarted", () => {
    const web = kube.supervisor.describe().containers.web as { state: string; restarts: number };
    return web.restarts === 1 && web.state === "ready" && kube.replicas("web") === 1;
  });
  assert.match(
    kube.state("web").lastError ?? "",
    /^Container exited \((exited|0 wanted, 0 ready, 0 available)\)$/,
  );
});

Deno.test("an RBAC refusal to scale is a clear error on the container and a 503 for the request", async () => {
  const rules: PolicyRule[] = [
    { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["pods"], verbs: ["list"] },
  ];
  await using kube = await startKubeSupervision({ web: {} }, { rules, config: { coldStartMs: 10_000 } });
  // The request hears the reason at once (the container is in backoff), not after the cold-start limit.
  await assert.rejects(
    kube.supervisor.ensureReady("web", AbortSignal.timeout(15_000)),
    (e: ApiError) =>
      e.status === 503 &&
      /^Cannot start backend "web": container "web" \(image "example\/web:1"\) failed once: Cannot start container: .* answered 403: .*; next attempt in \d+ s \(its log: \/health\/deep\)$/
        .test(e.message),
  );
  assert.match(
    kube.state("web").lastError ?? "",
    /Cannot start container: Kubernetes API PATCH \/apis\/apps\/v1\/namespaces\/ai-router\/deployments\/web\/scale answered 403: deployments\.apps "web" is forbidden: .* cannot patch resource "deployments\/scale" .*: the router's Role/,
  );
  assert.equal(kube.replicas("web"), 0);
});
