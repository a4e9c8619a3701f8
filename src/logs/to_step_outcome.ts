import type { UpstreamResponse } from "../backends/backend.ts";
import type { AnswerResult } from "../relay/relay_answer.ts";
import { readSseSummary, toReportedCostUsd, toTokenCounts } from "../relay/read_sse_summary.ts";
import type { StepOutcome } from "./session_recorder.ts";

/**
 * What a finished answer tells its session log step: content (chat `message.content` or legacy `text`),
 * tokens, finish reason, and the time to the first token counted from sending the request.
 */
export function toStepOutcome(upstream: UpstreamResponse, result: AnswerResult): StepOutcome {
  const summary = result.chunks ? readSseSummary(result.chunks) : undefined;
  const choice = (result.json?.choices as
    | Array<{ message?: { content?: unknown }; text?: unknown; "finish_reason"?: string }>
    | undefined)?.[0];
  const whole = choice?.message?.content ?? choice?.text;
  return {
    url: upstream.url,
    status: upstream.response.status,
    content: summary?.content ?? (typeof whole === "string" ? whole : ""),
    tokens: summary?.usage ?? toTokenCounts(result.json?.usage as Parameters<typeof toTokenCounts>[0]),
    finishReason: summary?.finishReason ?? choice?.finish_reason ?? null,
    costUsd: summary ? summary.costUsd : toReportedCostUsd(result.json?.usage),
    ttftMs: result.ttftMs === undefined ? null : upstream.headersMs + result.ttftMs,
  };
}
