/**
 * Blind round 57: how the second half's clients put a conversation on the wire (the storyteller's game log, tbot's
 * history items, gptmemory's Discord lines and structured-output schemas, mistermorph's chat-history JSON).
 */
import type { Turn } from "./_conversations.ts";
import { asst, usr, type WireMessage } from "./_types.ts";

/** The storyteller's log after a player joins: player turns carry the character name and the 2d6 total. */
export const storyLog = (turns: Turn[]): WireMessage[] => [
  usr("Mira has joined the party!"),
  ...turns.map((t) => t.role === "user" ? usr(`Mira: ${t.content} [7]`) : asst(t.content)),
];
/** tbot's history items: `<name>: text` for people, `Bot: text` for its own replies. */
export const tbotItems = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "Alex" : "Bot"}: ${t.content}`);
export const TBOT_PERSONA = "An affable research assistant who enjoys casual conversation.";
/** gptmemory's parse_discord_message for a member and for the bot's own messages. */
export const crabHistory = (turns: Turn[]): WireMessage[] =>
  turns.map((t) =>
    t.role === "user"
      ? usr(`[Username: mika_r] [said:] ${t.content}`)
      : asst(`[Username: Crabbot] [said:] ${t.content}`)
  );
const strictSchema = (name: string, schema: unknown) => ({
  type: "json_schema",
  json_schema: { name, schema, strict: true },
});
export const RECALL_SCHEMA = strictSchema("MemoryRecall", {
  properties: { memory_names: { items: { type: "string" }, title: "Memory Names", type: "array" } },
  required: ["memory_names"],
  title: "MemoryRecall",
  type: "object",
  additionalProperties: false,
});
const CHANGE = {
  properties: {
    action_type: { enum: ["create", "adjust", "append", "delete"], title: "Action Type", type: "string" },
    memory_name: { title: "Memory Name", type: "string" },
    memory_content: { title: "Memory Content", type: "string" },
  },
  required: ["action_type", "memory_name", "memory_content"],
  title: "MemoryChange",
  type: "object",
  additionalProperties: false,
};
export const CHANGES_SCHEMA = strictSchema("MemoryChangeList", {
  $defs: { MemoryChange: CHANGE },
  properties: {
    memory_changes: { items: { $ref: "#/$defs/MemoryChange" }, title: "Memory Changes", type: "array" },
  },
  required: ["memory_changes"],
  title: "MemoryChangeList",
  type: "object",
  additionalProperties: false,
});
export const CRAB_MEMORIES = "mika_r, gardening";
export const CRAB_RECALLED =
  "[Memory of mika_r:] Lives in a flat with a small balcony and asks a lot about plants.";

/** mistermorph's chathistory items: the member's messages inbound, the bot's replies outbound. */
export function morphHistory(turns: Turn[], { chatType, chatId }: { chatType: string; chatId: string }) {
  return turns.map((t, n) => ({
    channel: "telegram",
    kind: t.role === "user" ? "inbound_user" : "outbound_agent",
    chat_id: chatId,
    chat_type: chatType,
    message_id: String(4100 + n),
    sent_at: `2026-03-14T09:${String(10 + 2 * n).padStart(2, "0")}:00Z`,
    sender: t.role === "user"
      ? { user_id: "51234987", username: "dana_k", nickname: "Dana", display_ref: "[Dana](tg:@dana_k)" }
      : { user_id: "7001002003", username: "mistermorph_bot", nickname: "MisterMorph", is_bot: true },
    text: t.content,
  }));
}
export const PERSONA_FALLBACK =
  "You are MisterMorph, a general-purpose AI agent that can use tools to complete tasks.";
