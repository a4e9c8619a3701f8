import { toResponseFromChat } from "./chat_to_response.ts";
import type { ResponsesTurn } from "./prepare_responses_turn.ts";
import { readChatAnswerEvents } from "./read_chat_answer_events.ts";
import { toResponseEvents } from "./to_response_events.ts";

/** The routing headers of the chat answer, kept on the translated one. */
function toRouterHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => name.startsWith("x-ai-router-")));
}

/**
 * The response half of the Responses translator: the chat pipeline's answer as a Responses answer, a
 * `Response` object or typed stream events, kept for the next turn (`turn.keep`) once it is complete.
 */
export async function toResponsesAnswer(chat: Response, turn: ResponsesTurn): Promise<Response> {
  const { meta, keep } = turn;
  if (turn.chat.stream !== true) {
    const response = toResponseFromChat(meta, await chat.json());
    await keep(response);
    return Response.json(response, { headers: toRouterHeaders(chat.headers) });
  }
  const events = toResponseEvents(readChatAnswerEvents(chat.body as ReadableStream<Uint8Array>), {
    meta,
    onEnd: (response) => response && keep(response),
  });
  return new Response(events, { headers: chat.headers });
}
