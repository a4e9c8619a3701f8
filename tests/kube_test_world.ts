/**
 * A simulated API server with Deployments and a KubernetesRuntime connected to it the way a pod connects
 * (a service account directory with token and namespace), for the Kubernetes runtime and supervisor tests.
 */
import { connectKubernetes } from "../src/supervisor/connect_kubernetes.ts";
import type { KubernetesRuntime } from "../src/supervisor/kubernetes_runtime.ts";
import type { SimulatedDeployment } from "./kube_cluster.ts";
import {
  type KubeApiSimulator,
  type KubeApiSimulatorOptions,
  startKubeApiSimulator,
} from "./kube_api_simulator.ts";
import type { PolicyRule } from "./kube_rbac.ts";

export const TEST_TOKEN = "test-service-account-token";
export const NAMESPACE = "ai-router";

/** The labels the router selects its Deployments by (src/supervisor/to_create_body.ts). */
export function managedLabels(name: string): Record<string, string> {
  return { "ai.router.managed": "1", "ai.router.name": name };
}

/** Options for {@linkcode startKubeWorld}. */
export interface KubeWorldOptions extends Partial<KubeApiSimulatorOptions> {
  deployments: SimulatedDeployment[];
  rules?: PolicyRule[];
  /** The token the router reads from its service account directory (default: the right one). */
  routerToken?: string;
}

/** The API simulator and the service account directory; `connect()` makes a runtime against them. */
export interface KubeWorld extends AsyncDisposable {
  api: KubeApiSimulator;
  serviceAccountDir: string;
  connect(): Promise<KubernetesRuntime>;
}

export async function startKubeWorld(options: KubeWorldOptions): Promise<KubeWorld> {
  const api = startKubeApiSimulator({
    token: TEST_TOKEN,
    namespace: NAMESPACE,
    readyDelayMs: 30,
    terminateDelayMs: 60,
    ...options,
  });
  for (const deployment of options.deployments) api.cluster.add(deployment);
  const serviceAccountDir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${serviceAccountDir}/token`, `${options.routerToken ?? TEST_TOKEN}\n`);
  await Deno.writeTextFile(`${serviceAccountDir}/namespace`, NAMESPACE);
  return {
    api,
    serviceAccountDir,
    connect: () =>
      connectKubernetes({
        apiUrl: api.apiUrl,
        serviceAccountDir,
        // The model "Services" are the simulators on loopback; pods are polled quickly.
        runtime: { pollMs: 20, podsGoneSlackMs: 10_000, serviceHost: () => "127.0.0.1" },
      }),
    [Symbol.asyncDispose]: async () => {
      await api[Symbol.asyncDispose]();
      await Deno.remove(serviceAccountDir, { recursive: true });
    },
  };
}

/** Polls until `check` holds; a generous limit, not a timed assertion. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 20_000 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (!await check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
