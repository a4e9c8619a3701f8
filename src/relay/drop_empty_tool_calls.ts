import type { SseEventRewrite } from "./map_sse_events.ts";
import type { UpstreamJson } from "./read_upstream_json.ts";

/**
 * An empty `tool_calls` member with its separating comma. It is cut from the text rather than re-serialised,
 * so every other byte stays as the upstream sent it. The match cannot lie inside a string: its quote follows
 * `{`, `,` or whitespace, so it is unescaped, and a closing quote followed by `tool_calls"` is not JSON.
 */
const EMPTY_TOOL_CALLS = /,\s*"tool_calls"\s*:\s*\[\s*\]|(?<=\{\s*)"tool_calls"\s*:\s*\[\s*\]\s*,?\s*/g;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The JSON text without any empty `tool_calls` member. */
export function toTextWithoutEmptyToolCalls(text: string): string {
  return text.replace(EMPTY_TOOL_CALLS, "");
}

type Completion = { choices?: Array<{ message?: Record<string, unknown> }> };

/**
 * A chat completion without `message.tool_calls: []`: vLLM sends the empty list on plain answers, and
 * client loops that test `tool_calls is not None` (vllm-project/vllm#44104) or `if (message.tool_calls)`
 * then index into it. OpenAI leaves the field out. The answer is returned as it came when there is none.
 */
export function dropEmptyToolCalls(answer: UpstreamJson): UpstreamJson {
  const messages = ((answer.json as Completion).choices ?? []).map((choice) => choice.message);
  const emptied = messages.filter((m) => Array.isArray(m?.tool_calls) && m.tool_calls.length === 0);
  if (emptied.length === 0) return answer;
  for (const message of emptied) delete message?.tool_calls;
  return {
    json: answer.json,
    bytes: encoder.encode(toTextWithoutEmptyToolCalls(decoder.decode(answer.bytes))),
  };
}

/**
 * The same for stream chunks, as a rewrite of one SSE event: some vLLM tool parsers build text deltas with
 * `tool_calls=[]` set (vllm-project/vllm-ascend#10377), which the chunk then carries.
 */
export const dropEmptyToolCallsEvent: SseEventRewrite = Object.assign(
  (event: string) => toTextWithoutEmptyToolCalls(event),
  // Most chunks have no tool_calls at all and pass without being decoded.
  { onlyWith: '"tool_calls"' },
);
