/**
 * A client's length cap on an answer the upstream was allowed to make longer: the cloud gets
 * `cloudMaxTokensFloor` so a reasoning model has room to think (xAI reports reasoning tokens apart from
 * `completion_tokens`), and the router ends the visible answer at the client's cap itself, with
 * `finish_reason: "length"`, as OpenAI's contract for `max_tokens`/`max_completion_tokens` says.
 */
import type { SseEventRewrite } from "./map_sse_events.ts";

type Json = Record<string, unknown>;
type Choice = { delta?: Json; message?: Json; "finish_reason"?: string | null };

/** Characters per token when nothing better is known (the usual estimate for English text). */
const CHARS_PER_TOKEN = 4;

function parseData(event: string): Json | undefined {
  if (!event.startsWith("data: ") || event === "data: [DONE]") return undefined;
  try {
    return JSON.parse(event.slice(6)) as Json;
  } catch {
    return undefined;
  }
}

/**
 * A stream rewrite that lets `cap` content chunks through (OpenAI-compatible servers stream one token per
 * chunk, so chunks count tokens), marks the one that reaches the cap `finish_reason: "length"`, and drops the
 * content and finish chunks after it. The usage chunk and `[DONE]` still pass, the usage's
 * `completion_tokens` set to what the client got.
 */
export function createVisibleTokenCap(cap: number): SseEventRewrite {
  let sent = 0;
  let ended = false;
  return (event) => {
    const chunk = parseData(event);
    const choices = chunk?.choices as Choice[] | undefined;
    if (!chunk || !Array.isArray(choices)) return event;
    const usage = chunk.usage as Json | undefined;
    if (choices.length === 0) {
      if (ended && usage) usage.completion_tokens = sent;
      return ended && usage ? `data: ${JSON.stringify(chunk)}` : event;
    }
    if (ended) return undefined;
    const choice = choices[0] as Choice;
    const content = choice.delta?.content;
    if (typeof content !== "string" || content === "") return event;
    sent += 1;
    if (sent < cap) return event;
    ended = true;
    choice.finish_reason = "length";
    return `data: ${JSON.stringify(chunk)}`;
  };
}

/**
 * Cuts a whole completion's visible answer to `cap` tokens: by the upstream's own count of visible tokens
 * (`usage.completion_tokens`) when it reports one, else by the usual four characters per token; the cut falls
 * on a word boundary, `finish_reason` becomes `length` and the usage says what the client got.
 */
export function capCompletion(json: Json, cap: number): Json {
  const choice = (json.choices as Choice[] | undefined)?.[0];
  const content = choice?.message?.content;
  if (!choice || typeof content !== "string") return json;
  const usage = json.usage as Json | undefined;
  const reported = typeof usage?.completion_tokens === "number" ? usage.completion_tokens : undefined;
  const tokens = reported ?? Math.ceil(content.length / CHARS_PER_TOKEN);
  if (tokens <= cap) return json;
  const keep = Math.floor(content.length * cap / tokens);
  const boundary = content.lastIndexOf(" ", keep);
  (choice.message as Json).content = content.slice(0, boundary > 0 ? boundary : keep);
  choice.finish_reason = "length";
  if (usage && reported !== undefined) {
    usage.completion_tokens = cap;
    if (typeof usage.prompt_tokens === "number") usage.total_tokens = usage.prompt_tokens + cap;
  }
  return json;
}
