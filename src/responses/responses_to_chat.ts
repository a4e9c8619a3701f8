import { invalidRequest } from "../api_error.ts";
import type { ChatMessage, ChatRequest } from "../chat/chat_request.ts";
import type { ResponsesRequest } from "./responses_request.ts";
import { toChatToolChoice, toChatTools, toResponseFormat } from "./responses_tools_to_chat.ts";

type Json = Record<string, unknown>;

/** What a Responses request becomes for the chat pipeline. */
export interface TranslatedRequest {
  chat: ChatRequest;
  /** The input as chat messages (without instructions), kept for `previous_response_id`. */
  inputMessages: ChatMessage[];
  /** `ENRICH` when the request asked for web search. */
  label?: string;
}

/** Options for {@linkcode toChatRequest}. */
export interface TranslateOptions {
  /** The conversation of `previous_response_id`, oldest first. */
  history: ChatMessage[];
  /** Looks up an `item_reference` among the member's stored output items. */
  findItem: (id: string) => Json | undefined;
}

function toChatPart(part: Json, at: string): Json {
  switch (part.type) {
    case "input_text":
    case "output_text":
      return { type: "text", text: String(part.text ?? "") };
    case "refusal":
      return { type: "text", text: String(part.refusal ?? "") };
    case "input_image": {
      if (typeof part.image_url !== "string") {
        throw invalidRequest("Invalid input image: only image_url is supported, not file_id", {
          param: `${at}.image_url`,
        });
      }
      const detail = typeof part.detail === "string" ? { detail: part.detail } : {};
      return { type: "image_url", image_url: { url: part.image_url, ...detail } };
    }
    default:
      throw invalidRequest(
        `Cannot use content part "${String(part.type)}": the router accepts input_text and input_image`,
        { param: `${at}.type`, code: "unsupported_value" },
      );
  }
}

function toChatContent(content: unknown, at: string): ChatMessage["content"] {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  const parts = content.map((part, i) => toChatPart(part as Json, `${at}.${i}`));
  // A text-only message stays a string: some chat templates (and assistant turns) want plain text.
  return parts.every((p) => p.type === "text")
    ? parts.map((p) => p.text).join("")
    : parts as ChatMessage["content"];
}

function toOutputText(output: unknown): string {
  if (typeof output === "string") return output;
  if (!Array.isArray(output)) return JSON.stringify(output ?? "");
  return output.map((p) => String((p as Json).text ?? "")).join("");
}

/** Where an item sits in the request (`input.3`, for error params) and how to look up references. */
interface AppendOptions extends TranslateOptions {
  at: string;
}

/** Appends one input item to `messages`; consecutive function calls share one assistant message. */
function appendItem(messages: ChatMessage[], item: Json, options: AppendOptions): void {
  const { at } = options;
  const type = item.type ?? "message";
  if (type === "item_reference") {
    const found = options.findItem(String(item.id));
    if (!found) {
      throw invalidRequest(`Item with id "${String(item.id)}" not found`, {
        param: `${at}.id`,
        code: "not_found",
      });
    }
    return appendItem(messages, found, options);
  }
  if (type === "message") {
    const role = String(item.role ?? "user");
    if (!["user", "assistant", "system", "developer"].includes(role)) {
      throw invalidRequest(`Invalid role "${role}"`, { param: `${at}.role`, code: "invalid_value" });
    }
    messages.push({
      role: role as ChatMessage["role"],
      content: toChatContent(item.content, `${at}.content`),
    });
    return;
  }
  if (type === "function_call") {
    const call = {
      id: String(item.call_id),
      type: "function",
      function: { name: String(item.name), arguments: String(item.arguments ?? "") },
    };
    const last = messages.at(-1);
    if (last?.role === "assistant" && (last.tool_calls || !last.content)) {
      last.tool_calls = [...last.tool_calls ?? [], call];
    } else messages.push({ role: "assistant", content: null, tool_calls: [call] });
    return;
  }
  if (type === "function_call_output") {
    messages.push({ role: "tool", tool_call_id: String(item.call_id), content: toOutputText(item.output) });
    return;
  }
  // Reasoning the model wrote earlier is not sent back: chat templates drop it from history anyway.
  if (type === "reasoning") return;
  throw invalidRequest(
    `Cannot use input item "${String(type)}": the router accepts messages, function calls and their outputs`,
    { param: `${at}.type`, code: "unsupported_value" },
  );
}

/** Output items (message, function call) as the chat messages a later turn sends back. */
export function toChatMessages(items: Json[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const options = { history: [], findItem: () => undefined };
  for (const [i, item] of items.entries()) appendItem(messages, item, { ...options, at: `output.${i}` });
  return messages;
}

/** Refuses Responses features the router does not offer, naming the field. */
function refuseUnsupported(request: ResponsesRequest): void {
  for (const field of ["background", "conversation", "prompt"] as const) {
    const value = (request as Json)[field];
    if (value !== undefined && value !== null && value !== false) {
      throw invalidRequest(`Cannot use "${field}": the router does not support it`, {
        param: field,
        code: "unsupported_parameter",
      });
    }
  }
}

/**
 * Translates a Responses request into the chat request the pipeline routes: `instructions` as the system
 * message, the previous conversation, the input items as messages, function tools, `text.format` as
 * `response_format`, `max_output_tokens` as `max_tokens`, `reasoning.effort` as `reasoning_effort`.
 */
export function toChatRequest(request: ResponsesRequest, options: TranslateOptions): TranslatedRequest {
  refuseUnsupported(request);
  const inputMessages: ChatMessage[] = [];
  if (typeof request.input === "string") inputMessages.push({ role: "user", content: request.input });
  else {
    for (const [i, item] of request.input.entries()) {
      appendItem(inputMessages, item, { ...options, at: `input.${i}` });
    }
  }
  const messages = [...options.history, ...inputMessages];
  if (request.instructions) messages.unshift({ role: "system", content: request.instructions });
  if (messages.length === 0) {
    throw invalidRequest("Invalid request: input is empty", { param: "input", code: "invalid_value" });
  }
  const { tools, webSearch } = toChatTools(request.tools ?? []);
  const chat: Json = { messages };
  if (request.model !== undefined) chat.model = request.model;
  if (request.stream) Object.assign(chat, { stream: true, "stream_options": { "include_usage": true } });
  if (request.max_output_tokens) chat["max_tokens"] = request.max_output_tokens;
  for (const key of ["temperature", "top_p", "parallel_tool_calls", "seed"] as const) {
    if (request[key] !== undefined && request[key] !== null) chat[key] = request[key];
  }
  if (typeof request.user === "string") chat.user = request.user;
  if (tools.length > 0) chat.tools = tools;
  const toolChoice = toChatToolChoice(request.tool_choice);
  if (toolChoice !== undefined && tools.length > 0) chat["tool_choice"] = toolChoice;
  if (request.text?.format && request.text.format.type !== "text") {
    chat["response_format"] = toResponseFormat(request.text.format);
  }
  const effort = request.reasoning?.effort ?? request.reasoning_effort;
  if (effort) chat["reasoning_effort"] = effort;
  return {
    chat: chat as ChatRequest,
    inputMessages,
    ...(webSearch ? { label: "ENRICH" } : {}),
  };
}
