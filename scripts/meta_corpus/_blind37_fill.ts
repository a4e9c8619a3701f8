/**
 * Blind round 37: where each client's template was read, and the transcript formats the clients build from their
 * stored messages (speaker names, timestamps), so `_blind37.ts` stays a list of requests.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const SRC = {
  line: at("kkdai/LINE-Bot-ChatSummarizer", {
    path: "bot.go",
    commit: "f4edc3c87719a447e55a01448f4294b9e092ea2e",
  }),
  caellwyn: at("Caellwyn/long-memory-character-chat", {
    path: "aiagent.py",
    commit: "dd158f0caa9de1671fc69d731b7103a59da133db",
  }),
  quilltap: at("foundry-9/quilltap", {
    path: "lib/memory/cheap-llm-tasks/chat-tasks.ts",
    commit: "2b49f51aa8cea010f71931e4550e8d5c626f222e",
  }),
  neuroSummary: at("NeuroWhAI/discord-bot-become-human", {
    path: "prompt/summarize-en.txt",
    commit: "c37a3559f0aa8f212503161a40598b9e631ad385",
  }),
  neuroChat: at("NeuroWhAI/discord-bot-become-human", {
    path: "prompt/chat-ko.txt",
    commit: "7f488a1b3b51549b85bf8cc6a155b9f371658b16",
  }),
  letsgpt: at("TeamCrazyPerformance/discord_letsgpt_bot", {
    path: "bot.py",
    commit: "d8516e6434da654552b5683bedd8d2c7cbdcd0a0",
  }),
  ravena: at("zaacksb/ravena-ai", {
    path: "src/functions/SummaryCommands.js",
    commit: "4519b23c143859cdc19f15dee96b3235ccf2b7b3",
  }),
  slackgpt: at("Jott4/slackGPT", { path: "src/main.ts", commit: "2938d75be18ffacfe48800719f9d2c9417b0dacb" }),
  chatai: at("XxxXTeam/chatai-plugin", {
    path: "src/services/memory/MemoryExtractor.js",
    commit: "4671cfb087469c50e719fee9900def3a831e1866",
  }),
  resumen: at("OconnelDan/Telgram_bot_Resumen", {
    path: "telegram_summary_bot2.py",
    commit: "7e16ac149a80f9f573b0b9d65a7767c9bf7d1e65",
  }),
  dvcrn: at("dvcrn/slack-thread-summarizer", {
    path: "config/config.exs",
    commit: "9649a900d18eb1093826d8df514e0bdcbcd20c94",
  }),
};

/** Group-chat member names per conversation language (the bots store display names, not roles). */
const NAMES: Record<string, { user: string; assistant: string }> = {
  English: { user: "Dana", assistant: "Marcus" },
  French: { user: "Élodie", assistant: "Thibault" },
  Japanese: { user: "美咲", assistant: "健太" },
  Dutch: { user: "Sanne", assistant: "Joost" },
};
export const names = (c: Conversation) => NAMES[c.language] ?? { user: "Alex", assistant: "Sam" };
export const who = (c: Conversation, t: Turn) => t.role === "user" ? names(c).user : names(c).assistant;

/** Minutes after 09:00 on a fixed day, one message every seven minutes. */
export const clock = (i: number) => {
  const minutes = 9 * 60 + 7 * i;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
};

/** `ROLE: text` blocks joined by a blank line (quilltap's chat tasks). */
export const roleBlocks = (turns: Turn[], limit?: number) =>
  turns.map((t) => {
    const text = limit && t.content.length > limit ? t.content.substring(0, limit) + "..." : t.content;
    return `${t.role.toUpperCase()}: ${text}`;
  }).join("\n\n");

/** NeuroWhAI's history: `name — h:mm AM/PM` then the message, entries joined by a blank line. */
export const neuroHistory = (c: Conversation) =>
  c.turns.map((t, i) => {
    const [h, m] = clock(i).split(":").map(Number) as [number, number];
    const time = `${h % 12 || 12}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
    return `${t.role === "user" ? "minji" : "assistant"} — ${time}\n${t.content}`;
  }).join("\n\n");

/** Caellwyn's short-term memory: user turns carry the location prefix and the `[User]: ` label. */
export const caellwynMemory = (turns: Turn[]) =>
  turns.map((t) =>
    t.role === "user"
      ? {
        role: "user" as const,
        content: `<Location>: The Australian Outback, <Message>: [User]: ${t.content} `,
      }
      : { role: "assistant" as const, content: t.content }
  );
