import { compareReleases, parseImageReference } from "./find_image_problems.ts";

/**
 * The oldest driver each CUDA major.minor runs on, from NVIDIA's CUDA Toolkit release notes (table 3,
 * "CUDA Toolkit and Corresponding Driver Versions", GA drivers): CUDA 13 images need 580 or newer.
 */
const MIN_DRIVER_FOR_CUDA: Array<[cuda: string, driver: string]> = [
  ["13.0", "580.65.06"],
  ["12.9", "575.51.03"],
  ["12.8", "570.26"],
  ["12.6", "560.28.03"],
  ["12.4", "550.54.14"],
];

/** The driver a CUDA version needs (the nearest listed version at or below it). */
export function toMinimumDriver(cudaVersion: string): string | undefined {
  return MIN_DRIVER_FOR_CUDA.find(([cuda]) => compareReleases(cudaVersion, cuda) >= 0)?.[1];
}

/**
 * The vLLM image for a driver older than CUDA 13 needs (undefined: keep `image`): vllm/vllm-openai's releases
 * come as `vX.Y.Z` (CUDA 13.0) and `vX.Y.Z-cu129` (CUDA 12.9), vllm-project/vllm .buildkite/scripts (the
 * release image publishing). Without a known driver, the CUDA 12.9 variant of a CUDA 13 image.
 */
export function chooseVllmImage(image: string, driverVersion?: string): string | undefined {
  const { repository, tag } = parseImageReference(image);
  if (repository !== "vllm/vllm-openai" || !tag || tag.includes("cu129")) return undefined;
  if (driverVersion !== undefined && compareReleases(driverVersion, "580.65.06") >= 0) return undefined;
  return `${repository}:${tag.replace(/-cu130$/, "")}-cu129`;
}

/**
 * Adds the fix to a container start refused by the NVIDIA hook for an old driver (libnvidia-container:
 * "requirement error: unsatisfied condition: cuda>=13.0, please update your driver to a newer version, or
 * use an earlier cuda container").
 */
export function explainStartError(message: string, { name, image }: { name: string; image: string }): string {
  const cuda = message.match(/unsatisfied condition: cuda>=(\d+\.\d+)/)?.[1];
  if (!cuda) return message;
  const driver = toMinimumDriver(cuda) ?? "a newer one";
  const other = chooseVllmImage(image);
  const fix = other ? `set containers.${name}.image to ${other}, or upgrade` : "upgrade";
  return `${message} (the image needs CUDA ${cuda}, NVIDIA driver ${driver} or newer: ${fix} the driver)`;
}
