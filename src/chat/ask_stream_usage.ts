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
 * Removes the usage-only chunk the router asked for on the client's behalf from a relayed stream, as a rewrite
 * of one SSE event for `mapSseEvents`: undefined for that event, every other unchanged. The session log still
 * reads the usage (it sees the chunks before this).
 */
export function dropUsageEvent(event: string): string | undefined {
  return isUsageOnlyEvent(event) ? undefined : event;
}
