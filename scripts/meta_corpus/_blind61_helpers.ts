/** Blind round 61: names, timestamps and transcript forms shared by the round's templates and negatives. */
import type { Conversation } from "./_conversations.ts";

/** A chat-room name for the person of each conversation (by language), as a messenger shows it. */
export const PERSON: Record<string, string> = {
  English: "priya.k",
  French: "lea_namur",
  Japanese: "haruka",
  Chinese: "a_zhe",
};
export const person = (c: Conversation) => PERSON[c.language] ?? "user";
export const BOT = "Jippity";
export const stamp = (i: number) => `2026-12-05 19:${String(10 + 2 * i).padStart(2, "0")}:07`;
/** programmable-jipp bot_base/jippity_bot.py get_channel_history (the incoming message is the newest line). */
export function jippHistory(c: Conversation, { withIds }: { withIds: boolean }): string {
  const lines = [...c.turns, { role: "user" as const, content: c.followUp }].map((turn, i) => {
    const name = turn.role === "user" ? person(c) : BOT;
    const id = turn.role === "user" ? "402117356109824011" : "1183920457716375612";
    return `[${stamp(i)}] ${name}${withIds ? ` (ID: ${id})` : ""}: ${turn.content}\n`;
  });
  return lines.join("");
}
/** CyberWaifu waifu/Tools.py make_message: the user's text as Python json.dumps({"msg", "time"}). */
export const waifuUser = (text: string, time: string) =>
  `{"msg": ${JSON.stringify(text)}, "time": "${time}"}`;
export const WAIFU_NAME = "Aiko";
export const WAIFU_USER = "Ken";
