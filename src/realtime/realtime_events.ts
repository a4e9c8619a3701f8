/**
 * The Realtime API's wire events, typed by the official client (`openai` npm, `resources/realtime/realtime`):
 * every event this translator sends is checked against `RealtimeServerEvent` at compile time, so a field the
 * client does not declare, or a missing one, is a type error here rather than a surprise in an app.
 */
import type {
  ConversationItem,
  RealtimeClientEvent,
  RealtimeError,
  RealtimeServerEvent,
} from "openai/resources/realtime/realtime";

export type {
  ConversationItem,
  RealtimeClientEvent,
  RealtimeResponse,
  RealtimeServerEvent,
  RealtimeSessionCreateRequest,
} from "openai/resources/realtime/realtime";

/** A server event before its `event_id` is stamped. */
export type OutgoingEvent = RealtimeServerEvent extends infer E
  ? E extends { event_id: string } ? Omit<E, "event_id">
  : never
  : never;

/** Where a session's events go (the WebSocket, or a test's list). */
export type SendEvent = (event: OutgoingEvent) => void;

/** Ids shaped like the API's (`event_…`, `item_…`, `resp_…`, `call_…`), unique within the process. */
export function newId(prefix: "event" | "item" | "resp" | "call" | "sess" | "conv"): string {
  return `${prefix}_${crypto.randomUUID().replaceAll("-", "").slice(0, 22)}`;
}

/** The `error` event's body; `eventId` names the client event it answers. */
export function toErrorEvent(
  message: string,
  options: { code: string; type?: string; param?: string; eventId?: string | undefined },
): OutgoingEvent {
  const error: RealtimeError = {
    type: options.type ?? "invalid_request_error",
    code: options.code,
    message,
    param: options.param ?? null,
    "event_id": options.eventId ?? null,
  };
  return { type: "error", error };
}

/** A client event's `type` and `event_id`, read without trusting the rest of it. */
export function readEnvelope(data: unknown): { type: string; eventId: string | undefined } | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const { type, event_id: eventId } = data as { type?: unknown; event_id?: unknown };
  if (typeof type !== "string") return undefined;
  return { type, eventId: typeof eventId === "string" ? eventId : undefined };
}

/** The client event of a known type; its fields are validated where they are used. */
export type ClientEventOf<T extends RealtimeClientEvent["type"]> = Extract<RealtimeClientEvent, { type: T }>;

/** Narrows a conversation item to the kinds a chat request can carry. */
export type ChatItem = Extract<
  ConversationItem,
  { type: "message" | "function_call" | "function_call_output" }
>;
