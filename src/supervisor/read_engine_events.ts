import type { EngineEvent } from "./container_runtime.ts";

/** Reads the NDJSON `/events` stream, calling `onEvent` per container event, until it ends or `signal` aborts. */
export async function readEngineEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: EngineEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const cancel = () => reader.cancel().catch(() => {});
  signal.addEventListener("abort", cancel, { once: true });
  let buffer = "";
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += value;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        const raw = JSON.parse(line);
        onEvent({
          // Podman's health action is plain `health_status`, dockerd's `health_status: healthy` (INFRA.md §1.5).
          action: String(raw.Action ?? raw.status ?? ""),
          id: String(raw.Actor?.ID ?? raw.id ?? ""),
          labels: raw.Actor?.Attributes ?? {},
        });
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    signal.removeEventListener("abort", cancel);
    reader.releaseLock();
  }
}
