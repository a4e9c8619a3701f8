import { ENGINE_CALL_TIMEOUT_MS } from "../config/engine_schema.ts";
import { EngineError } from "./container_runtime.ts";
import { parseDockerHost } from "./docker_endpoint.ts";
import { DockerRuntime } from "./docker_runtime.ts";

/**
 * Connects to the engine named by `host` (a `DOCKER_HOST` value) and negotiates the API version.
 * Throws `EngineError` when there is no socket or the engine cannot be used, so the caller can run without supervision.
 */
export async function connectDocker(host: string | undefined): Promise<DockerRuntime> {
  const endpoint = parseDockerHost(host);
  if (endpoint.kind === "unix") {
    try {
      await Deno.stat(endpoint.path);
    } catch {
      throw new EngineError("not-found", 0, `No Docker socket at "${endpoint.path}"`);
    }
  }
  const runtime = new DockerRuntime(endpoint, { timeoutMs: ENGINE_CALL_TIMEOUT_MS });
  try {
    await runtime.negotiate();
    return runtime;
  } catch (error) {
    runtime.close();
    if (error instanceof EngineError && error.kind !== "offline") throw error;
    const where = endpoint.kind === "unix" ? endpoint.path : endpoint.origin;
    throw new EngineError(
      "other",
      0,
      `Cannot reach the container engine at "${where}": ${(error as Error).message}`,
    );
  }
}
