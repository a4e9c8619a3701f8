/**
 * Blind round 70 negatives: the same clients' ordinary turns as they send them (a Japanese Discord member whose
 * system prompt decides when to speak, a Spanish Discord persona with its JSON payload, botc's main prompt, tbot's
 * persona turn, FriendBot's reply, an AITuber answering a comment, a WeChat note RAG, a Telegram bot's text and
 * Russian recipe modes, a WhatsApp advice command) and people asking for a title or summary of their own text.
 * None of them is META.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_70 as C } from "./_conversations_blind70.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind70.ts";
import { botcMessages, lastUser, named, people } from "./_blind70_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const neg = (
  messages: WireMessage[],
  { source, note, extra = {} }: {
    source: ReturnType<typeof at>;
    note: string;
    extra?: Record<string, unknown>;
  },
): Negative => ({ task: "blind-70", body: { model: MODEL, messages, ...extra }, source, note });
const [EN, FR, ZH, TR] = C as [Conversation, Conversation, Conversation, Conversation];

const CHATTER = at("actbit/ChatterBot", {
  path: "ChatterBot/Program.cs",
  commit: "be9ff9e3644ecdcb0c443c724f4efd66b51c201a",
});
const BIS = at("luisep92/Bisbot", {
  path: "src/GptWrapper.py",
  commit: "5d3d716cfc0c300a034748c7b63e97226ebb213e",
});
const BOTC = at("jlyons210/botc", {
  path: "src/Botc/Configuration/Configuration.defaults.ts",
  commit: "36a4989d7aa18d1593a33795d810787706c975af",
});
const TBOT = at("sigman78/tbot", {
  path: "tbot/context.py",
  commit: "a3b4aad0a0958a6440eb5cc8d5e2cb945782ba87",
});
const FRIEND = at("ChenHY1217/FriendBot", {
  path: "main.py",
  commit: "74289a2c3ac94c9995e76e4200c5f55652a9d598",
});
const AITUBER = at("tegnike/how-to-start-aituber", {
  path: "settings.js",
  commit: "e1d1c6e42e09a528c9592184a6e1d42d1ed17dd5",
});
const DAILY = at("minghchen/dailybot", {
  path: "services/rag_service.py",
  commit: "9b8cc47d687c2f9b7c58590965108663522ef2d6",
});
const GIGA = at("LebedAlIv2601/telegram-gigachat-bot", {
  path: "openrouter_client.py",
  commit: "40287b3d09d8b39267e9bd82af7774f943d83e0e",
});
const TLTR = at("maletta/whatsapp-tltr-bot", {
  path: "src/application/commands/CommandAdvice.ts",
  commit: "716bab8d7fc3acaed395c480d5334cefb8cfddf2",
});

/** sigman78/tbot config.py defaults, as context.py puts them into the first system message. */
const TBOT_SYSTEM =
  "You are role-playing as the configured persona. Maintain continuity, be helpful, and keep a light conversational tone while referencing stored memories when relevant.\nPersona: An affable research assistant who enjoys casual conversation.";

/** botc's systemPrompt default with its placeholders filled (version 1.0.0, gpt-4o-mini) and the persona block. */
const botcSystem = (persona: string) =>
  [
    'You are a simple, helpful, and friendly chatbot named "botc". You adhere to the three laws of robotics.\n',
    "This is a Discord chat, so keep your responses concise and conversational, but information contained in <Grounding Context> metadata blocks can be used to provide more detailed responses - summarize, but do not omit information, particularly information in lists (such as events).\n",
    "Ignore complaints in <Grounding Context> metadata blocks about the date being wrong, because the AI Grounding API runs on UTC and gets confused by time zones. Today's date is 1,796,652,300,000.\n",
    "Recalculate international measurements and units in <Grounding Context> metadata blocks to US values and units.\n",
    "Mimic the conversation style of those that you are interacting with. Avoid using long, heavily formatted responses.\n",
    "Do not repeat back any metadata enclosed in angle brackets.\n",
    "Do not include metadata blocks in your responses.\n\n",
    "<Behaviors>\nYou may answer questions about yourself/your code - here are some details:\n",
    "  - Your name/bot name: botc\n  - Bot version: 1.0.0\n  - OpenAI model: gpt-4o-mini\n",
    "  <User-defined behaviors>\n    - Respond to users using their preferred name or playful variations. \n",
    "  </User-defined behaviors>\n</Behaviors>",
  ].join("") + `\n<Sender Persona>${persona}</Sender Persona>\n<Grounding Context></Grounding Context>`;

/** Bisbot DiscordMessageHandler.handle: the mention payload as indented JSON (ensure_ascii off). */
const bisPayload = (message: string, history: string) =>
  JSON.stringify(
    { trigger: "mention", channel_name: "meme-bot", author: "Lucía", message, history },
    null,
    2,
  );

