/**
 * Blind round 33 fill helpers: how each client renders a conversation (speaker names, clock times, note bodies), kept
 * apart from `_blind33.ts` so both files stay short.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, usr } from "./_types.ts";
import * as P from "./_prompts_blind33.ts";

/** The two chat members each conversation is read as (user turns, assistant turns), by locale. */
const PEOPLE: Record<string, [string, string]> = {
  "en-AU": ["Bronwyn", "Callum"],
  "es-MX": ["Lupita", "Memo"],
  "ja-JP": ["美咲", "健太"],
  "vi-VN": ["Thảo", "Minh"],
};
export const people = (c: Conversation): [string, string] => PEOPLE[c.locale] ?? ["Alex", "Sam"];

/** `HH:MM` of the i-th message of an evening exchange. */
export const clockTimes = (i: number) => `20:${String(1 + i * 2).padStart(2, "0")}`;

/** A note, page or document body made of the conversation's turns, as a user would keep a chat in a note app. */
export const noteText = (c: Conversation) => c.turns.map((t) => t.content).join("\n\n");

/** aki-the-bot's `[YYYY-MM-DD HH:MM] {name or Aki}: message` lines. */
export const akiLines = (c: Conversation) =>
  c.turns.map((t, i) =>
    `[2026-12-06 ${clockTimes(i)}] ${t.role === "user" ? people(c)[0] : "Aki"}: ${t.content}`
  )
    .join("\n");

/** chatbot-service's formatted_history: `Utilisateur : …` / `Assistant : …` lines, stripped. */
export const rinoHistory = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "Utilisateur" : "Assistant"} : ${t.content.trim()}\n`).join("")
    .trim();

/** The chatbot's sources as ask_mixtral_for_relevant_sources lists them (names and descriptions reconstructed). */
export const RINO_SOURCES = [
  {
    type: "connexion",
    name: "catalogue-produits",
    description: "Base PostgreSQL des produits et des stocks",
  },
  { type: "document", name: "FAQ générale", description: "Questions fréquentes des clients" },
  { type: "slot", name: "Rendez-vous", description: "Prise de rendez-vous avec un conseiller" },
];

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
export const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, value), template);

/** Discord lines as format_message_history renders them with include_author_id. */
export const discordLines = (c: Conversation) =>
  c.turns.map((t, i) => {
    const name = people(c)[t.role === "user" ? 0 : 1];
    return `[${clockTimes(i)}] [id:${name.toLowerCase()}] ${name}: ${t.content}`;
  }).join("\n");

/** cublic's all_text: one channel block, `HH:MM name: content` lines. */
export const cublicLog = (c: Conversation) =>
  `\n\n--- チャンネル: #雑談 ---\n` +
  c.turns.map((t, i) => `${clockTimes(i)} ${people(c)[t.role === "user" ? 0 : 1]}: ${t.content}\n`).join("");

/** al-one's CSV history: header then `sender,time,content` rows. */
export const aloneCsv = (c: Conversation) =>
  [
    "发言人,时间,内容",
    ...c.turns.map((t, i) =>
      `${people(c)[t.role === "user" ? 0 : 1]},2026-12-07 ${clockTimes(i)}:0${i},${t.content}`
    ),
  ]
    .join("\n");
export const ALONE_TIME = "2026-12-07 21:14:52.417305";

/** hakunomiko's nickname compression: 000, 001… codes and their mapping lines. */
export const hakuBody = (c: Conversation) => {
  const [first, second] = people(c);
  const prompt = fill(P.HAKU_PROMPT, {
    time_info: "12-07 20:01 ~ 12-07 20:09",
    member_count: "37",
    'chr(10).join(f"{code} = {name}" for code, name in code_to_name.items())':
      `000 = ${first}\n001 = ${second}`,
    wt_max_tokens: "2000",
  });
  const lines = c.turns.map((t) => `${t.role === "user" ? "000" : "001"}: ${t.content}`).join("\n");
  return { model: MODEL, messages: [sys(prompt), usr(lines)] };
};

/** FemtoBot's format_emails_for_llm over mails whose snippets are the conversation's turns. */
export const femtoEmails = (c: Conversation) =>
  [
    `📬 **${c.turns.length} emails received in the last 24 hours:**\n`,
    ...c.turns.flatMap((t, i) => [
      `---\n**Email ${i + 1}:**`,
      `- From: ${people(c)[t.role === "user" ? 0 : 1]} <${t.role === "user" ? "me" : "reply"}@example.org>`,
      `- Subject: Re: ${c.turns[0]?.content.slice(0, 40)}`,
      `- Date: Sun, 06 Dec 2026 ${clockTimes(i)}:00 +0000`,
      `- Excerpt: ${t.content.slice(0, 200)}...`,
      "",
    ]),
  ].join("\n");

export const aki = (template: string, c: Conversation) =>
  fill(template, {
    user_name: people(c)[0],
    start_time: "2026-12-06 20:01",
    end_time: "2026-12-06 20:09",
    recent_conversation: akiLines(c),
    recent_history: akiLines(c),
  });

export const SRC = {
  jwander: at("Jwander0820/DiscordAISummaryBot", {
    path: "discord_bot/features/summaries/service.py",
    commit: P.JWANDER_COMMIT,
  }),
  cublic: at("cublic-github/team-summary-bot", { path: "api/daily-summary.py", commit: P.CUBLIC_COMMIT }),
  alone: at("al-one/wechat-gptbot-summary", { path: "plugin.py", commit: P.ALONE_COMMIT }),
  haku: at("hakunomiko/nonebot-plugin-whats-talk-gemini", {
    path: "nonebot_plugin_whats_talk_gemini/__init__.py",
    commit: P.HAKU_COMMIT,
  }),
  rinoClarify: at("RINOHeinrich1/chatbot-service", {
    path: "backend/services/clarifier.py",
    commit: P.RINO_COMMIT,
  }),
  rinoSources: at("RINOHeinrich1/chatbot-service", {
    path: "backend/services/mixtral.py",
    commit: P.RINO_COMMIT,
  }),
  bookmark: at("abudhahir/ai-bookmarker", { path: "background.js", commit: P.BOOKMARK_COMMIT }),
  akiCompact: at("simonryu328/aki-the-bot", { path: "prompts/compact.py", commit: P.AKI_COMMIT }),
  akiMemory: at("simonryu328/aki-the-bot", { path: "prompts/memory.py", commit: P.AKI_COMMIT }),
  akiNote: at("simonryu328/aki-the-bot", { path: "prompts/note_synthesis.py", commit: P.AKI_COMMIT }),
  joplin: at("tomy2502/joplin-auto-tagger", { path: "src/index.ts", commit: P.JOPLIN_COMMIT }),
  nba: at("jaar23/nb-assistant", { path: "src/components/v2/chatbox.vue", commit: P.NBA_COMMIT }),
  femto: at("rocopolas/FemtoBot", { path: "src/jobs/email_digest.py", commit: P.FEMTO_COMMIT }),
};
