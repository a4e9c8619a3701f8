/**
 * Blind round 41: chat bots for messengers and communities (Telegram, Discord, QQ, WeChat, Matrix, Mastodon) never
 * used in the corpus before, read from their source and measured without changing the rules: group-chat summaries
 * (English, Russian-output, Korean-output, Japanese), a Matrix rolling summary, "should I reply" gates in Chinese and
 * Korean, a QQ task filter, Discord message classification and topic labels, a WeChat new-message check and task
 * router, a Chinese group-member portrait and a Mastodon image prompt; hard negatives in `_negatives_blind41.ts`.
 */
import { MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind41.ts";
import * as Q from "./_prompts_blind41b.ts";
import { at, chat, firstUser, names, one, speaker } from "./_blind41_fill.ts";
import { BLIND41_TAIL } from "./_blind41_tail.ts";
export { buildBlind41Negatives } from "./_negatives_blind41.ts";

const YUYING = "284e6483be149c3c921c1ccb4834b92534af1c23";
const INTRO = "1483a257b9768d1519dfdd7e663e0b848183fe78";
const YUNTAI = "YunTaiHua/YuntaiPhoneAgent";

export const BLIND41: Template[] = [
  {
    client: "Abdulmajidmujtaba telegram-bot",
    task: "group-summary",
    source: at("Abdulmajidmujtaba/telegram-bot", {
      path: "bot/services/ai_service.py",
      commit: "0afbba37d5845893323441f89b955d305dee680d",
    }),
    note: "generate_summary: the daily /summary of a Telegram group, user: text lines; max_tokens 800",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TG_SUMMARY_SYSTEM),
        usr(P.tgSummary(c.turns.map((t) => ({ user: speaker(c, t.role), text: t.content })))),
      ],
      max_tokens: 800,
      temperature: 0.7,
    }),
  },
  {
    client: "napcat-plugin-openclaw",
    task: "should-reply",
    source: at("faithleysath/napcat-plugin-openclaw", {
      path: "src/openclaw-client.ts",
      commit: "c46ca8760fd3f74a1953fd0c05a1b74e881d2a8f",
    }),
    paraphrased: true,
    note:
      "filterTask on a QQ group message (the next question) before the task runs; sent to the OpenClaw agent " +
      "session qq-filter, reconstructed as one streamed user message",
    build: (c) => ({ model: MODEL, messages: [usr(P.napcatFilter(c.followUp, names(c)[0]))], stream: true }),
  },
  {
    client: "discord-intro-agent",
    task: "classification",
    source: at("marco-a-martinez/discord-intro-agent", { path: "analytics.ts", commit: INTRO }),
    paraphrased: true,
    note:
      "classifyMessage on a Discord message; Ollama /api/generate (stream false) reconstructed as one user message",
    build: (c) => one(P.introClassify(firstUser(c)), { stream: false }),
  },
  {
    client: "discord-intro-agent",
    task: "topic",
    source: at("marco-a-martinez/discord-intro-agent", { path: "analytics.ts", commit: INTRO }),
    paraphrased: true,
    note: "extractHelpTopic on a #help message; Ollama /api/generate (stream false) as one user message",
    build: (c) => one(P.introHelpTopic(firstUser(c)), { stream: false }),
  },
  {
    client: "chatGPToot",
    task: "image-prompt",
    source: at("skullzarmy/chatGPToot", {
      path: "app/chatgptoot.js",
      commit: "01fd2d6fbd8db648109983853b9981df03f3ccb0",
    }),
    note:
      "generateImagePrompt for the scheduled image toot: two system messages, no conversation (same for each)",
    build: () => ({ model: MODEL, messages: P.TOOT_IMAGE.map(sys) }),
  },
  {
    client: "YuYing-Chameleon",
    task: "should-reply",
    source: at("EnderKC/YuYing-Chameleon", {
      path: "src/plugins/yuying_chameleon/llm/flow_decider.py",
      commit: YUYING,
    }),
    note:
      "nano_should_reply_yes_no: flow_mode_prompt.md as system, the QQ group lines (USER(id)/BOT) and the " +
      "next message as user; temperature 0.2",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.YUYING_GATE),
        usr(
          P.yuyingPayload(
            toLines(c.turns, { user: "USER(20231)", assistant: "BOT" }).split("\n"),
            c.followUp,
          ),
        ),
      ],
      temperature: 0.2,
    }),
  },
  {
    client: "telegram-summary (Litovchenko)",
    task: "group-summary",
    source: at("LitovchenkoYevhen/telegram-summary", {
      path: "telegram_analyzer.py",
      commit: "0f03b6ee26cdfe4890c3b7d23310746a855336ac",
    }),
    note: "analyze_messages on a forum topic: message texts only, newest first as Telethon returns them",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.RU_SUMMARY_SYSTEM),
        usr(P.ruSummary([...c.turns].reverse().map((t) => t.content).join("\n"))),
      ],
    }),
  },
  {
    client: "YuntaiPhoneAgent",
    task: "new-message-check",
    source: at(YUNTAI, {
      path: "yuntai/prompts/reply_prompt.py",
      commit: "1dddb7cc3ae428e0858b60bb57202cdf9cf1f4c0",
    }),
    paraphrased: true,
    note:
      "REPLY_JUDGEMENT_PROMPT of the WeChat/QQ auto-reply loop: the screen's chat lines with the next question " +
      "as the new one; list formatting and the one-user-message wire reconstructed",
    build: (c) => {
      const contents = (role: string) =>
        c.turns.filter((t) => t.role === role).map((t) => t.content).join("\n");
      const current = [...c.turns.map((t) => t.content), c.followUp].join("\n");
      return one(
        Q.yuntaiNewMessage({ current, knownOther: contents("user"), knownMine: contents("assistant") }),
      );
    },
  },
  {
    client: "YuntaiPhoneAgent",
    task: "classification",
    source: at(YUNTAI, {
      path: "yuntai/prompts/judgement_prompt.py",
      commit: "20530bbf36176c6506f9373b573a3cad1deac903",
    }),
    paraphrased: true,
    note:
      "TASK_JUDGEMENT_PROMPT routing the user's instruction (the next question); system/user split reconstructed",
    build: (c) => ({ model: MODEL, messages: [sys(Q.YUNTAI_TASK), usr(c.followUp)] }),
  },
  {
    client: "gemini-discord-summarizer-bot",
    task: "group-summary",
    source: at("squatboy/gemini-discord-summarizer-bot", {
      path: "config.py",
      commit: "6be81d696a8d820fba7417d915dd44d626d4be26",
    }),
    paraphrased: true,
    note:
      "SUMMARY_PROMPT (Korean output) with the channel as author: content lines; Gemini generate_content as one " +
      "user message",
    build: (c) => one(Q.koDiscordSummary(chat(c))),
  },
  ...BLIND41_TAIL,
];
