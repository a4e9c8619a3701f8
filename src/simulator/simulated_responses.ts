/**
 * The simulator's Responses API (`POST /v1/responses`, non-streaming), as the router's ENRICH hop uses it
 * against xAI with server-side search tools: the request is answered like a chat completion, then
 * reshaped into `output[]` items. A request that names search tools gets one completed
 * `web_search_call` item before the message, as xAI reports the searches it ran.
 */

type Json = Record<string, unknown>;

/** The chat-completions body the simulator generates from; the Responses fields stay for the record. */
export function toChatBodyFromResponses(body: Json): Json {
  const input = body.input;
  const messages = typeof input === "string" ? [{ role: "user", content: input }] : input;
  return { ...body, messages, "max_tokens": body["max_output_tokens"], stream: false };
}

/** A chat completion reshaped as a Responses API answer. */
export function toResponsesAnswer(body: Json, completion: Json, id: string): Json {
  const choice = (completion.choices as Json[] | undefined)?.[0] ?? {};
  const text = String((choice.message as Json | undefined)?.content ?? "");
  const usage = (completion.usage ?? {}) as Json;
  const searched = Array.isArray(body.tools) && body.tools.length > 0;
  return {
    id,
    object: "response",
    "created_at": completion.created,
    model: completion.model,
    status: choice["finish_reason"] === "length" ? "incomplete" : "completed",
    output: [
      ...(searched ? [{ id: `ws_${id}`, type: "web_search_call", status: "completed" }] : []),
      {
        id: `msg_${id}`,
        type: "message",
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ],
    usage: {
      "input_tokens": usage["prompt_tokens"] ?? 0,
      "output_tokens": usage["completion_tokens"] ?? 0,
      "total_tokens": usage["total_tokens"] ?? 0,
      // xAI reports the charge in the Responses API usage too (docs.x.ai developers/cost-tracking).
      ...("cost_in_usd_ticks" in usage ? { "cost_in_usd_ticks": usage["cost_in_usd_ticks"] } : {}),
    },
  };
}
