/**
 * Blind round 70: chat bots and companions nobody on the project had read (Discord, Telegram, WhatsApp, WeChat,
 * QQ through AstrBot, a YouTube-live AITuber, a relationship-advice companion), measured without changing the
 * rules: emoji reactions and the tone gate before them, group-chat topic memory and keyword themes, "should I chime
 * in" decisions, comment selection, per-user and group summaries, intent labels, input clean-up, a search-query
 * writer, a persona profile, an image-request check and RAG file routing. The negatives (`_negatives_blind70.ts`)
 * are the same clients' ordinary turns and users asking about their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { BLIND70_BOTC } from "./_blind70_botc.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind70.ts";
import { clock, lastUser, named, people, pyList, userTurns, whatsappBatch } from "./_blind70_fill.ts";

export { buildBlind70Negatives } from "./_negatives_blind70.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const EMOJI = "7edc2fd243c427e10f385c93e9a68387f7810aed";
const MEMORA = "60145e038b676ab270ddd635b1ed44b0c096cb7e";
const FRIEND = "74289a2c3ac94c9995e76e4200c5f55652a9d598";
const TBOT = "a3b4aad0a0958a6440eb5cc8d5e2cb945782ba87";
const DAILY = "9b8cc47d687c2f9b7c58590965108663522ef2d6";
/** sigman78/tbot config.py BotConfig.persona default. */
const TBOT_PERSONA = "An affable research assistant who enjoys casual conversation.";
/** minghchen/dailybot config/config.example.json obsidian.note_files, as rag_service.py lists them. */
const DAILY_FILES = [
  "- 文件名: AI研究笔记\n  描述: 人工智能相关的论文、技术和理论研究",
  "- 文件名: 机器人技术\n  描述: 机器人、具身智能、操作和控制相关内容",
].join("\n");

/** memora_connect topic_analyzer.py _build_prompt with no open or finished sessions and no persona injection. */
function memoraTopics(c: Conversation): string {
  const p = people(c);
  const lines = c.turns.map((t, i) =>
    `[${i}] [12-07 ${clock(i).hm}] ${t.role === "user" ? p.user : p.bot}: ${t.content}`
  );
  return ["新消息:", ...lines, P.MEMORA_TOPIC_TASK].join("\n");
}

/** oliwill/wechat-summary llm-client.ts buildSummaryPrompt; times as toLocaleString('zh-CN') renders them. */
function wechatSummary(c: Conversation): string {
  const p = people(c);
  const lines = c.turns.map((t, i) =>
    `[2026/12/7 ${clock(i).hms}] ${t.role === "user" ? p.user : p.bot}: ${t.content}`
  );
  return P.WXSUM_TEMPLATE.replace("{groupName}", p.group).replace("{startDate}", "2026-12-07")
    .replace("{endDate}", "2026-12-07").replace("{messageCount}", String(c.turns.length))
    .replace("{chatMessages}", lines.join("\n\n"));
}

