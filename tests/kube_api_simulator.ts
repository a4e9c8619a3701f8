/**
 * A simulated Kubernetes API server on loopback HTTP for the KubernetesRuntime's tests (no real API server
 * can run here). It serves the calls the runtime makes, checks the bearer token and the Role's rules, and
 * validates every body it receives and sends against the official schemas (kube_schemas.ts): a shape the
 * runtime gets wrong fails the test. Each imitated quirk of the real server names its source.
 */
import { type ClusterEvent, SimulatedCluster, type SimulatedClusterOptions } from "./kube_cluster.ts";
import { isAllowed, type PolicyRule, type ResourceRequest, toForbiddenMessage } from "./kube_rbac.ts";
import { type Json, toStatus, validateBody } from "./kube_schemas.ts";
import { serveWatch } from "./kube_watch.ts";
import { emptyList, matchesSelector, mergePatch, toScale, toWirePod, VERSION } from "./kube_objects.ts";

/** Options for {@linkcode startKubeApiSimulator}. */
export interface KubeApiSimulatorOptions extends Partial<SimulatedClusterOptions> {
  token: string;
  /** The Role's rules the service account has; every request is allowed when unset. */
  rules?: PolicyRule[];
  /** Serve HTTPS with this certificate and key (PEM), as a real API server does. */
  tls?: { cert: string; key: string };
}

/** One request the simulator saw. */
export interface RecordedKubeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  status: number;
}

/** A running simulated API server. */
export interface KubeApiSimulator extends AsyncDisposable {
  readonly apiUrl: string;
  readonly cluster: SimulatedCluster;
  readonly requests: RecordedKubeRequest[];
  /** Schema violations in bodies the runtime sent; a test asserts this stays empty. */
  readonly problems: string[];
  rules: PolicyRule[] | undefined;
  /** Ends every open watch, as the API server does when a watch's timeout passes. */
  closeWatches(): void;
}

export const SERVICE_ACCOUNT_USER = "system:serviceaccount:ai-router:ai-router";
const DEPLOYMENTS = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments(?:\/([^/]+)(?:\/(scale))?)?$/;
const PODS = /^\/api\/v1\/namespaces\/([^/]+)\/pods(?:\/([^/]+)\/(log))?$/;

const json = (kind: Parameters<typeof validateBody>[0], body: Json, { status = 200 } = {}) => {
  validateBody(kind, body);
  return Response.json(body, { status });
};
const fail = (code: number, message: string, details?: { name: string; kind: string }) =>
  Response.json(toStatus(code, message, details), { status: code });

