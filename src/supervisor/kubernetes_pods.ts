import { EngineError } from "./container_runtime.ts";
import type { KubernetesClient } from "./kubernetes_client.ts";

/** The pods collection of the client's namespace (core/v1). */
function toPodsPath(client: KubernetesClient): string {
  return `/api/v1/namespaces/${encodeURIComponent(client.namespace)}/pods`;
}

/** Options for {@linkcode waitForPodsGone}. */
export interface WaitForPodsGoneOptions {
  /** The Deployment, for the error message. */
  deployment: string;
  /** Its pods' label selector (`Scale.status.selector`). */
  selector: string;
  limitMs: number;
  pollMs: number;
}

/**
 * Waits until no pod matches `selector`. A terminating pod still exists (and holds its memory) although the
 * Deployment's `status.replicas` no longer counts it, so the pods themselves are listed.
 */
export async function waitForPodsGone(
  client: KubernetesClient,
  options: WaitForPodsGoneOptions,
): Promise<void> {
  const { deployment, selector, limitMs, pollMs } = options;
  // An empty selector would list every pod of the namespace (the router's own too) and never end.
  if (!selector) throw new EngineError("other", 0, `Deployment "${deployment}" reports no pod selector`);
  const deadline = Date.now() + limitMs;
  while (true) {
    const pods = await client.json("GET", toPodsPath(client), { query: { labelSelector: selector } });
    if (pods.items.length === 0) return;
    if (Date.now() > deadline) {
      throw new EngineError(
        "other",
        0,
        `Deployment "${deployment}" was scaled to 0 but ${pods.items.length} pod(s) still exist after ` +
          `${Math.round(limitMs / 1000)} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The last `tail` lines of the newest matching pod's log (`pods/{name}/log`, text/plain); "" without a pod. */
export async function readNewestPodLog(
  client: KubernetesClient,
  { selector, tail }: { selector: string; tail: number },
): Promise<string> {
  const pods = await client.json("GET", toPodsPath(client), { query: { labelSelector: selector } });
  const newest = (pods.items as Array<{ metadata: { name: string; creationTimestamp?: string } }>)
    .sort((a, b) =>
      String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp))
    )[0];
  if (!newest) return "";
  const path = `${toPodsPath(client)}/${encodeURIComponent(newest.metadata.name)}/log`;
  return await (await client.request("GET", path, { query: { tailLines: String(tail) } })).text();
}