/** The chat-app templates; botc's four come from `_blind70_botc.ts`. */
const CHAT_APPS: Template[] = [
  {
    client: "discord-emoji-react-bot",
    task: "classification",
    source: at("chrimage/discord-emoji-react-bot", { path: "emoji_bot.py", commit: EMOJI }),
    note:
      "is_tone_appropriate: tone_check_prompt as system, the Discord message as user; max_tokens 5, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.EMOJI_TONE), usr(lastUser(c))],
      max_tokens: 5,
      temperature: 0.1,
    }),
  },
  {
    client: "discord-emoji-react-bot",
    task: "emoji",
    source: at("chrimage/discord-emoji-react-bot", { path: "config-example.yaml", commit: EMOJI }),
    note: "get_emoji_reaction in emoji_bot.py: config system_prompt, the message text as user; max_tokens 10",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.EMOJI_SYSTEM), usr(lastUser(c))],
      max_tokens: 10,
      temperature: 0.7,
    }),
  },
  {
    client: "astrbot_plugin_memora_connect",
    task: "memory",
    source: at("qa296/astrbot_plugin_memora_connect", {
      path: "intelligence/topic_analyzer.py",
      commit: MEMORA,
    }),
    note:
      "TopicAnalyzer._run_analysis through AstrBot text_chat (system_prompt as system, prompt as user, no contexts); the turns as buffered group messages, the bot's under its nickname",
    build: (c) => ({ model: MODEL, messages: [sys(P.MEMORA_TOPIC_SYSTEM), usr(memoraTopics(c))] }),
  },
  {
    client: "astrbot_plugin_memora_connect",
    task: "tags",
    source: at("qa296/astrbot_plugin_memora_connect", { path: "core/memory_system.py", commit: MEMORA }),
    note: "_extract_themes_by_llm: the last ten history contents joined by spaces; AstrBot text_chat",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MEMORA_THEMES_SYSTEM),
        usr(
          `${P.MEMORA_THEMES_PRE}${
            c.turns.slice(-10).map((t) => t.content).join(" ")
          }${P.MEMORA_THEMES_POST}`,
        ),
      ],
    }),
  },
  {
    client: "astrbot_plugin_reply_directly",
    task: "speaker",
    source: at("qa296/astrbot_plugin_reply_directly", {
      path: "main.py",
      commit: "ea53876b638f6f0de8b0ed544a6baec3f41dbba6",
    }),
    note:
      "_proactive_check_task (主动插话): instruction = recent group lines + (no persona) + the should_reply JSON rules as system, the bot's conversation history as contexts, the recent lines again as user; the follow-up stands for the message the bot did not take part in",
    build: (c) => {
      const recent = `--- 最近的群聊内容 ---\n${people(c).user}: ${c.followUp}\n--- 群聊内容结束 ---`;
      return {
        model: MODEL,
        messages: [sys(`${recent}${P.RD_PROACTIVE_TAIL}`), ...toMessages(c.turns), usr(recent)],
      };
    },
  },
  {
    client: "whatsapp-tltr-bot",
    task: "summary",
    source: at("maletta/whatsapp-tltr-bot", {
      path: "src/application/use-cases/text-generation/generate-summary/UseCaseGenerateSummary.ts",
      commit: "716bab8d7fc3acaed395c480d5334cefb8cfddf2",
    }),
    note:
      "single batch: `${promptMock} ${batch}` as the one user part (Vertex Gemini generateContent in the client); every turn as a group message",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.TLTR_PROMPT} ${whatsappBatch(c)}`)] }),
  },
  {
    client: "FriendBot",
    task: "classification",
    source: at("ChenHY1217/FriendBot", { path: "main.py", commit: FRIEND }),
    note:
      "extract_intent: IntentPrompt (prompts.py) in the f-string with the history list's repr (current input included), the cleaned input as user",
    build: (c) => {
      // The list holds the exchanges up to the cleaned input, which main.py appends before calling extract_intent.
      const upTo = c.turns.slice(0, c.turns.findLastIndex((t) => t.role === "user") + 1);
      const history = upTo.map((t) => `${t.role === "user" ? "User" : "FriendBot"}: ${t.content}`);
      const system = `\n    ${P.FRIEND_INTENT}\n\n    Past conversation history: ${pyList(history)}\n    `;
      return { model: MODEL, messages: [sys(system), usr(lastUser(c))] };
    },
  },
  {
    client: "FriendBot",
    task: "query-rewrite",
    source: at("ChenHY1217/FriendBot", { path: "main.py", commit: FRIEND }),
    note:
      "clean_input: spelling and noise clean-up of the next raw user message before the intent and reply calls",
    build: (c) => ({ model: MODEL, messages: [sys(P.FRIEND_CLEAN), usr(c.followUp)] }),
  },
  {
    client: "tbot",
    task: "memory",
    source: at("sigman78/tbot", { path: "tbot/llm_client.py", commit: TBOT }),
    note:
      "generate_user_summaries (auto-summarization of the oldest history): 'Name: text' and 'Bot: text' lines; temperature 0.3, max_tokens 512",
    build: (c) => {
      const system = "You are a helpful assistant that creates concise per-user conversation summaries. " +
        `The bot's persona is: ${TBOT_PERSONA}. ` +
        "For each user mentioned in the conversation, create a brief summary of their key points and contributions. " +
        "Format your response as one line per user in the format: 'Username: summary text' " +
        "Focus on facts, topics discussed, and context that would be useful to remember. " +
        "Keep each user's summary concise (1-2 sentences).";
      const user = `Please create per-user summaries for the following conversation. Users: ${
        people(c).user
      }\n\nConversation:\n${named(c, { bot: "Bot" })}`;
      return { model: MODEL, messages: [sys(system), usr(user)], temperature: 0.3, max_tokens: 512 };
    },
  },
  {
    client: "tbot",
    task: "emoji",
    source: at("sigman78/tbot", { path: "tbot/llm_client.py", commit: TBOT }),
    note:
      "suggest_reaction: the first 20 code points of const.py TG_REACTIONS joined by commas; max_tokens 10",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are a helpful assistant that suggests emoji reactions. " +
            `The bot's persona is: ${TBOT_PERSONA}. ` +
            "Based on the message, suggest ONE emoji reaction that would be appropriate, " +
            "or respond with 'NONE' if no reaction is needed. " +
            `Available reactions: ${P.TBOT_REACTIONS}. ` +
            "Respond with ONLY the emoji or 'NONE', nothing else.",
        ),
        usr(`Message: ${lastUser(c)}\n\nSuggest reaction:`),
      ],
      temperature: 0.5,
      max_tokens: 10,
    }),
  },
  {
    client: "telegram-gigachat-bot",
    task: "summary",
    source: at("LebedAlIv2601/telegram-gigachat-bot", {
      path: "telegram_bot.py",
      commit: "40287b3d09d8b39267e9bd82af7774f943d83e0e",
    }),
    note:
      "create_summary (first summary, no previous one): its system prompt, then the stored conversation; openrouter_client.send_message with stream false, temperature 0, max_tokens 4000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GIGA_SUMMARY), ...toMessages(c.turns)],
      stream: false,
      temperature: 0,
      max_tokens: 4000,
    }),
  },
  {
    client: "wechat-summary",
    task: "summary",
    source: at("oliwill/wechat-summary", {
      path: "src/main/llm-client.ts",
      commit: "2668e57a4cbfc4e67834ef38e2f35f8c579a8344",
    }),
    note:
      "generateSummary, OpenAI provider: fixed system line, the filled template as user; temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.WXSUM_SYSTEM), usr(wechatSummary(c))],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "dailybot",
    task: "summary",
    source: at("minghchen/dailybot", { path: "services/content_extractor.py", commit: DAILY }),
    note:
      "_build_context_with_llm: the messages around a shared link as '[HH:MM:SS] text' joined by '\\n---\\n', one user message (LLMService.chat, max_completion_tokens 3000 not reproduced)",
    build: (c) => {
      const raw = c.turns.map((t, i) => `[${clock(i).hms}] ${t.content}`).join("\n---\n");
      return {
        model: MODEL,
        messages: [usr(`${P.DAILY_CTX_PRE}${raw}${P.DAILY_CTX_POST}`)],
        temperature: 0.7,
      };
    },
  },
  {
    client: "dailybot",
    task: "classification",
    source: at("minghchen/dailybot", { path: "services/rag_service.py", commit: DAILY }),
    note:
      "_select_relevant_files_with_llm (RAG layer one): the user's question and the example config's two note files",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(`${P.DAILY_SELECT_A}"${c.followUp}"${P.DAILY_SELECT_B}${DAILY_FILES}${P.DAILY_SELECT_C}`),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "how-to-start-aituber",
    task: "speaker",
    source: at("tegnike/how-to-start-aituber", {
      path: "index.html",
      commit: "e1d1c6e42e09a528c9592184a6e1d42d1ed17dd5",
    }),
    note:
      "selectBestComment: settings.js COMMENT_SELECTION_PROMPT as system, 'コメントリスト：' + JSON.stringify(list, null, 2) as user; the user's turns and follow-up as live-chat comments",
    build: (c) => {
      const list = [...userTurns(c), c.followUp].map((message, i) => ({
        id: `LCC.EhwKGkNPYUZ${i}dGVzdA`,
        message,
      }));
      return {
        model: MODEL,
        messages: [sys(P.AITUBER_SELECT), usr("コメントリスト：" + JSON.stringify(list, null, 2))],
      };
    },
  },
];

export const BLIND70: Template[] = [...CHAT_APPS, ...BLIND70_BOTC];
