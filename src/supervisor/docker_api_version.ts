import { EngineError } from "./container_runtime.ts";

/** The newest API version this client speaks; it only sends fields that already exist at 1.41. */
export const CLIENT_MAX_API_VERSION = "1.52";
/** Debian 12's dockerd 20.10 tops out here; Docker 29 refuses anything below 1.44. */
export const CLIENT_MIN_API_VERSION = "1.41";

/** Compares dotted versions numerically (`1.9` < `1.41`). */
export function compareApiVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Picks `min(client max, server)` and checks it against the engine's minimum and ours (docs/decisions.md, "Container engines"). */
export function negotiateApiVersion(serverVersion: string, serverMinimum = "1.12"): string {
  const chosen = compareApiVersions(serverVersion, CLIENT_MAX_API_VERSION) < 0
    ? serverVersion
    : CLIENT_MAX_API_VERSION;
  if (
    compareApiVersions(chosen, CLIENT_MIN_API_VERSION) < 0 || compareApiVersions(chosen, serverMinimum) < 0
  ) {
    throw new EngineError(
      "too-old",
      400,
      `Cannot use the container engine: it speaks API ${serverMinimum}–${serverVersion}, the router ${CLIENT_MIN_API_VERSION}–${CLIENT_MAX_API_VERSION}`,
    );
  }
  return chosen;
}
