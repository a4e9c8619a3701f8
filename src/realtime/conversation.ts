import type { ChatItem, ConversationItem } from "./realtime_events.ts";
import type { SessionSettings } from "./session_settings.ts";

/** The chat-completions body one turn sends into the pipeline (validated at the edge like any other). */
export interface ChatBody {
  model: string;
  messages: Record<string, unknown>[];
  stream: true;
  "stream_options": { "include_usage": true };
  tools?: { type: "function"; function: Record<string, unknown> }[];
  "tool_choice"?: string;
}

function isChatItem(item: ConversationItem): item is ChatItem {
  return item.type === "message" || item.type === "function_call" || item.type === "function_call_output";
}

/** A message's words: typed text, a spoken turn's transcript, or what the assistant said. */
function toText(item: Extract<ChatItem, { type: "message" }>): string {
  return item.content.map((part) => part.text ?? ("transcript" in part ? part.transcript : undefined) ?? "")
    .filter(Boolean).join("\n");
}

/**
 * The conversation so far as chat messages: the session's instructions as the system message, then each
 * item in order. A function call joins the assistant turn before it, so a call and its output stay paired
 * the way chat-completions expects.
 */
function toMessages(items: readonly ConversationItem[], instructions: string): Record<string, unknown>[] {
  const messages: Record<string, unknown>[] = instructions ? [{ role: "system", content: instructions }] : [];
  for (const item of items.filter(isChatItem)) {
    if (item.type === "message") {
      const text = toText(item);
      if (text) messages.push({ role: item.role, content: text });
    } else if (item.type === "function_call") {
      const call = {
        id: item.call_id ?? item.id ?? "",
        type: "function",
        function: { name: item.name, arguments: item.arguments },
      };
      const last = messages.at(-1);
      if (last?.role === "assistant" && Array.isArray(last.tool_calls)) last.tool_calls.push(call);
      else messages.push({ role: "assistant", content: null, tool_calls: [call] });
    } else {
      messages.push({ role: "tool", tool_call_id: item.call_id, content: item.output });
    }
  }
  return messages;
}

/** The request half: the session's conversation and settings as one streamed chat request. */
export function toChatBody(
  items: readonly ConversationItem[],
  options: { model: string; settings: SessionSettings },
): ChatBody {
  const { settings } = options;
  const body: ChatBody = {
    model: options.model,
    messages: toMessages(items, settings.instructions),
    stream: true,
    "stream_options": { include_usage: true },
  };
  if (settings.tools.length > 0) {
    body.tools = settings.tools.map((tool) => ({
      type: "function",
      function: {
        name: tool.name,
        ...tool.description ? { description: tool.description } : {},
        parameters: tool.parameters ?? { type: "object", properties: {} },
      },
    }));
    body.tool_choice = settings.toolChoice;
  }
  return body;
}

/** Whether there is anything for the model to answer. */
export function hasUserTurn(items: readonly ConversationItem[]): boolean {
  return items.some((item) => item.type === "message" || item.type === "function_call_output");
}
