import type { CreateContainerBody } from "../../supervisor/container_runtime.ts";
import type { ContainerProfile } from "../../supervisor/container_spec.ts";
import type { DockerRuntime } from "../../supervisor/docker_runtime.ts";
import { chooseVllmImage, toMinimumDriver } from "../../supervisor/choose_vllm_image.ts";
import { compareReleases } from "../../supervisor/find_image_problems.ts";
import { type GpuAccess, MANAGED_LABEL, NAME_LABEL, toCreateBody } from "../../supervisor/to_create_body.ts";
import {
  type CheckOutcome,
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  runCheck,
  skip,
} from "./doctor_check.ts";

/** The CUDA version an NVIDIA-based image declares (`CUDA_VERSION` in nvidia/cuda base images). */
export function readCudaVersion(env: readonly string[]): string | undefined {
  return env.find((e) => e.startsWith("CUDA_VERSION="))?.slice("CUDA_VERSION=".length);
}

const THROWAWAY = "ai-router-doctor-gpu";

/** Runs `nvidia-smi` in a throwaway container of a profile image, then checks each GPU image's CUDA. */
export async function checkGpu(
  runtime: DockerRuntime,
  { profile, access, context }: { profile: ContainerProfile; access: GpuAccess; context: ProbeContext },
): Promise<DoctorCheck[]> {
  const head = (target: string, name: string) => ({ family: "containers", target, name });
  const gpuImages = Object.entries(profile.containers).filter(([, spec]) => spec.gpu);
  const [probeName, probeSpec] = gpuImages[0] ?? [];
  if (!probeSpec || !probeName) {
    return [{ ...head("engine", "gpu visible"), ...ok("no GPU containers in the profile") }];
  }
  let driver: string | undefined;
  const visible = await runCheck(head("engine", "gpu visible"), {
    probe: async () => {
      if (!await runtime.hasImage(probeSpec.image)) {
        return skip(`needs ${probeSpec.image} present (docker pull)`);
      }
      driver = await readDriverVersion(runtime, { image: probeSpec.image, access, context });
      return ok(`driver ${driver} seen from ${probeSpec.image}`);
    },
    onError: `install the NVIDIA driver and container toolkit (nvidia-ctk), then restart Docker`,
  });
  if (!driver) return [visible];
  const found = driver;
  const cuda = await Promise.all(
    gpuImages.map(([name, spec]) =>
      runCheck(head(name, "cuda vs driver"), {
        probe: async (): Promise<CheckOutcome> => {
          const cudaVersion = readCudaVersion((await runtime.inspectImage(spec.image))?.env ?? []);
          const needs = cudaVersion ? toMinimumDriver(cudaVersion) : undefined;
          if (!cudaVersion || !needs) return ok(`${spec.image} declares no CUDA_VERSION`);
          if (compareReleases(found, needs) >= 0) return ok(`CUDA ${cudaVersion} runs on driver ${found}`);
          const other = chooseVllmImage(spec.image, found);
          return fail(
            `${spec.image} is built for CUDA ${cudaVersion}, which needs driver ${needs}; this host has ${found}`,
            other
              ? `set containers.${name}.image to ${other}, or upgrade the NVIDIA driver`
              : "upgrade the NVIDIA driver",
          );
        },
        onError: "check the image is present (docker pull)",
      })
    ),
  );
  return [visible, ...cuda];
}

async function readDriverVersion(
  runtime: DockerRuntime,
  { image, access, context }: { image: string; access: GpuAccess; context: ProbeContext },
) {
  const spec = {
    kind: "http" as const,
    image,
    cmd: [],
    env: {},
    volumes: [],
    port: 1,
    healthPath: "/",
    gpu: true,
    stopTimeoutSeconds: 1,
    memory: { fixedGib: 0 },
  };
  const body = toCreateBody(THROWAWAY, spec, { gpuAccess: access });
  const create = {
    ...body,
    Cmd: ["--query-gpu=driver_version", "--format=csv,noheader"],
    Entrypoint: ["nvidia-smi"],
    Labels: { ...body.Labels, [MANAGED_LABEL]: "1", [NAME_LABEL]: THROWAWAY },
  } as CreateContainerBody;
  const id = await runtime.createContainer(`${THROWAWAY}-${crypto.randomUUID().slice(0, 8)}`, create);
  try {
    await runtime.startContainer(id);
    for (let waited = 0;; waited += 250) {
      const state = await runtime.inspectContainer(id);
      if (!state?.running) break;
      if (waited > context.probeTimeoutMs || context.signal.aborted) {
        throw new Error("nvidia-smi did not finish");
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const output = (await runtime.readLogs(id, 5)).trim();
    const version = output.match(/\d+\.\d+(\.\d+)?/)?.[0];
    if (!version) throw new Error(`nvidia-smi printed no driver version: ${output.slice(0, 120)}`);
    return version;
  } finally {
    await runtime.removeContainer(id).catch(() => {});
  }
}
