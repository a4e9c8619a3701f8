import type { CreateContainerBody, EngineInfo } from "./container_runtime.ts";
import { type ContainerSpec, readFlag } from "./container_spec.ts";

/** Every container the router owns carries this label; it never touches one without it. */
export const MANAGED_LABEL = "ai.router.managed";
/** The spec name, which maps a container back to its spec. */
export const NAME_LABEL = "ai.router.name";
/** A hash of the create body: a changed spec means recreate (Compose's config-hash idea). */
export const HASH_LABEL = "ai.router.config-hash";

/** How a GPU container reaches the GPU. */
export type GpuAccess = "runtime" | "device-requests" | "none";

/**
 * Jetson (a `-tegra` kernel) needs `Runtime: "nvidia"` because its hook refuses DeviceRequests; x86 uses
 * DeviceRequests (what `--gpus all` sends). The profile may force either (docs/decisions.md, "Container engines").
 */
export function chooseGpuAccess(
  setting: "auto" | GpuAccess | "device-requests",
  info: EngineInfo,
): GpuAccess {
  if (setting !== "auto") return setting;
  if (info.kernelVersion.endsWith("-tegra")) return "runtime";
  return "device-requests";
}

/**
 * Why GPU containers will not start with the chosen access, when the engine says so already: `Runtime:
 * nvidia` needs the runtime registered in the daemon (docs/decisions.md, "Container engines"), else every create fails with
 * "Unknown runtime specified nvidia".
 */
export function findGpuProblem(access: GpuAccess, info: EngineInfo): string | undefined {
  if (access !== "runtime" || info.runtimes.includes("nvidia")) return undefined;
  return `the engine has no "nvidia" runtime (it has ${info.runtimes.join(", ") || "none"}): run ` +
    "`sudo nvidia-ctk runtime configure --runtime=docker` and restart Docker";
}

/** Options for {@linkcode toCreateBody}. */
export interface CreateBodyOptions {
  gpuAccess: GpuAccess;
  /** vLLM's `--gpu-memory-utilization` from the planner, appended when the cmd lacks one. */
  utilization?: number;
}

/** The create body for a spec, without the hash label (see {@linkcode hashCreateBody}). */
export function toCreateBody(
  name: string,
  spec: ContainerSpec,
  options: CreateBodyOptions,
): CreateContainerBody {
  const cmd = [...spec.cmd];
  if (
    spec.kind === "vllm" && options.utilization !== undefined && !readFlag(cmd, "--gpu-memory-utilization")
  ) {
    cmd.push("--gpu-memory-utilization", options.utilization.toFixed(2));
  }
  const gpu = spec.gpu ? options.gpuAccess : "none";
  const env = { ...spec.env };
  if (gpu === "runtime") {
    env.NVIDIA_VISIBLE_DEVICES ??= "all";
    env.NVIDIA_DRIVER_CAPABILITIES ??= "compute,utility";
  }
  return {
    Image: spec.image,
    Cmd: cmd,
    Env: Object.entries(env).map(([key, value]) => `${key}=${value}`),
    Labels: {
      [MANAGED_LABEL]: "1",
      [NAME_LABEL]: name,
      "ai.router.role": spec.kind,
      "ai.router.model": readFlag(cmd, "--served-model-name") ?? spec.image,
    },
    StopTimeout: spec.stopTimeoutSeconds,
    HostConfig: {
      NetworkMode: "host",
      Binds: spec.volumes,
      // The supervisor restarts with its own backoff; the engine's policy would race it.
      RestartPolicy: { Name: "no" },
      // A PID 1 that ignores SIGTERM would make every stop wait for SIGKILL (docs/decisions.md, "Container engines").
      Init: true,
      ...(spec.kind === "vllm" ? { IpcMode: "host" as const } : {}),
      ...(gpu === "runtime" ? { Runtime: "nvidia" } : {}),
      ...(gpu === "device-requests"
        ? { DeviceRequests: [{ Driver: "", Count: -1, Capabilities: [["gpu"]] }] }
        : {}),
    },
  };
}

/** A short SHA-256 of the body; stored as a label, so it is computed before the label is added. */
export async function hashCreateBody(body: CreateContainerBody): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(body)));
  return [...new Uint8Array(digest)].slice(0, 8).map((b) => b.toString(16).padStart(2, "0")).join("");
}
