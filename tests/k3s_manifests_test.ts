/**
 * The K3s manifests (infra/k3s): every object validates against the official Kubernetes schemas, the router's
 * config inside each overlay's ConfigMap passes `ai-router check`, and the pieces fit together (NetworkPolicy,
 * Services, container ports, backend URLs, the container profiles). No cluster runs here: what only a real
 * K3s node can show is listed in the README ("K3s").
 */
import { deepEqual, equal, ok, throws } from "node:assert/strict";
import { parse as parseYaml } from "yaml";
import { runCli } from "./run_cli.ts";
import {
  K3S_DIR,
  listKustomizeFiles,
  listYamlFiles,
  type Manifest,
  PROFILES,
  readManifests,
  readOverlay,
  selects,
  validateManifest,
} from "./k3s_manifests.ts";

const byKind = (manifests: Manifest[], kind: string) =>
  manifests.filter((m) => m.object.kind === kind).map((m) => m.object);

Deno.test("every infra/k3s manifest has a header comment, parses and validates against the Kubernetes schemas", async () => {
  const files = await listYamlFiles();
  ok(files.length >= 20, `found only ${files.length} files`);
  for (const file of files) {
    ok((await Deno.readTextFile(file)).startsWith("# "), `${file}: no header comment`);
    for (const { object } of await readManifests(file)) {
      if (object.kind === "Kustomization") continue; // kustomize's own file, not an API object
      validateManifest(object);
    }
  }
});

Deno.test("the schema validation rejects a wrong type and a missing required field", async () => {
  const [router] = await readManifests(`${K3S_DIR}base/router-deployment.yaml`);
  const container = () => router!.object.spec.template.spec.containers[0];
  validateManifest(router!.object);
  const port = container().ports[0].containerPort;
  container().ports[0].containerPort = String(port); // a quoted port, as YAML makes of "8080"
  throws(() => validateManifest(router!.object), /containerPort must be integer/);
  container().ports[0].containerPort = port;
  delete container().name;
  throws(() => validateManifest(router!.object), /containers\/0 must have required property name/);
});

Deno.test("each overlay lists every manifest of its folder, and only the Secret template stays out", async () => {
  for (const profile of PROFILES) {
    const listed = new Set(await listKustomizeFiles(`${K3S_DIR}overlays/${profile}`));
    const present = [
      ...await listYamlFiles(`${K3S_DIR}base`),
      ...await listYamlFiles(`${K3S_DIR}overlays/${profile}`),
    ].filter((f) => !f.endsWith("/kustomization.yaml"));
    const missing = present.filter((f) => !listed.has(f)).map((f) => f.slice(K3S_DIR.length));
    deepEqual(missing, ["base/secret.template.yaml"], profile);
  }
});

Deno.test("the Secret template holds key names only, never a value", async () => {
  const [secret] = await readManifests(`${K3S_DIR}base/secret.template.yaml`);
  deepEqual(secret!.object.stringData, {});
  equal(secret!.object.data, undefined);
});

