import { EngineError } from "./container_runtime.ts";
import { readJsonLines } from "./read_json_lines.ts";
import type { DeploymentObject } from "./kubernetes_deployment.ts";

/** One line of a Kubernetes watch stream (meta/v1 WatchEvent). */
export interface WatchEventLine {
  type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK";
  object: DeploymentObject;
}

/**
 * Reads a watch response (one JSON `{type, object}` per line, chunked) until it ends or `signal` aborts. An
 * `ERROR` event carries a `Status`: code 410 (reason `Expired`) means the resourceVersion asked for is older
 * than the server's history, which the API server reports inside the 200 stream rather than as an HTTP 410
 * (kubernetes/apiserver pkg/storage/cacher/watch_cache.go: "too old resource version"). It throws
 * `EngineError` with that code.
 */
export async function readWatchEvents(
  body: ReadableStream<Uint8Array>,
  { onEvent, signal }: { onEvent: (event: WatchEventLine) => void; signal: AbortSignal },
): Promise<void> {
  await readJsonLines(body, {
    onValue: (raw) => handleLine(raw as { type?: string; object?: Record<string, unknown> }, onEvent),
    signal,
  });
}

function handleLine(
  raw: { type?: string; object?: Record<string, unknown> },
  onEvent: (e: WatchEventLine) => void,
) {
  if (raw.type === "ERROR") {
    const status = raw.object ?? {};
    const code = typeof status.code === "number" ? status.code : 500;
    throw new EngineError(
      code === 404 ? "not-found" : "other",
      code,
      `Kubernetes watch ended with an error (${code} ${status.reason ?? ""}): ${status.message ?? ""}`,
    );
  }
  if (raw.type === "ADDED" || raw.type === "MODIFIED" || raw.type === "DELETED" || raw.type === "BOOKMARK") {
    onEvent({ type: raw.type, object: raw.object as unknown as DeploymentObject });
  }
}
