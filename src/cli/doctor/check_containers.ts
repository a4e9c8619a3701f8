import type { Config } from "../../config/config_schema.ts";
import type { EngineConfig } from "../../config/engine_schema.ts";
import { connectDocker } from "../../supervisor/connect_docker.ts";
import { createEngineRuntime } from "../../supervisor/create_engine_runtime.ts";
import { assignProfileShares } from "../../supervisor/start_engine_supervision.ts";
import type { ContainerProfile, ContainerSpec } from "../../supervisor/container_spec.ts";
import type { DockerRuntime } from "../../supervisor/docker_runtime.ts";
import { startsWithVllmServe } from "../../supervisor/find_image_problems.ts";
import type { EngineInfo } from "../../supervisor/container_runtime.ts";
import { chooseGpuAccess, findGpuProblem, type GpuAccess } from "../../supervisor/to_create_body.ts";
import {
  type CheckOutcome,
  describeError,
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  runCheck,
  skip,
  toProbeSignal,
} from "./doctor_check.ts";
import { checkGpu } from "./check_gpu.ts";

/** Options for {@linkcode checkContainers}. */
export interface ContainerCheckOptions {
  profile: ContainerProfile | undefined;
  /** `DOCKER_HOST` from the environment; `supervisor.dockerHost` wins. */
  dockerHost: string | undefined;
  /** `--containers`: run the throwaway GPU container. */
  startContainers: boolean;
}

const ENGINE_ADVICE =
  "start Docker (sudo systemctl start docker) and let the ai-router user reach its socket " +
  "(group docker), or set supervisor.dockerHost";

/** The engine, its GPU runtime, the profile's images and their entrypoints, and (with --containers) the GPU. */
export async function checkContainers(
  config: Config,
  context: ProbeContext,
  options: ContainerCheckOptions,
): Promise<DoctorCheck[]> {
  if (!config.supervisor.enabled || !options.profile) {
    return [{
      family: "containers",
      target: "engine",
      name: "reachable",
      ...skip("supervisor.enabled is false: the router runs no containers"),
    }];
  }
  if (config.supervisor.engine === "kubernetes") {
    // Not Docker: the cluster's own tools tell more than this check could (docs/containers.md, "K3s").
    return [{
      family: "containers",
      target: "engine",
      name: "reachable",
      ...skip(
        "supervisor.engine is kubernetes: see /health/deep in the pod and `kubectl -n ai-router get deploy`",
      ),
    }];
  }
  const profile = options.profile;
  const engines = Object.entries(config.supervisor.engines ?? {});
  if (engines.length === 0) {
    return await checkBox(config, {
      context,
      box: {
        target: "engine",
        profile,
        connect: () =>
          connectWithin(connectDocker(config.supervisor.dockerHost ?? options.dockerHost), context),
        advice: ENGINE_ADVICE,
        startContainers: options.startContainers,
      },
    });
  }
  let shares: Map<string, ContainerProfile>;
  try {
    shares = assignProfileShares(engines.map(([name]) => name), profile);
  } catch (error) {
    return [{
      family: "containers",
      target: "engines",
      name: "profile boxes",
      ...fail(describeError(error), "fix supervisor.engines or the profile's devices"),
    }];
  }
  // Every box at once: a lost one costs its own probe timeout, not the others'.
  const boxes = await Promise.all(engines.map(([name, engine]) =>
    checkBox(config, {
      context,
      box: {
        target: `engine ${name}`,
        profile: shares.get(name) ?? { device: profile.device, containers: {} },
        connect: () => connectWithin(connectEngine(name, engine), context),
        advice: toEngineAdvice(name, engine),
        startContainers: options.startContainers,
      },
    })
  ));
  return boxes.flat();
}

/** How one box is checked: its share of the profile and how to reach its engine. */
interface BoxCheck {
  target: string;
  profile: ContainerProfile;
  connect: () => Promise<DockerRuntime>;
  advice: string;
  startContainers: boolean;
}