const NEGATIVES: Negative[] = [
  neg([sys(P.CHATTER_SYSTEM), ...toMessages(ZH.turns), usr(ZH.followUp)], {
    source: CHATTER,
    note:
      "Japanese main system prompt that decides reply/do_not_reply through required tool calls (tools not reproduced); Chinese channel history",
    extra: { max_tokens: 4096 },
  }),
  neg([sys(P.CHATTER_SYSTEM), usr("ChatterBot、この前の論文の要点を3行でまとめてくれる？URL貼ったやつ")], {
    source: CHATTER,
    note: "Japanese: a member asks the bot by name to summarise a paper they shared",
    extra: { max_tokens: 4096 },
  }),
  neg([
    sys(`${P.BIS_RULES}${P.BIS_CONTEXT}`),
    usr(bisPayload(
      "Bisbal, ¿tú qué mapa de Beat Saber recomendarías para empezar en Expert?",
      "Zenith: alguien se ha pasado ya Bulería en expert+?\nLucía: yo no paso del 70% jaja",
    )),
  ], {
    source: BIS,
    note: "Spanish persona and JSON rules; a mention payload asking the bot a question",
    extra: { max_tokens: 500, temperature: 0.9 },
  }),
  neg([
    sys(botcSystem("Siobhan organises the community garden and writes in short messages.")),
    ...botcMessages(EN),
  ], {
    source: BOTC,
    note:
      "botc's main response: systemPrompt with the sender persona and empty grounding, then the channel history",
  }),
  neg([sys(TBOT_SYSTEM), ...toMessages(FR.turns.slice(0, -1)), usr(lastUser(FR))], {
    source: TBOT,
    note: "tbot private chat: persona system message, history, the current message (French)",
  }),
  neg([
    sys(TBOT_SYSTEM),
    usr(
      `${
        people(TR).user
      }: Bu yazıma kısa bir başlık önerir misin? "Kapadokya'da üç gün: balon, vadiler ve mantı"`,
    ),
  ], {
    source: TBOT,
    note: "Turkish group member asking a title for her own blog post",
  }),
  neg([sys(P.FRIEND_BENCH), usr(lastUser(EN))], {
    source: FRIEND,
    note: "FriendBot's base reply: BenchmarkPrompt and the cleaned input",
  }),
  neg([sys(P.AITUBER_SYSTEM), ...toMessages(TR.turns), usr("Ürgüp'te hangi otel iyi?")], {
    source: AITUBER,
    note: "AITuber answering a live-chat comment with the conversation history",
  }),
  neg([
    usr(
      `${P.DAILY_RAG_A}来源文件: AI研究笔记\n标题: pandas merge 行数膨胀\n内容片段: 连接键不唯一会导致 merge 后行数放大，可用 validate='many_to_one' 检查。${P.DAILY_RAG_B}${ZH.followUp}${P.DAILY_RAG_C}`,
    ),
  ], {
    source: DAILY,
    note: "dailybot RAG answer over a retrieved note snippet (temperature 0.7)",
    extra: { temperature: 0.7 },
  }),
  neg([sys(P.GIGA_TEXT), usr("What is the difference between a disc brake and a rim brake?")], {
    source: GIGA,
    note: "Telegram text mode",
    extra: { stream: false, temperature: 0, max_tokens: 4000 },
  }),
  neg([sys(P.GIGA_RECIPE), usr("У меня есть курица, рис и болгарский перец. Что можно приготовить?")], {
    source: GIGA,
    note: "Telegram recipe mode, Russian",
    extra: { stream: false, temperature: 0, max_tokens: 4000 },
  }),
  neg([usr(`Aconselhe a seguinte fala "${lastUser(FR)}" em até 2 frases e nada mais: `)], {
    source: TLTR,
    note: "WhatsApp .conselho command on a quoted message, asked by a member",
  }),
  neg([
    sys(TBOT_SYSTEM),
    usr(`Résume-moi ce texte en deux phrases pour le bulletin du club :\n\n${named(FR)}`),
  ], {
    source: TBOT,
    note: "French member asking a summary of a text they paste",
  }),
  neg([usr("帮我给这段话起个标题：每个客户只保留最新的一条记录，merge 时加 validate 防止行数放大。")], {
    source: at("minghchen/dailybot", {
      path: "bot/message_handler.py",
      commit: "9b8cc47d687c2f9b7c58590965108663522ef2d6",
    }),
    note: "Chinese user asking the WeChat bot for a title of their own note (RAG off: the query alone)",
    extra: { temperature: 0.7 },
  }),
];

export function buildBlind70Negatives(): Negative[] {
  return NEGATIVES;
}
