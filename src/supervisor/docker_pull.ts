import { EngineError, toEngineErrorKind } from "./container_runtime.ts";

/** `POST /images/create`'s query: `fromImage` and `tag` apart, except for a digest or an untagged name. */
export function toPullQuery(reference: string): Record<string, string> {
  const at = reference.lastIndexOf(":");
  const tagged = at > reference.lastIndexOf("/") && !reference.includes("@");
  return tagged
    ? { fromImage: reference.slice(0, at), tag: reference.slice(at + 1) }
    : { fromImage: reference };
}

/** A failed pull, as "offline" when the registry could not be reached, else "other". */
export function toPullError(reference: string, detail: string): EngineError {
  const kind = toEngineErrorKind(500, detail);
  const hint = kind === "offline" ? " (the registry is unreachable: is the machine offline?)" : "";
  return new EngineError(
    kind === "offline" ? "offline" : "other",
    500,
    `Cannot pull image "${reference}": ${detail}${hint}`,
  );
}

/**
 * Throws the first failure of a pull's NDJSON progress: Podman answers 200 and reports the failure in a line
 * (docs/decisions.md, "Container engines").
 */
export function throwOnPullFailure(reference: string, ndjson: string): void {
  for (const line of ndjson.split("\n")) {
    if (!line.trim()) continue;
    const event = JSON.parse(line);
    if (event.error || event.errorDetail) {
      throw toPullError(reference, event.error ?? event.errorDetail.message);
    }
  }
}