async function checkBox(
  config: Config,
  { context, box }: { context: ProbeContext; box: BoxCheck },
): Promise<DoctorCheck[]> {
  const { profile, advice } = box;
  const head = (target: string, name: string) => ({ family: "containers", target, name });
  let runtime: DockerRuntime | undefined;
  let info: EngineInfo | undefined;
  const engine = await runCheck(head(box.target, "reachable"), {
    probe: async () => {
      runtime = await box.connect();
      info = await runtime.info();
      return ok(
        `${info.serverVersion || "engine"} on ${info.kernelVersion}, API ${runtime.apiVersion} negotiated`,
      );
    },
    onError: advice,
  });
  if (!runtime || !info) return [engine];
  const engineRuntime: DockerRuntime = runtime;
  try {
    const access = chooseGpuAccess(profile.device.gpuAccess, info);
    const gpuRuntime = { ...head(box.target, "nvidia runtime"), ...checkNvidiaRuntime(access, info) };
    const perContainer = Object.entries(profile.containers).map(([name, spec]) =>
      runCheck(head(name, "image"), {
        probe: () => checkImage(engineRuntime, { name, spec, config, context }),
        onError: advice,
      })
    );
    const gpu = box.startContainers
      ? checkGpu(engineRuntime, { profile, access, context })
      : Promise.resolve([{
        ...head(box.target, "gpu visible"),
        ...skip("run with --containers to start a throwaway GPU container"),
      }]);
    return [engine, gpuRuntime, ...await Promise.all(perContainer), ...await gpu];
  } finally {
    runtime.close();
  }
}

/** Jetson (`Runtime: nvidia`) needs the runtime registered in the engine (docs/decisions.md, "Container engines"). */
function checkNvidiaRuntime(access: GpuAccess, info: EngineInfo): CheckOutcome {
  if (access !== "runtime") return skip(`GPU through ${access} (not Jetson)`);
  if (!findGpuProblem(access, info)) return ok("registered");
  return fail(
    `the engine has no "nvidia" runtime (it has ${info.runtimes.join(", ") || "none"})`,
    "sudo nvidia-ctk runtime configure --runtime=docker && sudo systemctl restart docker",
  );
}

/** The image is present and its entrypoint fits the command: `vllm serve` exactly once. */
async function checkImage(
  runtime: DockerRuntime,
  { name, spec, config, context }: {
    name: string;
    spec: ContainerSpec;
    config: Config;
    context: ProbeContext;
  },
): Promise<CheckOutcome> {
  const image = await runtime.inspectImage(spec.image);
  const key = `containers.${name}`;
  if (!image) {
    try {
      await runtime.checkPullable(spec.image, toProbeSignal(context));
    } catch (error) {
      return fail(
        `${spec.image} is not present and the registry does not offer it: ${describeError(error)}`,
        `check containers.${name}.image and the box's internet connection, then docker pull ${spec.image}`,
      );
    }
    return ok(`${spec.image} not present yet, pullable (the supervisor pulls it on first start)`);
  }
  if (spec.kind !== "vllm") return ok(`${spec.image} present`);
  const entrypoint = image.entrypoint.join(" ");
  const servesByEntrypoint = /(^|\/)vllm serve$/.test(entrypoint) ||
    /vllm\.entrypoints\.openai\.api_server$/.test(entrypoint);
  const named = startsWithVllmServe(spec.cmd);
  if (servesByEntrypoint && named) {
    return fail(
      `${spec.image} starts "${entrypoint}" and the command repeats vllm serve`,
      `remove vllm, serve from the start of ${key}.cmd (profile "${config.supervisor.profile}")`,
    );
  }
  if (!servesByEntrypoint && !named) {
    return fail(
      `${spec.image} starts "${entrypoint || "(no entrypoint)"}", not vllm serve`,
      `start ${key}.cmd with vllm, serve (profile "${config.supervisor.profile}")`,
    );
  }
  return ok(`${spec.image} present, entrypoint "${entrypoint || "(none)"}" fits the command`);
}

/** Connects within the probe timeout; a connection that arrives after it is closed (connecting cannot be aborted). */
function connectWithin(connecting: Promise<DockerRuntime>, context: ProbeContext): Promise<DockerRuntime> {
  const signal = AbortSignal.any([context.signal, AbortSignal.timeout(context.probeTimeoutMs)]);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      connecting.then((late) => late.close(), () => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    connecting.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** A configured engine's runtime (its TLS files read), negotiated: missing files and refusals fail here. */
async function connectEngine(name: string, engine: EngineConfig): Promise<DockerRuntime> {
  const runtime = await createEngineRuntime(name, engine);
  try {
    await runtime.negotiate();
    return runtime;
  } catch (error) {
    runtime.close();
    throw error;
  }
}

/** What to do when an engine of `supervisor.engines` does not answer. */
function toEngineAdvice(name: string, engine: EngineConfig): string {
  if (!engine.host.startsWith("tcp://")) {
    return ENGINE_ADVICE.replace("supervisor.dockerHost", `supervisor.engines.${name}.host`);
  }
  return `start dockerd on ${name} with --tlsverify --tlscacert --tlscert --tlskey -H tcp://0.0.0.0:2376, ` +
    `and give supervisor.engines.${name}.tls a ca.pem, cert.pem and key.pem of the same CA (docs/containers.md, "Several boxes")`;
}