/** Starts the simulated API server on 127.0.0.1, port 0. */
export function startKubeApiSimulator(options: KubeApiSimulatorOptions): KubeApiSimulator {
  const namespace = options.namespace ?? "ai-router";
  const cluster = new SimulatedCluster({ ...options, namespace });
  const requests: RecordedKubeRequest[] = [];
  const problems: string[] = [];
  const watches = new Set<AbortController>();
  const simulator = { rules: options.rules } as KubeApiSimulator;

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    // Authentication comes first: a wrong token is a 401 Status even for /version.
    if (request.headers.get("authorization") !== `Bearer ${options.token}`) return fail(401, "Unauthorized");
    if (url.pathname === "/version") return json("Info", VERSION);
    const deployments = url.pathname.match(DEPLOYMENTS);
    const pods = url.pathname.match(PODS);
    const [, ns = "", name = "", sub = ""] = deployments ?? pods ?? [];
    if (!deployments && !pods) return fail(404, "the server could not find the requested resource");
    const verb = request.method === "PATCH"
      ? "patch"
      : name
      ? "get"
      : url.searchParams.get("watch") === "1" || url.searchParams.get("watch") === "true"
      ? "watch"
      : "list";
    const asked: ResourceRequest = {
      verb,
      group: deployments ? "apps" : "",
      resource: (deployments ? "deployments" : "pods") + (sub ? `/${sub}` : ""),
      namespace: ns,
      name,
    };
    if (simulator.rules && !isAllowed(simulator.rules, asked)) {
      return fail(
        403,
        toForbiddenMessage(SERVICE_ACCOUNT_USER, asked),
        name ? { name, kind: asked.resource.split("/")[0]! } : undefined,
      );
    }
    if (ns !== namespace) {
      return json(
        deployments ? "DeploymentList" : "PodList",
        emptyList(deployments ? "DeploymentList" : "PodList", cluster),
      );
    }
    if (pods) return servePods(url, { name, sub });
    if (verb === "watch") return watch(url, request.signal);
    if (verb === "list") return listDeployments(url);
    const deployment = cluster.deployments.get(name);
    // NotFound names the resource with its group (apimachinery pkg/api/errors `NewNotFound`).
    if (!deployment) return fail(404, `deployments.apps "${name}" not found`, { name, kind: "deployments" });
    if (!sub) return json("Deployment", deployment);
    if (request.method === "GET") return json("Scale", toScale(deployment));
    return await patchScale(request, deployment);
  };

  const listDeployments = (url: URL) => {
    const selector = url.searchParams.get("labelSelector") ?? "";
    const items = [...cluster.deployments.values()].filter((d) =>
      matchesSelector(selector, d.metadata.labels)
    );
    return json("DeploymentList", { ...emptyList("DeploymentList", cluster), items });
  };

  const servePods = (url: URL, { name, sub }: { name: string; sub: string }) => {
    if (!sub) {
      const selector = url.searchParams.get("labelSelector") ?? "";
      const items = [...cluster.pods.values()].filter((p) => matchesSelector(selector, p.metadata.labels));
      return json("PodList", { ...emptyList("PodList", cluster), items: items.map(toWirePod) });
    }
    const pod = cluster.pods.get(name);
    if (!pod) return fail(404, `pods "${name}" not found`, { name, kind: "pods" });
    const tail = Number(url.searchParams.get("tailLines") ?? Infinity);
    // pods/log answers text/plain, not JSON (kubernetes/kubernetes pkg/registry/core/pod/rest/log.go).
    return new Response(pod.log.slice(-tail).map((line: string) => `${line}\n`).join(""), {
      headers: { "content-type": "text/plain" },
    });
  };

  const patchScale = async (request: Request, deployment: Json) => {
    const type = request.headers.get("content-type") ?? "";
    // A PATCH must name its patch type; plain JSON is refused (apiserver pkg/endpoints/handlers/patch.go).
    // This simulator applies merge patches only (strategic merge equals it for Scale, which has no lists).
    if (!/^application\/(merge-patch|strategic-merge-patch)\+json/.test(type)) {
      problems.push(`PATCH ${request.url} with content-type "${type}"`);
      return fail(
        415,
        "the body of the request was in an unknown format - accepted media types include: " +
          "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, " +
          "application/strategic-merge-patch+json",
      );
    }
    const patch = await request.json();
    const wanted = mergePatch(toScale(deployment), patch);
    try {
      validateBody("Scale", wanted);
    } catch (error) {
      problems.push(`PATCH scale body ${JSON.stringify(patch)}: ${(error as Error).message}`);
      return fail(
        422,
        `Scale.autoscaling "${deployment.metadata.name}" is invalid: ${(error as Error).message}`,
      );
    }
    const sent = patch?.metadata?.resourceVersion;
    // Optimistic concurrency: a stale resourceVersion precondition is a 409 Conflict (apimachinery
    // pkg/api/errors `NewConflict`, "the object has been modified").
    if (sent !== undefined && sent !== deployment.metadata.resourceVersion) {
      return fail(
        409,
        `Operation cannot be fulfilled on deployments.apps "${deployment.metadata.name}": the ` +
          "object has been modified; please apply your changes to the latest version and try again",
        { name: deployment.metadata.name, kind: "deployments" },
      );
    }
    return json("Scale", toScale(cluster.scale(deployment.metadata.name, wanted.spec.replicas)));
  };

  const watch = (url: URL, signal: AbortSignal) => {
    const ends = new AbortController();
    watches.add(ends);
    return serveWatch(cluster, {
      since: url.searchParams.get("resourceVersion") ?? undefined,
      signal: AbortSignal.any([signal, ends.signal]),
      onEnd: () => watches.delete(ends),
      matches: (event: ClusterEvent) =>
        matchesSelector(url.searchParams.get("labelSelector") ?? "", event.object.metadata.labels),
    });
  };

  const listen = { hostname: "127.0.0.1", port: 0, onListen: () => {}, ...options.tls };
  const server = Deno.serve(listen, async (request) => {
    const response = await handle(request);
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      status: response.status,
    });
    return response;
  });
  return Object.assign(simulator, {
    apiUrl: `${options.tls ? "https" : "http"}://127.0.0.1:${server.addr.port}`,
    cluster,
    requests,
    problems,
    closeWatches: () => {
      for (const ends of watches) ends.abort();
    },
    [Symbol.asyncDispose]: async () => {
      simulator.closeWatches();
      cluster.close();
      await server.shutdown();
    },
  });
}
