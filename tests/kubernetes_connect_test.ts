/**
 * Connecting as a pod does: the URL from KUBERNETES_SERVICE_HOST/_PORT, TLS checked against the service
 * account's ca.crt (certificates made here with `openssl`), and startSupervision() with engine: kubernetes,
 * on (Deployments named like their specs) or off with the API server's reason.
 */
import assert from "node:assert/strict";
import { EngineError } from "../src/supervisor/container_runtime.ts";
import { connectKubernetes } from "../src/supervisor/connect_kubernetes.ts";
import { parseConfig } from "../src/config/load_config.ts";
import { createSilentLogger } from "../src/logger.ts";
import { containerProfileSchema } from "../src/supervisor/container_spec.ts";
import { startSupervision } from "../src/supervisor/start_supervision.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { findFreePort } from "./find_free_port.ts";
import { startKubeApiSimulator } from "./kube_api_simulator.ts";
import { managedLabels, NAMESPACE, startKubeWorld, TEST_TOKEN, waitFor } from "./kube_test_world.ts";

async function openssl(dir: string, args: string[]): Promise<void> {
  const { code, stderr } = await new Deno.Command("openssl", {
    args,
    cwd: dir,
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (code !== 0) throw new Error(`openssl ${args[0]}: ${new TextDecoder().decode(stderr)}`);
}

/** A CA and a server certificate for 127.0.0.1 signed by it, plus an unrelated CA. */
async function makeCertificates(dir: string) {
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl(dir, [
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "1",
    "-subj",
    "/CN=k3s-server-ca",
  ]);
  await openssl(dir, [
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "other.key",
    "-out",
    "other.crt",
    "-days",
    "1",
    "-subj",
    "/CN=other-ca",
  ]);
  await openssl(dir, [
    "req",
    ...ec,
    "-keyout",
    "server.key",
    "-out",
    "server.csr",
    "-subj",
    "/CN=kube-apiserver",
  ]);
  await Deno.writeTextFile(`${dir}/san.ext`, "subjectAltName=IP:127.0.0.1\n");
  await openssl(dir, [
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.crt",
    "-days",
    "1",
    "-extfile",
    "san.ext",
  ]);
  const read = (name: string) => Deno.readTextFile(`${dir}/${name}`);
  return {
    ca: await read("ca.crt"),
    other: await read("other.crt"),
    cert: await read("server.crt"),
    key: await read("server.key"),
  };
}

Deno.test("connectKubernetes() reaches https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT trusting only ca.crt", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const certs = await makeCertificates(dir);
    await using api = startKubeApiSimulator({
      token: TEST_TOKEN,
      namespace: NAMESPACE,
      tls: { cert: certs.cert, key: certs.key },
    });
    api.cluster.add({ name: "embed", labels: managedLabels("embed"), replicas: 0 });
    const account = `${dir}/serviceaccount`;
    await Deno.mkdir(account);
    await Deno.writeTextFile(`${account}/token`, TEST_TOKEN);
    await Deno.writeTextFile(`${account}/namespace`, NAMESPACE);
    await Deno.writeTextFile(`${account}/ca.crt`, certs.ca);
    const port = new URL(api.apiUrl).port;
    const runtime = await connectKubernetes({
      serviceHost: "127.0.0.1",
      servicePort: port,
      serviceAccountDir: account,
    });
    try {
      assert.deepEqual((await runtime.listContainers(["ai.router.managed=1"])).map((c) => c.name), ["embed"]);
    } finally {
      runtime.close();
    }
    await Deno.writeTextFile(`${account}/ca.crt`, certs.other); // a server this CA did not sign
    await assert.rejects(
      connectKubernetes({ serviceHost: "127.0.0.1", servicePort: port, serviceAccountDir: account }),
      (e: EngineError) =>
        e.kind === "offline" &&
        /Cannot reach the Kubernetes API at "https:\/\/127\.0\.0\.1:\d+"/.test(e.message),
    );
    await Deno.remove(`${account}/ca.crt`);
    await assert.rejects(
      connectKubernetes({ serviceHost: "127.0.0.1", servicePort: port, serviceAccountDir: account }),
      /Cannot read the service account's ca\.crt/,
    );
    // GET /version and a list when connecting, then one list: nothing over the untrusted connections.
    assert.equal(api.requests.length, 3);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a refused token turns supervision off with the API server's 401 as the reason", async () => {
  await using world = await startKubeWorld({ deployments: [], routerToken: "stale-token" });
  const config = parseConfig(
    `backends:\n  primary:\n    urls: ["http://127.0.0.1:9/v1"]\n    model: m\nsupervisor:\n  enabled: true\n  engine: kubernetes\n`,
    "test.yaml",
  );
  await using supervision = await startSupervision({
    config,
    logger: createSilentLogger(),
    profile: containerProfileSchema.parse({ device: { name: "box", memoryGib: 8 }, containers: {} }),
    kubernetes: { apiUrl: world.api.apiUrl, serviceAccountDir: world.serviceAccountDir },
  });
  const health = supervision.describe();
  assert.equal(health.enabled, false);
  assert.match(
    health.reason!,
    /Cannot use the Kubernetes API: .*GET \/version answered 401: Unauthorized: the service account token was refused/,
  );
  assert.equal(
    world.api.requests.filter((r) => r.status === 401).length,
    2,
    "re-read the token once after a 401",
  );
});

Deno.test("startSupervision() with engine: kubernetes supervises the Deployments named like their specs", async () => {
  await using model = await startOpenAiSimulator({ models: ["sim-web"], port: findFreePort() });
  await using world = await startKubeWorld({
    deployments: [{ name: "web", labels: managedLabels("web"), replicas: 1 }],
  });
  const config = parseConfig(
    `backends:\n  primary:\n    urls: ["${model.baseUrl}"]\n    model: sim-web\n    container: web\n` +
      `supervisor:\n  enabled: true\n  engine: kubernetes\n  reconcileMs: 100\n  probeIntervalMs: 30\n`,
    "test.yaml",
  );
  await using supervision = await startSupervision({
    config,
    logger: createSilentLogger(),
    profile: containerProfileSchema.parse({
      device: { name: "k3s node", memoryGib: 8 },
      containers: {
        web: { kind: "http", image: "example/web:1", port: model.port, memory: { fixedGib: 1 } },
      },
    }),
    kubernetes: {
      apiUrl: world.api.apiUrl,
      serviceAccountDir: world.serviceAccountDir,
      runtime: { pollMs: 20, serviceHost: () => "127.0.0.1" },
    },
  });
  await waitFor(
    "web ready",
    () => (supervision.describe().containers.web as { state: string }).state === "ready",
  );
  const web = supervision.describe().containers.web as { container: string; id: string };
  assert.deepEqual([web.container, web.id], ["web", "web"]); // no "ai-router-" prefix: the Deployment's own name
  assert.equal(world.api.cluster.deployments.get("web").spec.replicas, 1);
});
