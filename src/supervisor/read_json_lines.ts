/**
 * Reads a stream of JSON values, one per line (Docker's `/events`, a Kubernetes watch), calling `onValue` for
 * each, until the stream ends or `signal` aborts. An error `onValue` throws ends the read and is rethrown.
 */
export async function readJsonLines(
  body: ReadableStream<Uint8Array>,
  options: { onValue: (value: unknown) => void; signal: AbortSignal },
): Promise<void> {
  const { onValue, signal } = options;
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
        if (line) onValue(JSON.parse(line));
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    signal.removeEventListener("abort", cancel);
    reader.releaseLock();
  }
}
