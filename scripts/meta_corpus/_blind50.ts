/**
 * Blind round 50: chat apps and chat front-ends of non-English-speaking communities, never used in the corpus
 * before, measured without changing the rules: a Chinese persona-memory layer (cogniweave: short-term summary, topic
 * tags, typing-end detector, long-term memory), a Spanish WhatsApp bot's summary, a Chinese chat server's title, a
 * Vietnamese attendance bot's question rewrite and topic check, a Chinese QQ group bot's action decision, a German
 * Claude Code kernel's router, a Vietnamese chat widget's follow-ups, a Japanese Discord bot's relationship, emotion,
 * entity and privacy-abstraction calls, and Korean Kakao / book-shop intent and slot analysis (those two in
 * `_blind50_more.ts`); and hard negatives
 * from the same clients (`_negatives_blind50.ts`).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind50.ts";
import * as F from "./_blind50_fill.ts";
import { BLIND50_MORE } from "./_blind50_more.ts";

export { buildBlind50Negatives } from "./_negatives_blind50.ts";

const at = (key: keyof typeof P.SRC, path: string) => ({
  repo: P.SRC[key].repo,
  path,
  commit: P.SRC[key].commit,
});
const cwHistory = (c: Conversation) =>
  `<ChatHistory>\n${F.bufferString(c.turns, { human: "[User]", ai: "[Assistant]" })}\n</ChatHistory>`;

export const BLIND50: Template[] = [
  {
    client: "cogniweave",
    task: "memory",
    source: at("CW", "src/cogniweave/core/prompt_values/values/short_memory.py"),
    note:
      "ShortTermSummary: SHORT_TERM_MEMORY_SUMMARY_ZH as system, the <ChatHistory> block as user (memory_maker)",
    build: (c) => ({ model: MODEL, messages: [sys(P.CW_SUMMARY), usr(cwHistory(c))], temperature: 0.7 }),
  },
  {
    client: "cogniweave",
    task: "tags",
    source: at("CW", "src/cogniweave/core/prompt_values/values/short_memory.py"),
    paraphrased: true,
    note:
      "ShortTermTags: SHORT_TERM_MEMORY_TAGS_ZH as system, same user block; its Pydantic structured-output wrapper not reproduced",
    build: (c) => ({ model: MODEL, messages: [sys(P.CW_TAGS), usr(cwHistory(c))], temperature: 0.7 }),
  },
  {
    client: "cogniweave",
    task: "classification",
    source: at("CW", "src/cogniweave/core/prompt_values/values/end_detector.py"),
    paraphrased: true,
    note:
      "end detector: is the user's message block finished; the `* [User]` / `* [Assistant]` buffer string as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CW_END), usr(`* [User]: ${c.followUp}\n* [Assistant]: ${F.lastAssistant(c)}`)],
    }),
  },
  {
    client: "cogniweave",
    task: "memory",
    source: at("CW", "src/cogniweave/core/prompt_values/values/long_memory.py"),
    paraphrased: true,
    note:
      "LONG_TERM_MEMORY_EXTRACT_ZH as system, LongMemoryExtractPromptTemplate (history, current time and date) as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CW_LONG),
        usr(`${cwHistory(c)}\nCurrent time: ${F.NOW.time}\nCurrent date: ${F.NOW.date}`),
      ],
    }),
  },
  {
    client: "Whatsapp-Llama",
    task: "summary",
    source: at("WA", "app/openai_utils.py"),
    note:
      "summarise_conversation before every reply: SUMMARY_PROMPT (app/prompts.py) as system, User:/Bot: lines as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.WA_SUMMARY), usr(F.bufferString(c.turns, { human: "User", ai: "Bot" }) + "\n")],
      stream: false,
      temperature: 0.1,
      max_tokens: 350,
    }),
  },
  {
    client: "deepsink-server",
    task: "title",
    source: at("DS", "src/config/chat.config.ts"),
    note:
      "getSessionTitle on a new session: the system prompt, then the exchange as a JS-like array literal (chat.route.ts)",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const wrapped = F.fill(P.DS_TITLE_WRAP, { "${content}": question, "${aiResponse}": answer });
      return { model: MODEL, messages: [sys(P.DS_TITLE), usr(wrapped)] };
    },
  },
  {
    client: "attendance-bot",
    task: "query-rewrite",
    source: at("AB", "prompts/rewrite_question.md"),
    paraphrased: true,
    note:
      "the flow's rewrite node with the session's previous exchange; sent as one user message (flow wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(F.fill(P.AB_REWRITE, { ...F.attendanceSession(c), "{{ raw_user_input }}": c.followUp })),
      ],
    }),
  },
  {
    client: "attendance-bot",
    task: "classification",
    source: at("AB", "prompts/topic_handler.md"),
    paraphrased: true,
    note:
      "the flow's topic node classifying the new question; sent as one user message (flow wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.fill(P.AB_TOPIC, { ...F.attendanceSession(c), "{{ user_input }}": c.followUp }))],
    }),
  },
  {
    client: "LinXiaoLu_bot",
    task: "speaker-selection",
    source: at("LX", "src/bot.py"),
    paraphrased: true,
    note:
      "Action.generate_decision: persona (operator config, written here) as system, the filled decision prompt as user",
    build: (c) => {
      const prompt = F.fill(P.LX_ACTION, {
        "{{action_memory}}": "暂无历史动作记忆",
        "{{chat_context}}": F.groupChatLines(c),
        "{{tools}}": P.LX_TOOLS.join("\n"),
      });
      return { model: MODEL, messages: [sys(F.LX_PERSONA), usr(prompt)], stream: true };
    },
  },
  {
    client: "PROMOS",
    task: "classification",
    source: at("PR", "kernel/hooks/pre-response-router-api.py"),
    paraphrased: true,
    note:
      "UserPromptSubmit hook routing the typed message; Anthropic Messages (max_tokens 50, temperature 0.2) as chat",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.promosRouter(c.followUp))],
      max_tokens: 50,
      temperature: 0.2,
    }),
  },
  {
    client: "liorion chat-bot",
    task: "follow-ups",
    source: at("LI", "app/api/suggestions/route.ts"),
    paraphrased: true,
    note: `smart suggestions after each answer, language 'auto'; ${F.GEMINI_WIRE}`,
    build: (c) => {
      const prompt = F.fill(P.LI_SUGGEST, {
        "${languageInstruction}": P.LI_AUTO,
        "${userMessage}": F.lastUser(c),
        "${botResponse}": F.lastAssistant(c),
      });
      return { model: MODEL, messages: [usr(prompt)], temperature: 0.8, max_tokens: 150 };
    },
  },
  ...BLIND50_MORE,
];
