import { EngineError } from "./container_runtime.ts";
import { KubernetesClient } from "./kubernetes_client.ts";
import { KubernetesRuntime, type KubernetesRuntimeOptions } from "./kubernetes_runtime.ts";
import { MANAGED_LABEL } from "./to_create_body.ts";

/** Where kubelet mounts the pod's service account: token, ca.crt, namespace. */
const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

/** Options for {@linkcode connectKubernetes}; main.ts passes the two environment variables. */
export interface ConnectKubernetesOptions {
  /** `KUBERNETES_SERVICE_HOST`, set by the kubelet in every pod. */
  serviceHost?: string | undefined;
  /** `KUBERNETES_SERVICE_PORT`. */
  servicePort?: string | undefined;
  /** Tests: the API at this URL (`http://127.0.0.1:port` allowed) instead of the in-cluster address. */
  apiUrl?: string;
  /** Tests: a directory with `token`, `namespace` and (for https) `ca.crt`. */
  serviceAccountDir?: string;
  runtime?: KubernetesRuntimeOptions;
}

/**
 * The API server's URL as client-go's `rest.InClusterConfig` builds it (kubernetes/client-go rest/config.go):
 * `https://` + `KUBERNETES_SERVICE_HOST`:`KUBERNETES_SERVICE_PORT`, brackets around an IPv6 address.
 */
export function toInClusterApiUrl(host: string | undefined, port: string | undefined): string {
  if (!host || !port) {
    throw new EngineError(
      "not-found",
      0,
      "Not running in a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are unset",
    );
  }
  return `https://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

async function readServiceAccountFile(dir: string, name: string): Promise<string> {
  try {
    return (await Deno.readTextFile(`${dir}/${name}`)).trim();
  } catch (error) {
    throw new EngineError(
      "not-found",
      0,
      `Cannot read the service account's ${name} at "${dir}/${name}": ${(error as Error).message}` +
        " (is automountServiceAccountToken off?)",
    );
  }
}

/**
 * Connects with the pod's service account, like `rest.InClusterConfig`: token, CA and namespace from
 * {@linkcode SERVICE_ACCOUNT_DIR} (the namespace file as clientcmd's fallback reads it). Then checks that the
 * API answers (`GET /version`) and that the Role lets it list Deployments; throws `EngineError` otherwise,
 * so the router serves without supervision and says why.
 */
export async function connectKubernetes(options: ConnectKubernetesOptions): Promise<KubernetesRuntime> {
  const dir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
  const apiUrl = options.apiUrl ?? toInClusterApiUrl(options.serviceHost, options.servicePort);
  const namespace = await readServiceAccountFile(dir, "namespace");
  await readServiceAccountFile(dir, "token");
  const caCert = apiUrl.startsWith("https:") ? await readServiceAccountFile(dir, "ca.crt") : undefined;
  const client = new KubernetesClient({
    apiUrl,
    tokenFile: `${dir}/token`,
    namespace,
    ...(caCert ? { caCert } : {}),
  });
  const runtime = new KubernetesRuntime(client, options.runtime);
  try {
    await runtime.info();
    await runtime.listContainers([`${MANAGED_LABEL}=1`]);
    return runtime;
  } catch (error) {
    runtime.close();
    if (!(error instanceof EngineError)) throw error;
    throw new EngineError(error.kind, error.status, `Cannot use the Kubernetes API: ${error.message}`);
  }
}
