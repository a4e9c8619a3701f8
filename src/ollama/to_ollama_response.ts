import { ApiError } from "../api_error.ts";
import type { ChatAnswer } from "../chat/chat_answer.ts";
import { readAnswerEvents, readResponseEvents } from "./read_answer_events.ts";
import { type OllamaAnswerOptions, toOllamaJson, toOllamaNdjson } from "./to_ollama_answer.ts";

/** The headers an answer keeps through the translation: the request id and the routing decision. */
export function toKeptHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries(
    [...headers].filter(([name]) => name.startsWith("x-ai-router-") || name === "x-request-id"),
  );
}

/** An answer that is an error (an upstream's own 4xx passed through) as the `ApiError` to answer with. */
async function toAnswerError(answer: Response): Promise<ApiError> {
  const text = await answer.text();
  let message = text;
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string };
    message = typeof body.error === "string" ? body.error : body.error?.message ?? text;
  } catch {
    // Not JSON: the text itself is the message.
  }
  return new ApiError(answer.status, message || `Upstream answered ${answer.status}`);
}

/**
 * The chat pipeline's typed answer, or a completions twin's HTTP answer, as Ollama's: NDJSON when `stream`,
 * else one JSON object; the routing headers stay.
 */
export async function toOllamaResponse(
  answer: ChatAnswer | Response,
  options: OllamaAnswerOptions & { stream: boolean },
): Promise<Response> {
  if (answer instanceof Response && !answer.ok) throw await toAnswerError(answer);
  const headers = answer instanceof Response ? toKeptHeaders(answer.headers) : answer.headers;
  const reader = answer instanceof Response ? readResponseEvents(answer) : readAnswerEvents(answer);
  if (!options.stream) {
    const json = await toOllamaJson(reader, options);
    return Response.json(json, { headers });
  }
  return new Response(toOllamaNdjson(reader, options), {
    headers: { ...headers, "content-type": "application/x-ndjson" },
  });
}
