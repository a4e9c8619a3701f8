/**
 * The answer shape of `POST /v1/fim/completions` (Mistral's fill-in-the-middle API, which Continue calls for
 * providers with `supportsFim`): chat-completion objects and chunks carrying the middle as
 * `message.content` / `delta.content`. Continue reads `chunk.choices[0].delta.content` from every streamed
 * chunk (continuedev/continue `core/llm/llms/OpenAI.ts` `_streamFim` at 0069b94), so a chunk without a choice
 * (a usage-only chunk) is never sent unless the client asked for usage.
 */
import type { SseEventRewrite } from "../relay/map_sse_events.ts";

type Json = Record<string, unknown>;
type TextChoice = { index?: number; text?: string; "finish_reason"?: string | null };

/** A legacy completion (`text_completion`) as a chat completion: the text becomes the assistant's message. */
export function toFimCompletion(json: Json): void {
  const choices = (json.choices as TextChoice[] | undefined) ?? [];
  json.object = "chat.completion";
  json.choices = choices.map((choice, index) => ({
    index: choice.index ?? index,
    message: { role: "assistant", content: choice.text ?? "" },
    "finish_reason": choice.finish_reason ?? null,
  }));
}

/** Each streamed legacy chunk as a chat chunk (`delta.content`); usage-only chunks and `[DONE]` unchanged. */
export const toFimChunk: SseEventRewrite = (event) => {
  if (!event.startsWith("data: ") || event === "data: [DONE]") return event;
  let chunk: Json;
  try {
    chunk = JSON.parse(event.slice(6)) as Json;
  } catch {
    return event;
  }
  const choices = chunk.choices as TextChoice[] | undefined;
  if (!Array.isArray(choices) || choices.length === 0) return event;
  chunk.object = "chat.completion.chunk";
  chunk.choices = choices.map((choice, index) => ({
    index: choice.index ?? index,
    delta: { content: choice.text ?? "" },
    "finish_reason": choice.finish_reason ?? null,
  }));
  return `data: ${JSON.stringify(chunk)}`;
};
