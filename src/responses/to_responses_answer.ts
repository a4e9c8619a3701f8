import type { ChatAnswer } from "../chat/chat_answer.ts";
import { toSseResponse } from "../relay/relay_answer.ts";
import { toResponseFromChat } from "./chat_to_response.ts";
import type { ResponsesTurn } from "./prepare_responses_turn.ts";
import { toResponseEvents } from "./to_response_events.ts";

/**
 * The response half of the Responses translator: the chat pipeline's typed answer as a Responses answer, a
 * `Response` object or typed stream events, with the routing headers, kept for the next turn (`turn.keep`)
 * once it is complete.
 */
export async function toResponsesAnswer(answer: ChatAnswer, turn: ResponsesTurn): Promise<Response> {
  const { meta, keep } = turn;
  if (answer.kind === "json") {
    const response = toResponseFromChat(meta, answer.completion);
    await keep(response);
    return Response.json(response, { headers: answer.headers });
  }
  const events = toResponseEvents(answer.events(), { meta, onEnd: (response) => response && keep(response) });
  return toSseResponse(events, answer.headers);
}
