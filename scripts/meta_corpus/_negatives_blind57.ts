/**
 * Blind round 57 hard negatives, part one: the messenger and companion bots' ordinary turns with their persona
 * prompts (history as messages), and people asking the same bots to summarise or title their own text. Part two,
 * with the Discord bots and the history inside the prompt: `_negatives_blind57_more.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_57 } from "./_conversations_blind57.ts";
import { type ChatBody, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind57.ts";
import { at, COMMIT, GRUMP, grumpWords, incoming } from "./_blind57_fill.ts";
import { MORE_NEGATIVES } from "./_negatives_blind57_more.ts";

const [EN, ES, JA, RU] = CONVERSATIONS_BLIND_57 as [Conversation, Conversation, Conversation, Conversation];
const body = (messages: ChatBody["messages"], extra: Partial<ChatBody> = {}): ChatBody => ({
  model: MODEL,
  messages,
  ...extra,
});
/** An incoming message with the turns before it as chat messages. */
const withHistory = (c: Conversation) => [...toMessages(incoming(c).before), usr(incoming(c).message)];

const GROUP = at("Him666233/astrbot_plugin_group_chat_enhanced", {
  path: "main.py",
  commit: COMMIT.groupChatEnhanced,
});
const PERSONA_BOT = at("yanislav-igonin/persona-bot", { path: "src/prompt.ts", commit: COMMIT.personaBot });
const LUNA = at("lucid-luna/luna-core", { path: "services/interaction.py", commit: COMMIT.luna });
const VTUBER = at("koshikawa-masato/AI-Vtuber-Project", {
  path: "src/line_bot_vps/cloud_llm_provider.py",
  commit: COMMIT.vtuber,
});
const FAMILY = at("aaldrich29/personal-assistant", { path: "app/app.py", commit: COMMIT.family });
const TBOT = at("sigman78/tbot", { path: "tbot/context.py", commit: COMMIT.tbot });

/** persona-bot's text reply: persona, words, its two fixed instructions, then the chat. */
const grumpReply = (rest: ChatBody["messages"]) =>
  body([
    sys(GRUMP),
    grumpWords(),
    sys(P.PERSONA_BOT_1),
    sys(P.PERSONA_BOT_2.replace("${TEXT_REPLY_MAX_LENGTH}", "500")),
    ...rest,
  ], {
    model: "grok-3-latest",
  });
/** The VTuber bot's own test persona from cloud_llm_provider.py, as generate_with_context builds it. */
const BOTAN = "あなたは牡丹です。\n\nあなたは明るく社交的な17歳の女の子です。ギャル口調で話します。\n";
const TBOT_SYSTEM =
  "You are role-playing as the configured persona. Maintain continuity, be helpful, and keep a light " +
  "conversational tone while referencing stored memories when relevant.\nPersona: An affable research assistant who " +
  "enjoys casual conversation.";

const ITEMS: Negative[] = [
  {
    task: "persona-chat",
    source: GROUP,
    note:
      "immersive follow-up in a group: the plugin's instruction, the history as contexts, a Russian message",
    body: body([sys(P.IMMERSIVE_SESSION_INSTRUCTION), ...withHistory(RU)]),
  },
  {
    task: "pasted-summary",
    source: GROUP,
    note: "immersive session, a Chinese member asks for a one-line summary of their own notice",
    body: body([
      sys(P.IMMERSIVE_SESSION_INSTRUCTION),
      usr(
        "周末小区停水的通知我写好了，你帮我总结成一句话发群里：因管道检修，本周六上午8点到下午4点全楼停水，请大家提前储水，物业会在一楼大厅放两桶饮用水。",
      ),
    ]),
  },
  {
    task: "persona-chat",
    source: PERSONA_BOT,
    note: "generateTextReply with history: the grumpy persona answers a group message (persona text ours)",
    body: grumpReply(withHistory(RU)),
  },
  {
    task: "pasted-title",
    source: PERSONA_BOT,
    note: "getCompletion without history: a Russian user wants a headline for their own post",
    body: grumpReply([
      usr(
        "Придумай заголовок для моего поста в канал: Весной я посадила двенадцать кустов смородины, летом собрала три ведра ягод и сварила варенье на всю зиму.",
      ),
    ]),
  },
  {
    task: "persona-chat",
    source: LUNA,
    note: "the fallback system text when the persona file is missing, the context as messages (Japanese)",
    body: body([sys("User: {user_input}\nAssistant:"), ...withHistory(JA)]),
  },
  {
    task: "pasted-title",
    source: LUNA,
    note: "Korean user asks the companion for a title for their own diary entry",
    body: body([
      sys("User: {user_input}\nAssistant:"),
      usr(
        "오늘 일기에 제목 좀 지어줘: 비가 와서 우산을 쓰고 동네 서점에 갔다. 오래 찾던 시집을 발견해서 기분이 좋았다.",
      ),
    ]),
  },
  {
    task: "persona-chat",
    source: VTUBER,
    note:
      "generate_with_context with the file's own test persona, history as messages, temperature 0.7, max_tokens 500",
    body: body([sys(BOTAN), ...withHistory(JA)], { temperature: 0.7, max_tokens: 500 }),
  },
  {
    task: "pasted-summary",
    source: VTUBER,
    note: "a Japanese user asks Botan to summarise their own club announcement in three lines",
    body: body([
      sys(BOTAN),
      usr(
        "この文章を3行で要約して！「来週の土曜日、写真部の撮影会を河川敷で行います。集合は朝9時に駅の改札前、雨天の場合は翌日に延期します。三脚を持っている人は持ってきてください。」",
      ),
    ], { temperature: 0.7, max_tokens: 500 }),
  },
  {
    task: "persona-chat",
    source: FAMILY,
    note:
      "on_message: the vault-built family system prompt, the session's turns and the next question, streamed",
    body: body([sys(P.FAMILY_SYSTEM), ...toMessages(EN.turns), usr(EN.followUp)], {
      stream: true,
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    task: "pasted-summary",
    source: FAMILY,
    note: "a parent pastes the school's email and asks for the gist and what to do",
    body: body([
      sys(P.FAMILY_SYSTEM),
      usr(
        "Can you summarize this email from school and tell me what I need to do?\n\nDear families, swimming lessons " +
          "start on 20 April for Room 7. Children need togs, a towel and a named drink bottle every Monday. Please " +
          "sign the water-safety form on the school app by Friday. Kind regards, Ms Patel",
      ),
    ], { stream: true, temperature: 0.7, max_tokens: 2000 }),
  },
  {
    task: "persona-chat",
    source: TBOT,
    note: "generate_reply in a private chat: default system prompt and persona, history prefixes stripped",
    body: body([sys(TBOT_SYSTEM), ...withHistory(ES)], {
      model: "openai/gpt-4o-mini",
      temperature: 0.8,
      max_tokens: 512,
    }),
  },
  {
    task: "pasted-title",
    source: TBOT,
    note: "a Spanish user wants a title for their own blog text",
    body: body([
      sys(TBOT_SYSTEM),
      usr(
        "¿Me ayudás con un título corto para este texto de mi blog? Hace un año adopté a Ñata, una perra mayor que nadie quería, y hoy no me imagino la casa sin ella.",
      ),
    ], { model: "openai/gpt-4o-mini", temperature: 0.8, max_tokens: 512 }),
  },
];

export function buildBlind57Negatives(): Negative[] {
  return [...ITEMS, ...MORE_NEGATIVES];
}
