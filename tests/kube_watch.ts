/**
 * `GET …/deployments?watch=1` of the simulated API server: a 200 response whose chunked body is one JSON
 * WatchEvent `{type, object}` per line, each validated against the official schemas before it is sent.
 */
import type { ClusterEvent, SimulatedCluster } from "./kube_cluster.ts";
import { type Json, toStatus, validateWatchEvent } from "./kube_schemas.ts";

/** What one watch asks for. */
export interface WatchRequest {
  /** `resourceVersion` of the request: resume after it; unset or "0" starts from the current state. */
  since: string | undefined;
  signal: AbortSignal;
  matches: (event: ClusterEvent) => boolean;
  onEnd: () => void;
}

const encoder = new TextEncoder();

/**
 * Without a resourceVersion the server first sends a synthetic ADDED per existing object ("Get State and
 * Start at Most Recent", kubernetes/website content/en/docs/reference/using-api/api-concepts.md). With one
 * older than its history it sends a single ERROR event carrying a 410 `Expired` Status inside the 200 stream
 * and ends it (apiserver pkg/storage/cacher/watch_cache.go "too old resource version"; the cacher delivers
 * errors after authorization through the watch itself).
 */
export function serveWatch(cluster: SimulatedCluster, request: WatchRequest): Response {
  let unsubscribe = () => {};
  const end = () => {
    unsubscribe();
    request.onEnd();
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: Json) => {
        validateWatchEvent(event);
        controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      const close = () => {
        end();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      const since = request.since === undefined || request.since === "0" ? undefined : Number(request.since);
      if (since !== undefined && since < cluster.oldestWatchable) {
        send({
          type: "ERROR",
          object: toStatus(410, `too old resource version: ${since} (${cluster.oldestWatchable})`),
        });
        return close();
      }
      const backlog = since === undefined
        ? [...cluster.deployments.values()].map((object) => ({ type: "ADDED", object }))
        : cluster.history.filter((event) => event.resourceVersion > since && request.matches(event));
      for (const event of backlog) {
        if (since !== undefined || request.matches({ ...event, resourceVersion: 0 } as ClusterEvent)) {
          send({ type: event.type, object: event.object });
        }
      }
      unsubscribe = cluster.subscribe((event) => {
        if (request.matches(event)) send({ type: event.type, object: event.object });
      });
      if (request.signal.aborted) return close();
      request.signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      end();
    },
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}
