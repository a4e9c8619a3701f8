import type { BackendConfig } from "../config/backend_schema.ts";
import type { Config } from "../config/config_schema.ts";
import { ConfigError } from "../config/load_config.ts";
import { type ContainerProfile, type ContainerSpec, readFlag } from "./container_spec.ts";
import { readServedModelNames } from "./read_served_model_names.ts";

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * Refuses (`ConfigError`) backends that do not fit the container they are linked to: a URL port other than the
 * container's, a model id vLLM does not serve (it answers 404), a context over `--max-model-len`, and
 * `vision.maxImages` over the vision container's `--limit-mm-per-prompt`. `links` maps backend to container.
 */
export function checkBackendContainers(
  config: Config,
  { profile, links }: { profile: ContainerProfile; links: Readonly<Record<string, string>> },
): void {
  const problems = Object.entries(links).flatMap(([backend, container]) =>
    findBackendMismatches(backend, {
      backend: config.backends[backend]!,
      container,
      spec: profile.containers[container]!,
    })
  );
  const vision = findVisionLimitMismatch(config, { profile, links });
  if (vision) problems.push(vision);
  if (problems.length === 0) return;
  const where = config.supervisor.profile ? `profile "${config.supervisor.profile}"` : "the profile";
  throw new ConfigError(
    `Invalid config: backends do not match their containers in ${where}:\n${
      problems.map((p) => `  - ${p}`).join("\n")
    }`,
  );
}

function findBackendMismatches(
  name: string,
  { backend, container, spec }: { backend: BackendConfig; container: string; spec: ContainerSpec },
): string[] {
  const problems = backend.urls.flatMap((raw, i) => {
    const url = new URL(raw);
    const port = url.port ? Number(url.port) : DEFAULT_PORTS[url.protocol];
    if (port === spec.port) return [];
    return [
      `backends.${name}.urls[${i}] "${raw}" uses port ${
        port ?? "(none)"
      }, containers.${container}.port is ${spec.port}`,
    ];
  });
  if (spec.kind !== "vllm") return problems;
  const served = readServedModelNames(spec.cmd);
  if (!served.includes(backend.model)) {
    const names = served.join(" ") || "(none)";
    problems.push(
      `backends.${name}.model "${backend.model}" is not served by containers.${container} ` +
        `(--served-model-name ${names}): vLLM answers 404 "model does not exist"`,
    );
  }
  const maxModelLen = Number(readFlag(spec.cmd, "--max-model-len"));
  if (backend.contextLength > maxModelLen) {
    problems.push(
      `backends.${name}.contextLength ${backend.contextLength} is over ` +
        `containers.${container} --max-model-len ${maxModelLen}`,
    );
  }
  return problems;
}

function findVisionLimitMismatch(
  config: Config,
  { profile, links }: { profile: ContainerProfile; links: Readonly<Record<string, string>> },
): string | undefined {
  const container = config.vision.backend === undefined ? undefined : links[config.vision.backend];
  if (container === undefined) return undefined;
  const flag = readFlag(profile.containers[container]!.cmd, "--limit-mm-per-prompt");
  const limit = flag === undefined ? undefined : readImageLimit(flag);
  if (limit === undefined || config.vision.maxImages <= limit) return undefined;
  return `vision.maxImages ${config.vision.maxImages} is over containers.${container} ` +
    `--limit-mm-per-prompt image ${limit}: vLLM answers 400 instead of the router`;
}

/** The image count of `--limit-mm-per-prompt`: JSON `{"image": 4}` or the older `image=4,video=0`. */
function readImageLimit(value: string): number | undefined {
  try {
    const limits = JSON.parse(value) as Record<string, unknown>;
    return typeof limits.image === "number" ? limits.image : undefined;
  } catch {
    const pair = value.split(",").map((p) => p.split("=")).find(([key]) => key?.trim() === "image");
    return pair?.[1] === undefined ? undefined : Number(pair[1]);
  }
}