Deno.test("the router config in each overlay's ConfigMap passes ai-router check", async () => {
  const dir = await Deno.makeTempDir();
  try {
    for (const profile of PROFILES) {
      const [configMap] = byKind(await readOverlay(profile), "ConfigMap");
      const path = `${dir}/${profile}.yaml`;
      await Deno.writeTextFile(path, configMap.data["ai-router.yaml"]);
      const result = await runCli(["check", "--config", path]);
      equal(result.code, 0, `${profile}: ${result.stderr}`);
    }
    // The same run fails when the embedded config is wrong, so a pass above means something.
    const thor = await Deno.readTextFile(`${dir}/thor.yaml`);
    await Deno.writeTextFile(
      `${dir}/bad.yaml`,
      thor.replace("defaultBackend: chat-8b", "defaultBackend: chat-9b"),
    );
    const bad = await runCli(["check", "--config", `${dir}/bad.yaml`]);
    ok(bad.code !== 0 && /chat-9b/.test(bad.stderr), bad.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the router probes /health (liveness) and /health/ready (readiness) and keeps its data on the claim", async () => {
  for (const profile of PROFILES) {
    const manifests = await readOverlay(profile);
    const router = byKind(manifests, "Deployment").find((d) => d.metadata.name === "ai-router");
    const pod = router.spec.template.spec;
    equal(pod.containers[0].livenessProbe.httpGet.path, "/health");
    equal(pod.containers[0].readinessProbe.httpGet.path, "/health/ready");
    const claims = new Set(byKind(manifests, "PersistentVolumeClaim").map((c) => c.metadata.name));
    for (const volume of pod.volumes) {
      if (volume.persistentVolumeClaim) ok(claims.has(volume.persistentVolumeClaim.claimName), profile);
    }
    const dataMount = pod.containers[0].volumeMounts.find((m: { name: string }) =>
      m.name === "data"
    ).mountPath;
    const config = parseYaml(byKind(manifests, "ConfigMap")[0].data["ai-router.yaml"]);
    ok(config.sessionLogs.dir.startsWith(`${dataMount}/`), `${profile}: session logs off the volume`);
    ok(config.users.stateFile.startsWith(`${dataMount}/`), `${profile}: state off the volume`);
  }
});

Deno.test("the NetworkPolicy selects every model Deployment and admits only the router", async () => {
  for (const profile of PROFILES) {
    const manifests = await readOverlay(profile);
    const [policy] = byKind(manifests, "NetworkPolicy");
    const pods = byKind(manifests, "Deployment").map((d) => d.spec.template.metadata.labels);
    // Every Deployment but the router's is a model server, whatever labels it carries.
    const models = pods.filter((labels) => labels["app.kubernetes.io/name"] !== "ai-router");
    const [router] = pods.filter((labels) => labels["app.kubernetes.io/name"] === "ai-router");
    ok(models.length >= 2, profile);
    for (const labels of models) {
      ok(selects(policy.spec.podSelector.matchLabels, labels), JSON.stringify(labels));
    }
    ok(!selects(policy.spec.podSelector.matchLabels, router), "the router itself must stay reachable");
    deepEqual(policy.spec.policyTypes, ["Ingress"]);
    const sources = policy.spec.ingress.flatMap((rule: { from: unknown[] }) => rule.from);
    equal(sources.length, 1);
    const admitted = pods.filter((labels) => selects(sources[0].podSelector.matchLabels, labels));
    deepEqual(admitted, [router]);
  }
});

Deno.test("Service ports equal container ports and the router config's backend URLs", async () => {
  for (const profile of PROFILES) {
    const manifests = await readOverlay(profile);
    const deployments = byKind(manifests, "Deployment");
    const services = new Map(byKind(manifests, "Service").map((s) => [s.metadata.name, s]));
    for (const service of services.values()) {
      const targets = deployments.filter((d) =>
        selects(service.spec.selector, d.spec.template.metadata.labels)
      );
      equal(targets.length, 1, `${profile}/${service.metadata.name} selects ${targets.length} Deployments`);
      const ports = targets[0].spec.template.spec.containers.flatMap((c: { ports: unknown[] }) => c.ports);
      for (const port of service.spec.ports) {
        const target = ports.find((p: { name: string; containerPort: number }) =>
          p.name === port.targetPort || p.containerPort === port.targetPort
        );
        equal(target?.containerPort, port.port, `${profile}/${service.metadata.name}`);
      }
    }
    const config = parseYaml(byKind(manifests, "ConfigMap")[0].data["ai-router.yaml"]);
    for (const [name, backend] of Object.entries<{ urls: string[]; location?: string }>(config.backends)) {
      if (backend.location === "cloud") continue;
      for (const url of backend.urls) {
        const { hostname, port } = new URL(url);
        const service = services.get(hostname);
        ok(service, `${profile}: backend ${name} names ${hostname}, which is no Service`);
        equal(service.spec.ports[0].port, Number(port), `${profile}: backend ${name} port`);
      }
    }
  }
});

Deno.test("each container of the Docker profile has its Deployment: same port, model id, context and GPU", async () => {
  for (const profile of PROFILES) {
    const manifests = await readOverlay(profile);
    const deployments = new Map(byKind(manifests, "Deployment").map((d) => [d.metadata.name, d]));
    const config = parseYaml(byKind(manifests, "ConfigMap")[0].data["ai-router.yaml"]);
    const backends = Object.values<{ urls: string[]; model: string; contextLength?: number }>(
      config.backends,
    );
    const containers = parseYaml(
      await Deno.readTextFile(new URL(`../infra/containers/${profile}.yaml`, import.meta.url)),
    ).containers as Record<
      string,
      { port: number; gpu?: boolean; kind: string; image: string; cmd?: string[] }
    >;
    for (const [name, spec] of Object.entries(containers)) {
      const pod = deployments.get(name)?.spec.template.spec;
      ok(pod, `${profile}: no Deployment for container ${name}`);
      const [container] = pod.containers;
      equal(container.ports[0].containerPort, spec.port, `${profile}/${name}`);
      equal(pod.runtimeClassName === "nvidia", spec.gpu === true, `${profile}/${name} runtimeClassName`);
      equal(
        container.resources?.limits?.["nvidia.com/gpu"] === 1,
        spec.gpu === true,
        `${profile}/${name} GPU`,
      );
      if (spec.kind !== "vllm") continue;
      const arg = (flag: string) => container.args[container.args.indexOf(flag) + 1];
      for (const backend of backends.filter((b) => new URL(b.urls[0]!).hostname === name)) {
        equal(arg("--served-model-name"), backend.model, `${profile}/${name} model id`);
        equal(Number(arg("--max-model-len")), backend.contextLength, `${profile}/${name} context`);
      }
      equal(arg("--host"), "0.0.0.0", `${profile}/${name} must listen beyond the pod's loopback`);
      // The same server as the Docker profile runs, flag for flag, but for the address it listens on and the
      // GPU share, which the supervisor appends from its memory plan where the profile leaves it out.
      const withoutValueOf = (args: string[], flag: string) =>
        args.filter((_, i) => args[i] !== flag && args[i - 1] !== flag);
      const cmd = spec.cmd ?? [];
      const share = "--gpu-memory-utilization";
      const podArgs = cmd.includes(share) ? container.args : withoutValueOf(container.args, share);
      deepEqual(
        withoutValueOf(podArgs, "--host"),
        withoutValueOf(cmd, "--host"),
        `${profile}/${name} arguments`,
      );
      equal(container.image, spec.image, `${profile}/${name} image`);
    }
  }
});

Deno.test("the router's Role lets it scale only the profile's labelled model Deployments, and nothing more", async () => {
  for (const profile of PROFILES) {
    const manifests = await readOverlay(profile);
    const [role] = byKind(manifests, "Role");
    const [binding] = byKind(manifests, "RoleBinding");
    const [account] = byKind(manifests, "ServiceAccount");
    const router = byKind(manifests, "Deployment").find((d) => d.metadata.name === "ai-router");
    equal(router.spec.template.spec.serviceAccountName, account.metadata.name);
    deepEqual(binding.subjects, [{
      kind: "ServiceAccount",
      name: account.metadata.name,
      namespace: "ai-router",
    }]);
    deepEqual(binding.roleRef, {
      apiGroup: "rbac.authorization.k8s.io",
      kind: "Role",
      name: role.metadata.name,
    });
    // The Deployments the router may scale are exactly those carrying its labels, which are the profile's containers.
    const labelled = byKind(manifests, "Deployment")
      .filter((d) => d.metadata.labels["ai.router.managed"] === "1")
      .map((d) => {
        equal(d.metadata.labels["ai.router.name"], d.metadata.name, `${profile}/${d.metadata.name}`);
        return d.metadata.name;
      });
    const containers = Object.keys(
      parseYaml(await Deno.readTextFile(new URL(`../infra/containers/${profile}.yaml`, import.meta.url)))
        .containers,
    );
    deepEqual([...labelled].sort(), [...containers].sort(), profile);
    type Rule = { apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] };
    const writes = (role.rules as Rule[]).filter((r) =>
      r.verbs.some((v) => !["get", "list", "watch"].includes(v))
    );
    deepEqual(writes.map((r) => [r.resources, r.verbs]), [[["deployments/scale"], ["patch"]]], profile);
    deepEqual([...writes[0]!.resourceNames!].sort(), [...labelled].sort(), profile);
    for (const rule of role.rules as Rule[]) {
      ok(!rule.resources.includes("*") && !rule.verbs.includes("*"), `${profile}: no wildcard`);
      if (rule.resources.includes("deployments") && rule.verbs.includes("get")) {
        deepEqual([...rule.resourceNames!].sort(), [...labelled].sort(), profile);
      }
    }
    const config = parseYaml(byKind(manifests, "ConfigMap")[0].data["ai-router.yaml"]);
    deepEqual(config.supervisor, { enabled: true, engine: "kubernetes", profile });
  }
});
