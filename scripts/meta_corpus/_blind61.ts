/**
 * Blind round 61: messenger bots, companions and voice assistants with persona prompts, read only for this round
 * and measured without changing the rules. Housekeeping: a Discord bot deciding whether to speak and who speaks
 * next, a Chinese companion's memory filter and memory summary, a Japanese role-play app's memory card and reply
 * suggestions, a Discord channel digest, a WhatsApp restaurant bot's language check sent under its persona, a
 * QQ waifu's memory summary, emoji, mood and search keyword, and a Chinese VTuber's history summary, mood label and
 * memory score. Negatives: these apps' ordinary turns with their persona prompts (history as messages and inside
 * the prompt), plus people asking the bot to summarise or title their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind61.ts";
import { BOT, jippHistory, person, stamp, WAIFU_NAME, WAIFU_USER, waifuUser } from "./_blind61_helpers.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const JIPP_OLD = "8dd5009960c428e05393455d51ed6120cab2f989";
const JIPP_NEW = "246723c8d94162688efbd975c7b38dbc191de8fd";
const CHATBOT = "4243596929e214822d71efe30ee795f7f5fa8a35";
const AICHAT = "0ac9053b749d7f23055a9c1c104f956380b64559";
const HSF = "c24a9b1e665f645880b15cec7ba0f1fb2b1307ea";
const WAIFU = "3f51a1aca51aed5f63f72fefeb60ab3cbf039672";
const ZEROLAN = "ab1302f0ca2049b134cf5ba8a8605af70df753ae";

/** The companion's newest reply (mood, emoji and memory checks run on it). */
const lastAnswer = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
/** Avalianfeng/chat_bot `_format_conversation`: 用户：/机器人： lines. */
const chatbotLines = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "用户" : "机器人"}：${t.content}`).join("\n");
/** ai-chat-v3 memory-card-generator formatMessagesForAnalysis (toLocaleString("ja-JP") timestamps). */
const cardLines = (c: Conversation) =>
  c.turns.map((t, i) =>
    `[2026/12/5 19:${10 + 2 * i}:07] ${t.role === "user" ? "{{user}}" : "{{char}}"}: ${t.content}`
  )
    .join("\n");
/** ai-chat-v3 inspiration-service buildContext (last six, 300 characters each, not group mode). */
const inspirationLines = (c: Conversation) =>
  c.turns.slice(-6).map((t) => {
    const content = t.content.length > 300 ? t.content.substring(0, 300) + "..." : t.content;
    return `${t.role === "user" ? "ユーザー" : "キャラクター"}: ${content}`;
  }).join("\n");
/** CyberWaifu summarize_memory transcript: `name: content` blocks, user turns as make_message JSON. */
const waifuTranscript = (c: Conversation) =>
  c.turns.map((t, i) =>
    t.role === "user"
      ? `${WAIFU_USER}: ${waifuUser(t.content, stamp(i))}\n\n`
      : `${WAIFU_NAME}: ${t.content}\n\n`
  ).join("");
const MOODS = "['表现自己可爱', '生气', '高兴兴奋', '难过', '平常聊天', '温柔', '尴尬害羞']";
const ZEROLAN_TAGS = "['开心', '生气', '难过', '正常']";
/** ZerolanLiveRobot agent/api.py summary_history: `[{role}]\n{content}` pieces joined with nothing between. */
const zerolanHistory = (c: Conversation) => c.turns.map((t) => `[${t.role}]\n${t.content}`).join("");

const jippSchema = (name: string, fields: Record<string, { type: string; description: string }>) => ({
  type: "json_schema",
  json_schema: {
    name,
    strict: true,
    schema: {
      type: "object",
      properties: fields,
      required: Object.keys(fields),
      additionalProperties: false,
    },
  },
});
const str = (description: string) => ({ type: "string", description });

export const BLIND61: Template[] = [
  {
    client: "programmable-jipp",
    task: "should-reply",
    source: at("TheSylvester/programmable-jipp", {
      path: "jippity_ai/prompts/MESSAGE_LISTENER_PROMPT.md",
      commit: JIPP_OLD,
    }),
    paraphrased: true,
    note:
      "message_listener: MESSAGE_LISTENER_SYSTEM_PROMPT + the listener prompt with the channel history, parsed into MessageAnalysis with should_respond (schema wrapper reconstructed from the pydantic model)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.JIPP_LISTENER_SYSTEM(BOT)),
        usr(
          P.JIPP_LISTENER_PROMPT({
            bot: BOT,
            message: c.followUp,
            history: jippHistory(c, { withIds: false }),
          }),
        ),
      ],
      response_format: jippSchema("MessageAnalysis", {
        speaker: str("The speaker's identity and role in the conversation"),
        intent: str("The intent of the message"),
        audience: str("The intended audience of the message"),
        expected: str("The speaker's expectation of a response, if any"),
        conversation_flow: str("The current flow of the conversation"),
        should_respond: { type: "boolean", description: "Whether '{{bot_username}}' should respond" },
      }),
    }),
  },
  {
    client: "programmable-jipp",
    task: "speaker-selection",
    source: at("TheSylvester/programmable-jipp", {
      path: "jippity_ai/programs/analyze_message/user.md",
      commit: JIPP_NEW,
    }),
    paraphrased: true,
    note:
      "analyze_incoming_message: system.md + user.md with the channel history (names with IDs), parsed into MessageAnalysis with next_speaker (schema wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.JIPP_ANALYZE_SYSTEM),
        usr(P.JIPP_ANALYZE_PROMPT(c.followUp, jippHistory(c, { withIds: true }))),
      ],
      response_format: jippSchema("MessageAnalysis", {
        speaker: str("The speaker's identity and role in the conversation"),
        intent: str("The intent of the message"),
        audience: str("The intended audience of the message"),
        expected_response: str("The speaker's expectation of a response, if any"),
        next_speaker: str("Who might respond next in this conversation based on the incoming message"),
        relevant_context: str("Message from the history that are relevant to this message"),
      }),
    }),
  },
  {
    client: "chat_bot (Avalianfeng)",
    task: "memory-filter",
    source: at("Avalianfeng/chat_bot", { path: "memory/memory_filter.py", commit: CHATBOT }),
    note:
      "FILTER_PROMPT as system, 对话内容 with 用户：/机器人： lines as user (pending conversation after 10 idle minutes)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CHATBOT_FILTER), usr(`对话内容：\n${chatbotLines(c)}`)],
    }),
  },
  {
    client: "chat_bot (Avalianfeng)",
    task: "memory",
    source: at("Avalianfeng/chat_bot", { path: "memory/memory_summarizer.py", commit: CHATBOT }),
    note: "SUMMARIZE_PROMPT as system, 对话内容 with the transcript as user; JSON summary + memories_to_add",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CHATBOT_SUMMARIZE), usr(`对话内容：\n${chatbotLines(c)}`)],
    }),
  },
  {
    client: "ai-chat-v3",
    task: "memory",
    source: at("koharyou1215/ai-chat-v3", {
      path: "ai-chat-app-new/src/services/memory/memory-card-generator.ts",
      commit: AICHAT,
    }),
    note:
      "generateMessage(analysisPrompt, '', []) through OpenRouter: the prompt is the system message, the user message is empty; temperature 0.3, max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AICHAT_MEMORY_CARD(cardLines(c))), usr("")],
      temperature: 0.3,
      max_tokens: 1024,
    }),
  },
  {
    client: "ai-chat-v3",
    task: "follow-ups",
    source: at("koharyou1215/ai-chat-v3", {
      path: "ai-chat-app-new/src/services/inspiration-service.ts",
      commit: AICHAT,
    }),
    note:
      "reply suggestions: buildReplySuggestionPrompt as system, '返信提案を生成' as user; temperature 0.7, max_tokens 4096 (persona names 蒼真 and 美咲 chosen for the round)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AICHAT_REPLY_SUGGESTIONS({ userName: "蒼真", charName: "美咲", context: inspirationLines(c) })),
        usr("返信提案を生成"),
      ],
      temperature: 0.7,
      max_tokens: 4096,
    }),
  },
  {
    client: "discord-summarizer",
    task: "summary",
    source: at("0xfromage/discord-summarizer", {
      path: "utils/prompts.py",
      commit: "5c6f5058abae66cef67f2d0c31cf8f657337fe98",
    }),
    note:
      "summarizers/deepseek.py: general prompts, '[time] username: content' lines; max_tokens 1000, not streamed",
    build: (c) => {
      const text = c.turns.map((t, i) =>
        `[${stamp(i)}] ${t.role === "user" ? person(c) : "helper-bot"}: ${t.content}`
      )
        .join("\n");
      return {
        model: MODEL,
        messages: [sys(P.DISCORD_SUMMARY_SYSTEM), usr(P.DISCORD_SUMMARY_USER(text))],
        max_tokens: 1000,
      };
    },
  },
  {
    client: "HSF_WA_BOT",
    task: "classification",
    source: at("AV-13/HSF_WA_BOT", { path: "src/agent/mastra.ts", commit: HSF }),
    paraphrased: true,
    note:
      "detectLanguageWithMastra: agent.generate(prompt) on the restaurant agent, so the persona instructions go first; system shortened to BLOC 1 of the 40 kB prompt-merged.md",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HSF_SYSTEM_BLOC1), usr(P.HSF_DETECT_LANGUAGE(c.followUp))],
    }),
  },
  {
    client: "CyberWaifu",
    task: "memory",
    source: at("Syan-Lin/CyberWaifu", { path: "waifu/Waifu.py", commit: WAIFU }),
    note:
      "summarize_memory: the filled prompt_template as the only (system) message, user turns as make_message JSON; not streamed",
    build: (c) => ({ model: MODEL, messages: [sys(P.WAIFU_SUMMARY(waifuTranscript(c)))] }),
  },
  {
    client: "CyberWaifu",
    task: "emoji",
    source: at("Syan-Lin/CyberWaifu", { path: "waifu/Thoughts.py", commit: WAIFU }),
    note: "AddEmoji.think on the waifu's reply",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.WAIFU_EMOJI_ROLE), usr("add emoji for the following sentence:\n" + lastAnswer(c))],
    }),
  },
  {
    client: "CyberWaifu",
    task: "classification",
    source: at("Syan-Lin/CyberWaifu", { path: "waifu/Thoughts.py", commit: WAIFU }),
    note: "Emotion.think (mood label for the voice) on the waifu's reply",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.WAIFU_EMOTION_ROLE_HEAD}${MOODS}.`),
        usr(`Response with one of ${MOODS} for the following text:\n"${lastAnswer(c)}"`),
      ],
    }),
  },
  {
    client: "CyberWaifu",
    task: "search-query",
    source: at("Syan-Lin/CyberWaifu", { path: "waifu/Thoughts.py", commit: WAIFU }),
    note: "Search.think on the user's newest text (longer than six characters)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.WAIFU_SEARCH_ROLE),
        usr(`Make a Chinese search keyword for the following text:\n"${c.followUp}"`),
      ],
    }),
  },
  {
    client: "ZerolanLiveRobot",
    task: "summary",
    source: at("AkagawaTsurunaki/ZerolanLiveRobot", { path: "agent/api.py", commit: ZEROLAN }),
    paraphrased: true,
    note:
      "summary_history before saving to Milvus; LangChainAdaptedLLM hands system+user to the Zerolan LLM pipeline (chat form reconstructed, roles printed as their values)",
    build: (c) => ({ model: MODEL, messages: [sys(P.ZEROLAN_SUMMARY_HISTORY), usr(zerolanHistory(c))] }),
  },
  {
    client: "ZerolanLiveRobot",
    task: "classification",
    source: at("AkagawaTsurunaki/ZerolanLiveRobot", { path: "agent/api.py", commit: ZEROLAN }),
    paraphrased: true,
    note:
      "sentiment_analyse picks the TTS prompt's mood for the reply (tags from TTS file names, chosen for the round)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.ZEROLAN_SENTIMENT_HEAD}${ZEROLAN_TAGS}${P.ZEROLAN_SENTIMENT_TAIL}`),
        usr(lastAnswer(c)),
      ],
    }),
  },
  {
    client: "ZerolanLiveRobot",
    task: "memory",
    source: at("AkagawaTsurunaki/ZerolanLiveRobot", { path: "agent/api.py", commit: ZEROLAN }),
    paraphrased: true,
    note: "memory_score on the bot's reply before it is kept as a memory",
    build: (c) => ({ model: MODEL, messages: [sys(P.ZEROLAN_MEMORY_SCORE), usr(lastAnswer(c))] }),
  },
];

export { buildBlind61Negatives } from "./_blind61_negatives.ts";
