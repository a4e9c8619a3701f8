/** Tokens of one upstream call; `cached` is the part of the prompt served from the upstream's prompt cache. */
export interface TokenCounts {
  prompt: number;
  completion: number;
  cached?: number;
}

/** What a finished chat stream said, read back from its SSE chunks for logs and metrics. */
export interface StreamSummary {
  content: string;
  reasoning: string;
  finishReason: string | null;
  usage: TokenCounts | null;
  /** The charge the upstream reported itself (xAI), in US dollars; null when it reported none. */
  costUsd: number | null;
}

const decoder = new TextDecoder();

interface ChunkShape {
  choices?: Array<
    {
      delta?: { content?: unknown; reasoning?: unknown; "reasoning_content"?: unknown };
      text?: unknown;
      "finish_reason"?: unknown;
    }
  >;
  usage?: {
    "prompt_tokens"?: number;
    "completion_tokens"?: number;
    "cost_in_usd_ticks"?: number;
    "prompt_tokens_details"?: { "cached_tokens"?: number } | null;
  } | null;
}

/**
 * The charge in a usage object (chat completion, stream usage chunk or Responses API), in US dollars: xAI
 * reports it as `cost_in_usd_ticks`, 1 USD = 10^10 ticks, search tool calls and cache discounts included
 * (docs.x.ai developers/cost-tracking). Null when the upstream reports no charge.
 */
export function toReportedCostUsd(usage: unknown): number | null {
  const ticks = (usage as { "cost_in_usd_ticks"?: unknown } | null | undefined)?.cost_in_usd_ticks;
  return typeof ticks === "number" && Number.isFinite(ticks) && ticks >= 0 ? ticks / 1e10 : null;
}

/** Reads the usage object of a chat completion or chunk, as `{prompt, completion}`. */
export function toTokenCounts(usage: ChunkShape["usage"]): StreamSummary["usage"] {
  if (!usage || typeof usage.prompt_tokens !== "number") return null;
  // xAI and OpenAI report the cached part of the prompt in `prompt_tokens_details.cached_tokens`
  // (docs.x.ai developers/advanced-api-usage/prompt-caching/usage-and-pricing).
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    prompt: usage.prompt_tokens,
    completion: usage.completion_tokens ?? 0,
    ...(typeof cached === "number" && cached > 0 ? { cached } : {}),
  };
}

/**
 * The message of an upstream's `data: {"error": …}` event among the last chunks of a stream that otherwise
 * ended cleanly: vLLM reports a failure during generation that way and still ends with `data: [DONE]`
 * (vllm-project/vllm chat_completion/serving.py, the stream generator's `except`). Only the tail is read:
 * nothing follows the error event but `[DONE]`.
 */
export function findStreamError(chunks: readonly Uint8Array[]): string | null {
  const tail = chunks.slice(-3).map((chunk) => decoder.decode(chunk)).join("");
  const at = tail.lastIndexOf('data: {"error"');
  if (at === -1) return null;
  const line = tail.slice(at + 6).split("\n")[0] ?? "";
  try {
    const error = (JSON.parse(line) as { error?: { message?: unknown } | string }).error;
    const message = typeof error === "string" ? error : error?.message;
    return typeof message === "string" ? message : "the upstream sent an error event";
  } catch {
    return "the upstream sent an error event";
  }
}

/** Parses relayed SSE bytes (after the stream ended, off the hot path) into text, finish reason and usage. */
export function readSseSummary(chunks: readonly Uint8Array[]): StreamSummary {
  const summary: StreamSummary = {
    content: "",
    reasoning: "",
    finishReason: null,
    usage: null,
    costUsd: null,
  };
  const text = chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join("") + decoder.decode();
  for (const line of text.split("\n")) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice(5).trim();
    if (data === "" || data === "[DONE]") continue;
    let chunk: ChunkShape;
    try {
      chunk = JSON.parse(data);
    } catch {
      continue;
    }
    const choice = chunk.choices?.[0];
    const delta = choice?.delta;
    if (typeof delta?.content === "string") summary.content += delta.content;
    if (typeof choice?.text === "string") summary.content += choice.text;
    const reasoning = delta?.reasoning ?? delta?.reasoning_content;
    if (typeof reasoning === "string") summary.reasoning += reasoning;
    if (typeof choice?.finish_reason === "string") summary.finishReason = choice.finish_reason;
    summary.usage = toTokenCounts(chunk.usage) ?? summary.usage;
    summary.costUsd = toReportedCostUsd(chunk.usage) ?? summary.costUsd;
  }
  return summary;
}
