import { notFound } from "../api_error.ts";
import type { Logger } from "../logger.ts";
import { createResponseId, type ResponseMeta } from "./chat_to_response.ts";
import type { ChatRequest } from "../chat/chat_request.ts";
import { collectItemReferences } from "./collect_item_references.ts";
import type { ResponseStore } from "./response_store.ts";
import type { ResponsesRequest } from "./responses_request.ts";
import { toChatMessages, toChatRequest } from "./responses_to_chat.ts";

type Json = Record<string, unknown>;

/** One Responses request made ready for the chat pipeline, and how to keep its answer. */
export interface ResponsesTurn {
  /** The chat request; the edge validates it with the chat schema, like one sent to the chat endpoint. */
  chat: ChatRequest;
  /** `ENRICH` when the request asked for web search. */
  label?: string;
  meta: ResponseMeta;
  /** Stores the finished response with the conversation so far, unless `store` is false; never throws. */
  keep: (response: Json) => Promise<void>;
}

/** Options for {@linkcode prepareResponsesTurn}. */
export interface ResponsesTurnOptions {
  store: ResponseStore;
  /** The member making the request: only their stored responses and items are found. */
  owner: string;
  /** The `model` of the answer when the request names none. */
  publicModel: string;
  logger: Logger;
}

/**
 * The request half of the Responses translator. Loads what a Responses request refers to (the `previous_response_id` conversation, `item_reference` items;
 * a missing or foreign previous response is a 404), translates it into a chat request, and prepares keeping
 * the answer for the next turn.
 */
export async function prepareResponsesTurn(
  request: ResponsesRequest,
  options: ResponsesTurnOptions,
): Promise<ResponsesTurn> {
  const { store, owner, logger } = options;
  const previousId = request.previous_response_id;
  const previous = previousId ? await store.get(previousId, owner) : undefined;
  if (previousId && !previous) {
    throw notFound(`Previous response with id "${previousId}" not found`, {
      code: "not_found",
      param: "previous_response_id",
    });
  }
  const items = await collectItemReferences(request.input, (id) => store.findItem(id, owner));
  const history = previous?.conversation ?? [];
  const translated = toChatRequest(request, { history, findItem: (id) => items.get(id) });
  const meta: ResponseMeta = {
    id: createResponseId(),
    createdAt: Math.floor(Date.now() / 1000),
    model: request.model ?? options.publicModel,
    request,
  };
  const keep = async (response: Json) => {
    if (request.store === false) return;
    const answered = (response.output as Json[]).filter((item) => item.type !== "reasoning");
    const conversation = [...history, ...translated.inputMessages, ...toChatMessages(answered)];
    await store.put({ owner, response, conversation }).catch((error) =>
      logger.warn("Response not stored", { id: meta.id, error: String(error) })
    );
  };
  return { chat: translated.chat, ...(translated.label ? { label: translated.label } : {}), meta, keep };
}
