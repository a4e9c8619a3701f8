/** Compares dotted release numbers part by part ("2.3.1" < "2.4.0" < "2.10.0"). */
export function compareReleases(a: string, b: string): number {
  const [left, right] = [a, b].map((v) => v.replace(/^v/, "").split(/[.-]/).map((p) => parseInt(p, 10) || 0));
  for (let i = 0; i < Math.max(left!.length, right!.length); i++) {
    const diff = (left![i] ?? 0) - (right![i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** Splits `registry/repo:tag@digest` into the repository and tag (undefined when untagged). */
export function parseImageReference(image: string): { repository: string; tag: string | undefined } {
  const [name = image, digest] = image.split("@");
  const colon = name.lastIndexOf(":");
  const tagged = colon > name.lastIndexOf("/");
  return {
    repository: tagged ? name.slice(0, colon) : name,
    tag: tagged ? name.slice(colon + 1) : digest ? `@${digest}` : undefined,
  };
}

/**
 * NVIDIA's Jetson and NGC vLLM images, whose entrypoint is not `vllm serve`, so the command names it
 * (docs/operations.md, the image table: ghcr.io/nvidia-ai-iot/vllm and nvcr.io/nvidia/vllm take Cmd `vllm serve MODEL …`, while
 * vllm/vllm-openai's ENTRYPOINT is `vllm serve`, vllm-project/vllm docker/Dockerfile).
 */
export const NVIDIA_VLLM_IMAGE = /^(ghcr\.io\/nvidia-ai-iot\/vllm|nvcr\.io\/nvidia\/vllm|dustynv\/vllm)$/;

/** wyoming-piper's image runs a web UI on 0.0.0.0:5000 from this version (rhasspy/wyoming-piper docker_run.sh, 2.4.0). */
export const WYOMING_PIPER_WEB_UI_SINCE = "2.4.0";

/** The fields of a container spec these rules read (container_spec.ts calls them while validating). */
export interface ImageSpec {
  kind: string;
  image: string;
  cmd: readonly string[];
}

/**
 * What a profile must not ship, as `[field, message]` pairs: unpinned Wyoming images (`latest` changed
 * under us once: wyoming-piper 2.4.0 added the web UI), wyoming-piper's web UI open beyond loopback, and
 * NVIDIA's vLLM images without `vllm serve` at the start of the command.
 */
export function findImageProblems(spec: ImageSpec): Array<["image" | "cmd", string]> {
  const { repository, tag } = parseImageReference(spec.image);
  const problems: Array<["image" | "cmd", string]> = [];
  if (spec.kind === "wyoming" && (tag === undefined || tag === "latest")) {
    problems.push(["image", `Pin the image tag (e.g. ${repository}:<version>): "latest" changes under you`]);
  }
  const piperVersion = tag?.replace(/^v/, "");
  const servesWebUi = repository.endsWith("rhasspy/wyoming-piper") &&
    (piperVersion === undefined || !/^\d/.test(piperVersion) ||
      compareReleases(piperVersion, WYOMING_PIPER_WEB_UI_SINCE) >= 0);
  if (servesWebUi && !hasLoopbackWebUi(spec.cmd)) {
    problems.push([
      "cmd",
      "wyoming-piper's image starts an unauthenticated web UI on 0.0.0.0:5000 (docker_run.sh " +
      "--web-server --web-server-host 0.0.0.0): add --web-server-host 127.0.0.1 to the command",
    ]);
  }
  if (spec.kind === "vllm" && NVIDIA_VLLM_IMAGE.test(repository) && !startsWithVllmServe(spec.cmd)) {
    problems.push([
      "cmd",
      `${repository} has no "vllm serve" entrypoint: start the command with vllm, serve`,
    ]);
  }
  return problems;
}

/** The last `--web-server-host` wins (argparse), so the command's value overrides docker_run.sh's. */
function hasLoopbackWebUi(cmd: readonly string[]): boolean {
  let host: string | undefined;
  cmd.forEach((arg, i) => {
    if (arg === "--web-server-host") host = cmd[i + 1];
    else if (arg.startsWith("--web-server-host=")) host = arg.slice("--web-server-host=".length);
  });
  return host === "127.0.0.1" || host === "localhost" || host === "::1";
}

/** Whether a vLLM command names the server itself (NVIDIA's images) rather than only the model. */
export function startsWithVllmServe(cmd: readonly string[]): boolean {
  return cmd[0] === "vllm" && cmd[1] === "serve";
}
