/**
 * Blind round 76: where each client was read (repository and commit), and the small formatting steps the clients
 * apply to a conversation before it goes into their templates (speaker labels, `@@NAME@@` placeholders, the
 * Rocket.Chat message lines).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

/** The commit read for each repository of the round. */
const COMMITS: Record<string, string> = {
  "Aenima4six2/negotiAItor": "a24f0177cdd5511efb8a6a265e6ae405002b69a9",
  "PiyushTanay01/ChatBot": "30eaa0e1b97978cc7e3a7561cd057d1b5c11282f",
  "lucidopus/ai-copilot": "b63a9a511177c0ac1e13f2480666199f057a23fb",
  "sawyer523/ai-engineer-training": "f0cd4bfdee90428764d038e341f903038275c43d",
  "guifangjun/AICS": "67c929dae675b3a8b5dba2c16618a0c5c19241ae",
  "mbunchsy/conversational_bot_api": "94f49ed4120a60f1c72be8b018651d75ed157633",
  "ChristianPalomino85/centrodemensajes": "55e8f133706a82c67954dac16ff056e9dd222661",
  "chichiqiqi/AI-customer-robot": "5c4210719c8eb06926854c75e98e1abfb984d438",
  "RocketChat/Apps.Chat.Summarize": "960b4949b88fdc67b4566a25fa0ea537f9ddb6e5",
  "lpsgabriel/chat-desafio-super-agentes": "066edb022c19713209badcbe5af9b37057779bf5",
};

/** `owner/repo path@commit` of one file of the round. */
export function at(repo: string, path: string): Source {
  const commit = COMMITS[repo];
  if (!commit) throw new Error(`no commit recorded for ${repo}`);
  return { repo, path, commit };
}

/** Puts each value where its `@@NAME@@` placeholder stands (split/join: values may hold `$`). */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.split(`@@${name}@@`).join(value),
    template,
  );
}

/** Turns as `<label><sep>text` lines with the client's own labels. */
export function labelled(
  turns: Turn[],
  { user, assistant, join = "\n", sep = ": " }: {
    user: string;
    assistant: string;
    join?: string;
    sep?: string;
  },
): string {
  return turns.map((turn) => `${turn.role === "user" ? user : assistant}${sep}${turn.content}`).join(join);
}

/** chichiqiqi's `用户`/`AI` transcript: every line ends in a newline (`conversation_text +=` in the source). */
export function robotTranscript(turns: Turn[]): string {
  return turns.map((turn) => `${turn.role === "user" ? "用户" : "AI"}: ${turn.content}\n`).join("");
}

/** The people of a Rocket.Chat channel in each conversation's language (customer, then support colleague). */
const CHANNEL_PEOPLE: Record<string, [string, string]> = {
  "en-US": ["Megan Ortiz", "Sam Patel"],
  "es-ES": ["Lucía Romero", "Diego Navarro"],
  "zh-CN": ["王磊", "陈晓"],
  "ja-JP": ["佐藤 美咲", "高橋 健"],
};

/**
 * Rocket.Chat `SummarizeCommand` message lines: `Message at ${createdAt}\n${sender.name}: ${text}\n`, joined by a
 * newline; `createdAt` is a Date, so the template literal prints `Date.prototype.toString()` (server in UTC).
 */
export function channelDialogue(c: Conversation): string {
  const [customer, colleague] = CHANNEL_PEOPLE[c.locale] ?? ["Alex Kim", "Jordan Lee"];
  return c.turns.map((turn, i) => {
    const minute = String(30 + 2 * i).padStart(2, "0");
    const createdAt = `Mon Dec 07 2026 14:${minute}:00 GMT+0000 (Coordinated Universal Time)`;
    return `Message at ${createdAt}\n${turn.role === "user" ? customer : colleague}: ${turn.content}\n`;
  }).join("\n");
}

/** The first user message (clients that title a chat from it). */
export function firstUser(c: Conversation): string {
  return c.turns.find((turn) => turn.role === "user")?.content ?? "";
}
