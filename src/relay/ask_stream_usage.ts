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
