/**
 * Blind round 49: how each client turns a conversation into the text its template takes (transcript lines, names,
 * timestamps), copied from the client's own formatting code, cited per helper.
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** Fixed clock for the fills: timestamps in the templates stay the same run to run. */
const BASE = Date.UTC(2026, 10, 20, 0, 5);
const at = (i: number) => BASE + i * 60_000;

/** idootop/mi-gpt src/utils/string.ts `toUTC8Time` + `formatMsg`: `<zh-CN Shanghai time> <name>: <text>`. */
export function miGptLines(turns: Turn[], names: { bot: string; master: string }): string {
  return turns.map((t, i) => {
    const time = new Date(at(i)).toLocaleString("zh-CN", {
      year: "numeric",
      month: "2-digit",
      weekday: "long",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZone: "Asia/Shanghai",
    });
    return `${time} ${t.role === "user" ? names.master : names.bot}: ${t.content}`;
  }).join("\n");
}

/** aradlein/hass-agent-llm `_format_conversation_for_extraction`: `Role: content` with the role capitalised. */
export const hassLines = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n");

/**
 * BasedHardware/omi backend/models/transcript_segment.py `segments_as_string` (user segments as `User`, the other
 * voice as `Speaker 1`, blank line between), then followup.py's cut to the last 100 words when longer.
 */
export function omiTranscript(turns: Turn[]): string {
  const text = turns.map((t) => `${t.role === "user" ? "User" : "Speaker 1"}: ${t.content.trim()}`).join(
    "\n\n",
  );
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 100 ? words.slice(-100).join(" ") : text;
}

/** BasedHardware/omi title_generation.py `_clean_input_message`: collapse whitespace, keep 500 characters. */
export function omiFirstMessage(c: Conversation): string {
  const first = (c.turns.find((t) => t.role === "user")?.content ?? "").trim().split(/\s+/).join(" ");
  return first.length > 500 ? `${first.slice(0, 500)}...` : first;
}

/** yym68686/Cerebr title-generator.js: the first two messages as `role: content`. */
export const cerebrHistory = (turns: Turn[]) =>
  turns.slice(0, 2).map((t) => `${t.role}: ${t.content}`).join("\n");

/** leon-ai/leon history-compaction.ts `formatHistoryForCompaction` with no earlier summary. */
export function leonCompaction(turns: Turn[]): string {
  const lines = turns.map((t, i) => `${i + 1}. ${t.role === "user" ? "Owner" : "Leon"}: ${t.content.trim()}`);
  return [
    "Current compacted summary:",
    "(none)",
    "",
    "Older raw messages to absorb:",
    lines.length > 0 ? lines.join("\n") : "(none)",
    "",
    "Rewrite the summary as short plain text topic bullets.",
    "A single topic may be spread across multiple messages; merge related messages into one concise bullet.",
    "Each bullet should capture one topic and the key data that still matters.",
    "Keep only information needed to continue correctly.",
    "Do not use section headings or category labels.",
    "No intro. No code fences.",
  ].join("\n");
}

/** Project-N-E-K-O/N.E.K.O memory/recent.py: `<name> | <content>` per message, the AI under its character name. */
export const nekoLines = (turns: Turn[], names: { lanlan: string; master: string }) =>
  turns.map((t) => `${t.role === "user" ? names.master : names.lanlan} | ${t.content}`).join("\n");

/** THU-MAIC/OpenMAIC summarizers/conversation-summary.ts `summarizeConversation`: labelled, cut at 200 characters. */
export function maicSummary(turns: Turn[]): string {
  if (turns.length === 0) return "No conversation history yet.";
  return turns.slice(-10).map((t) => {
    const label = t.role === "user" ? "Student (Human)" : "Agent";
    const text = t.content.length > 200 ? `${t.content.slice(0, 200)}...` : t.content;
    return `[${label}] ${text}`;
  }).join("\n");
}

/** xeonselina/XianyuAutoAgent context_summarizer.py: `用户: …` / `客服: …` lines. */
export const xianyuLines = (turns: Turn[]) =>
  turns.map((t) => `${t.role === "user" ? "用户" : "客服"}: ${t.content}`).join("\n");

/** kainzpat14/home_assistant_llm_claude `get_conversation_text`: `Role: content` with the role capitalised. */
export const kainzLines = hassLines;
