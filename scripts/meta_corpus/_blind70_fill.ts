/**
 * Blind round 70: how the round's clients lay a conversation out before sending it (group-chat names per locale,
 * transcript lines, Python list repr, WhatsApp message JSON, Discord message metadata), kept apart from the
 * templates so `_blind70.ts` stays a list of what each client sends.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { WireMessage } from "./_types.ts";

/** The group member who speaks the user's turns and the bot's nickname, per conversation locale. */
interface People {
  user: string;
  /** The member's Discord username, which botc sanitises into the message's `name`. */
  handle: string;
  bot: string;
  group: string;
}

const PEOPLE: Record<string, People> = {
  "en-IE": { user: "Siobhan", handle: "siobhan.k", bot: "Sprout", group: "Glenbeigh Allotments" },
  "fr-CA": { user: "Mathieu", handle: "mat_velo", bot: "Biclou", group: "Vélo Rosemont" },
  "zh-CN": { user: "小林", handle: "xiaolin88", bot: "小助手", group: "数据组日常" },
  "tr-TR": { user: "Elif", handle: "elif.gezer", bot: "Gezgin", group: "Kapadokya Ekim" },
};

export function people(c: Conversation): People {
  return PEOPLE[c.locale] ?? { user: "user", handle: "user", bot: "bot", group: "group" };
}

export const userTurns = (c: Conversation): string[] =>
  c.turns.filter((t) => t.role === "user").map((t) => t.content);

export const lastUser = (c: Conversation): string => userTurns(c).at(-1) ?? "";

/** `Name: text` lines, the user's turns under the member's name and the bot's under its nickname. */
export function named(
  c: Conversation,
  { bot, separator = "\n" }: { bot?: string; separator?: string } = {},
): string {
  const p = people(c);
  return c.turns.map((t) => `${t.role === "user" ? p.user : bot ?? p.bot}: ${t.content}`).join(separator);
}

/** A clock time for turn `i`, five minutes apart from 14:05 on 7 December 2026. */
export function clock(i: number): { hm: string; hms: string; unix: number } {
  const minutes = 5 + 5 * i;
  const hh = String(14 + Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return { hm: `${hh}:${mm}`, hms: `${hh}:${mm}:00`, unix: 1796652300 + 300 * i };
}

/** Python's repr() of a list of str, as an f-string renders `{conversation_history}`. */
export function pyList(items: string[]): string {
  const repr = (s: string) => {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    const body = s.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll(quote, `\\${quote}`);
    return `${quote}${body}${quote}`;
  };
  return `[${items.map(repr).join(", ")}]`;
}

/**
 * maletta/whatsapp-tltr-bot TransformMessage.ts createBatchOfMessages: each message as JSON {body, userId,
 * timestamp}, every one prefixed by a comma (the first too), in one batch under the 14000-character limit.
 */
export function whatsappBatch(c: Conversation): string {
  return c.turns.map((t, i) =>
    `,${
      JSON.stringify({
        body: t.content,
        userId: `3EB0${(0xA1C3 + i * 7919).toString(16).toUpperCase()}5F2D8E41B7`,
        timestamp: clock(i).unix,
      })
    }`
  ).join("");
}

/**
 * jlyons210/botc BotcMessage.ts getPromptContent: the text, then a metadata block; the absent image, voice and
 * reply parts are `undefined` in the joined array, which Array.join renders as empty lines.
 */
export function botcMessages(c: Conversation, turns: Turn[] = c.turns): WireMessage[] {
  const p = people(c);
  return turns.map((t, i) => {
    const own = t.role === "assistant";
    const display = own ? "botc" : p.user;
    const stamp = `12/7/2026, ${(2 + Math.floor((5 + 5 * i) / 60))}:${
      String((5 + 5 * i) % 60).padStart(2, "0")
    }:00 PM`;
    const content = [
      t.content,
      "<Message Metadata>",
      `Preferred name: ${display}`,
      "Message channel: general",
      `Message timestamp: ${stamp}`,
      "",
      "",
      "",
      "</Message Metadata>",
    ].join("\n");
    const name = (own ? "botc" : p.handle).replace(/[^a-zA-Z0-9_-]/g, "-");
    return { role: own ? "assistant" : "user", content, name } as WireMessage;
  });
}
