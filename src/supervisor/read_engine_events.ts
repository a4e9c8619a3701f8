import type { EngineEvent } from "./container_runtime.ts";
import { readJsonLines } from "./read_json_lines.ts";

/** Reads the NDJSON `/events` stream, calling `onEvent` per container event, until it ends or `signal` aborts. */
export async function readEngineEvents(
  body: ReadableStream<Uint8Array>,
  { onEvent, signal }: { onEvent: (event: EngineEvent) => void; signal: AbortSignal },
): Promise<void> {
  const onValue = (value: unknown) => {
    const raw = value as {
      Action?: unknown;
      status?: unknown;
      Actor?: { ID?: unknown; Attributes?: Record<string, string> };
      id?: unknown;
    };
    onEvent({
      // Podman's health action is plain `health_status`, dockerd's `health_status: healthy` (docs/decisions.md, "Container engines").
      action: String(raw.Action ?? raw.status ?? ""),
      id: String(raw.Actor?.ID ?? raw.id ?? ""),
      labels: raw.Actor?.Attributes ?? {},
    });
  };
  await readJsonLines(body, { onValue, signal });
}
