import { toReportedCostUsd } from "./read_sse_summary.ts";

/** The text, token counts and end reason of a non-streaming answer, whichever API gave it. */
export interface ContextAnswer {
  text: string;
  tokens: { prompt: number; completion: number } | null;
  finishReason: string | null;
  /** The charge the upstream reported (xAI `usage.cost_in_usd_ticks`), in US dollars. */
  costUsd: number | null;
}

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json => (typeof value === "object" && value !== null ? value as Json : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads a Responses API answer (`output[]` items; the text is in the `output_text` parts of `message`
 * items, tool calls such as `web_search_call` sit beside them) or a chat completion (`choices[0]`).
 */
export function readContextAnswer(json: unknown): ContextAnswer {
  const body = asRecord(json);
  const usage = asRecord(body.usage);
  if (Array.isArray(body.output)) {
    const text = body.output
      .map(asRecord)
      .filter((item) => item.type === "message")
      .flatMap((item) => asArray(item.content).map(asRecord))
      .filter((part) => part.type === "output_text" && typeof part.text === "string")
      .map((part) => part.text as string)
      .join("");
    return {
      text: text.trim(),
      tokens: body.usage
        ? { prompt: Number(usage["input_tokens"] ?? 0), completion: Number(usage["output_tokens"] ?? 0) }
        : null,
      finishReason: typeof body.status === "string" ? body.status : null,
      costUsd: toReportedCostUsd(body.usage),
    };
  }
  const choice = asRecord(asArray(body.choices)[0]);
  const content = asRecord(choice.message).content;
  return {
    text: typeof content === "string" ? content.trim() : "",
    tokens: body.usage
      ? { prompt: Number(usage["prompt_tokens"] ?? 0), completion: Number(usage["completion_tokens"] ?? 0) }
      : null,
    finishReason: typeof choice["finish_reason"] === "string" ? choice["finish_reason"] : null,
    costUsd: toReportedCostUsd(body.usage),
  };
}
