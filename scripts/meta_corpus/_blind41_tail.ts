/**
 * Blind round 41, second half of the templates: Sominom's two Korean "is it for the bot" judges, ollabot's Matrix
 * rolling summary, turnDeep's Japanese Discord digests and the MaiBot plugin's Chinese group-member portrait.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind41.ts";
import * as Q from "./_prompts_blind41b.ts";
import { at, chat, names, one } from "./_blind41_fill.ts";

const JA = at("turnDeep/discord-summary-bot", {
  path: "bot.py",
  commit: "1379a9d2210de863bf2d16385ec2e55d6c893f94",
});

export const BLIND41_TAIL: Template[] = [
  ...sominom(),
  {
    client: "ollabot",
    task: "compaction",
    source: at("flackr/ollabot", {
      path: "src/index.ts",
      commit: "6aaedf12fe4058a72cd4be64603a3b18d39685e0",
    }),
    paraphrased: true,
    note:
      "the Matrix room's rolling summary when the history passes 30 messages: instruction, summary so far, the " +
      "messages as JSON {from, message}, update request; Ollama chat format schema as response_format",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(Q.OLLABOT_SUMMARY),
        sys(Q.ollabotSoFar("")),
        ...c.turns.map((t) =>
          t.role === "user"
            ? usr(JSON.stringify({ from: names(c)[0], message: t.content }))
            : asst(JSON.stringify({ respond: "yes", feeling: "none", from: "botuser", message: t.content }))
        ),
        sys(Q.OLLABOT_UPDATE),
      ],
      stream: true,
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "summary",
          schema: { type: "object", properties: { summary: { type: "string" } }, required: ["summary"] },
        },
      },
    }),
  },
  {
    client: "discord-summary-bot (turnDeep)",
    task: "group-summary",
    source: JA,
    paraphrased: true,
    note:
      "summarize_messages for the hourly channel digest; Gemini contents as one user message, max 1000 tokens",
    build: (c) => one(Q.jaSummary(chat(c)), { temperature: 0.3, max_tokens: 1000 }),
  },
  {
    client: "discord-summary-bot (turnDeep)",
    task: "group-summary",
    source: JA,
    paraphrased: true,
    note:
      "async_summarize_messages (!advanced_summary); Gemini contents as one user message, max 1500 tokens",
    build: (c) => one(Q.jaAdvancedSummary(chat(c)), { temperature: 0.3, max_tokens: 1500 }),
  },
  {
    client: "maibot-character-sketch-plugin",
    task: "profile",
    source: at("HyperSharkawa/maibot-character-sketch-plugin", {
      path: "plugin.py",
      commit: "32e9190a1d7a1f8c09dc43af67a1aade9334ad32",
    }),
    paraphrased: true,
    note:
      "the 画像 command's default prompt_template over the member's group messages with context (line format " +
      "of prepare_portrayal_messages reconstructed); max_tokens 20000, temperature 0.7",
    build: (c) =>
      one(P.portrait({ personName: names(c)[0], nickname: names(c)[0], messages: chat(c) }), {
        max_tokens: 20000,
        temperature: 0.7,
      }),
  },
];

/** Sominom/Discord-Bot-Agent's two versions of its "is this message for the bot" judge. */
function sominom(): Template[] {
  const bot = "도한지";
  const context = (c: Conversation, botLabel: string) =>
    c.turns.map((t) => `${t.role === "user" ? names(c)[0] : botLabel}: ${t.content}\n`).join("");
  return [
    {
      client: "Discord-Bot-Agent (Sominom)",
      task: "should-reply",
      source: at("Sominom/Discord-Bot-Agent", {
        path: "services/ai_service.py",
        commit: "7a5a81af66c26db2fb43a887d90ce64aa3f7735a",
      }),
      note:
        "AIService.is_message_for_bot on the next message with the recent channel lines (bot lines as 봇)",
      build: (c) => ({
        model: MODEL,
        messages: [
          sys(Q.sominomSystem(bot)),
          usr(
            Q.sominomUser({
              context: context(c, "봇"),
              username: names(c)[0],
              message: c.followUp,
              botName: bot,
            }),
          ),
        ],
      }),
    },
    {
      client: "Discord-Bot-Agent (Sominom)",
      task: "should-reply",
      source: at("Sominom/Discord-Bot-Agent", {
        path: "services/message_judgment.py",
        commit: "35fb9ef86444ddd53b6b3dfeef01dad08aaec352",
      }),
      note:
        "the older is_message_for_bot: classifier system, the recent lines as an assistant message, then the new " +
        "message; json_object, temperature 0.1",
      build: (c) => ({
        model: MODEL,
        messages: [
          sys(Q.sominomClassifier(bot)),
          usr("다음은 최근 대화 내용입니다:"),
          asst(context(c, bot)),
          usr(`사용자(${names(c)[0]}): ${c.followUp}`),
        ],
        response_format: { type: "json_object" },
        temperature: 0.1,
      }),
    },
  ];
}
