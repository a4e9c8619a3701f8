const encoder = new TextEncoder();

/**
 * `stream_options` that always ask the upstream for the usage chunk: vLLM and xAI send usage in a
 * stream only when `stream_options.include_usage` is true (vllm-project/vllm
 * vllm/entrypoints/openai/chat_completion/serving.py), and token limits and budgets need it for every
 * streamed request. Returns undefined for a request that does not stream.
 */
export function toUpstreamStreamOptions(
  request: {
    stream?: boolean | null | undefined;
    "stream_options"?: Record<string, unknown> | null | undefined;
  },
): Record<string, unknown> | undefined {
  if (request.stream !== true) return undefined;
  return { ...request.stream_options, "include_usage": true };
}

/** True when the client itself asked for the usage chunk, so it is relayed. */
export function wantsStreamUsage(
  request: { "stream_options"?: { "include_usage"?: boolean | undefined } | null | undefined },
): boolean {
  return request.stream_options?.include_usage === true;
}

/** The usage-only chunk (`choices: []` plus `usage`) that a client which did not ask for it must not get. */
function isUsageOnlyEvent(event: string): boolean {
  if (!event.startsWith("data: ") || !event.includes('"usage"')) return false;
  try {
    const chunk = JSON.parse(event.slice(6)) as { choices?: unknown; usage?: unknown };
    return Array.isArray(chunk.choices) && chunk.choices.length === 0 && chunk.usage != null;
  } catch {
    return false;
  }
}

/**
 * Removes the usage-only chunk the router asked for on the client's behalf from the relayed stream; every
 * other event passes unchanged, split on blank lines across chunk boundaries, one output chunk per input
 * chunk so the pacing is kept. The session log still reads the usage (it sees the chunks before this).
 */
export function dropUsageChunk(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  let pending = "";
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>(
      {
        transform(bytes, controller) {
          pending += decoder.decode(bytes, { stream: true });
          const events = pending.split("\n\n");
          pending = events.pop() ?? "";
          const kept = events.filter((event) => !isUsageOnlyEvent(event));
          if (kept.length > 0) controller.enqueue(encoder.encode(kept.join("\n\n") + "\n\n"));
        },
        flush(controller) {
          if (pending !== "" && !isUsageOnlyEvent(pending)) controller.enqueue(encoder.encode(pending));
        },
      },
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
}
