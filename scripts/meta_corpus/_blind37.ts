/**
 * Blind round 37: ten messenger bots, companion/role-play apps and chat front-ends never used in the corpus before,
 * measured without changing the rules: LINE (Traditional Chinese), WhatsApp and Slack (Portuguese), Telegram
 * (Spanish) and Slack group summaries, a Korean Discord thread title, a Discord bot's compaction, a QQ plugin's
 * Chinese memory extraction, a companion's memory summary, and a role-play app's summary, title check, literary
 * title and rolling fold; and hard negatives from the same clients.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind37.ts";
import { caellwynMemory, clock, neuroHistory, roleBlocks, SRC, who } from "./_blind37_fill.ts";

export { buildBlind37Negatives } from "./_negatives_blind37.ts";

export const BLIND_ROUND_37: Template[] = [
  {
    client: "LINE-Bot-ChatSummarizer",
    task: "summary",
    source: SRC.line,
    note:
      "handleSumAll (:sum_all in a group): `[name]: text . time` lines wrapped as 幫我總結 `...`, one user message via gptCompleteContext (chatgpt.go), no system prompt",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.LINE_SUMMARY_PREFIX +
            c.turns.map((t, i) => `[${who(c, t)}]: ${t.content} . 2026-12-05 ${clock(i)}:00\n`).join("") +
            "`",
        ),
      ],
    }),
  },
  {
    client: "long-memory-character-chat",
    task: "memory",
    source: SRC.caellwyn,
    note:
      "summarize_memories: the short-term memory (user turns with the location prefix) then the memory-creator prompt as a user message; defaults Bill/User, memories 'nothing yet.'; max_tokens 150, temperature 0, top_p 0.05",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...caellwynMemory(c.turns),
        usr(
          P.CAELLWYN_SUMMARY.replaceAll("{name}", "Bill").replaceAll("{user}", "User").replace(
            "{mid}",
            "nothing yet.",
          )
            .replace("{long}", "nothing yet."),
        ),
      ],
      max_tokens: 150,
      temperature: 0,
    }),
  },
  {
    client: "quilltap",
    task: "summary",
    source: SRC.quilltap,
    note:
      "summarizeChat: CHAT_SUMMARY_PROMPT as system, `ROLE: text` blocks as user; core-execution.ts sends temperature 0.3, max tokens at least 2048",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QUILLTAP_CHAT_SUMMARY), usr(roleBlocks(c.turns))],
      temperature: 0.3,
      max_tokens: 2048,
    }),
  },
  {
    client: "quilltap",
    task: "title",
    source: SRC.quilltap,
    note:
      "considerTitleUpdate: CHAT_TITLE_CONSIDERATION_PROMPT, current generic title, last 5 messages cut at 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.QUILLTAP_TITLE_CONSIDERATION),
        usr(
          `Current Title: "Chat with Wren"\n\nPrevious context: Chat with Wren\n\nRecent Messages:\n${
            c.turns.slice(-5).map((t) => `${t.role.toUpperCase()}: ${t.content.substring(0, 500)}`).join(
              "\n\n",
            )
          }`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 2048,
    }),
  },
  {
    client: "quilltap",
    task: "title",
    source: SRC.quilltap,
    note: "titleChat: CHAT_TITLE_PROMPT (no existing title), last 10 messages in full up to 500 characters",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QUILLTAP_TITLE), usr(roleBlocks(c.turns.slice(-100), 500))],
      temperature: 0.3,
      max_tokens: 2048,
    }),
  },
  {
    client: "quilltap",
    task: "compaction",
    source: SRC.quilltap,
    note: "foldChatSummary: first fold, turns stamped with their date",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.QUILLTAP_FOLD),
        usr(
          `# Prior summary\n(none — this is the first fold)\n\n# New turns to fold in\n${
            c.turns.map((t) => `[2026-12-05] ${t.role.toUpperCase()}: ${t.content}`).join("\n\n")
          }`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 2048,
    }),
  },
  {
    client: "discord-bot-become-human",
    task: "compaction",
    source: SRC.neuroSummary,
    note:
      "Agent.summarize (src/ai/agent.ts@e48b8007af827d0fab8a2d251497a86d8dc9d478): summarize-en.txt trimmed as system, the text history `name — time` as user; temperature 0.5, top_p 0.5",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NEURO_SUMMARIZE), usr(neuroHistory(c))],
      temperature: 0.5,
    }),
  },
  {
    client: "discord_letsgpt_bot",
    task: "title",
    source: SRC.letsgpt,
    note:
      "on_message in a text channel: after answering, the thread is renamed from '{message}'를 최대 세 단어로 요약",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`'${firstExchange(c).question}${P.TEAMCRAZY_TITLE_SUFFIX}`)],
    }),
  },
  {
    client: "ravena-ai",
    task: "summary",
    source: SRC.ravena,
    note:
      "!resumo: `author: text` lines in the prompt, one user message; LLMService.js@c9cc1e6b1fd4a3116697a7f293624c5824c9ca2a local OpenAI-compatible fallback sends max_tokens 1000, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.RAVENA_RESUMO_HEAD + c.turns.map((t) => `${who(c, t)}: ${t.content}`).join("\n") +
            P.RAVENA_RESUMO_TAIL,
        ),
      ],
      max_tokens: 1000,
      temperature: 0.7,
    }),
  },
  {
    client: "slackGPT",
    task: "summary",
    source: SRC.slackgpt,
    paraphrased: true,
    note:
      "summarize_thread shortcut: sent as a legacy completions prompt (text-davinci-003, temperature 0.4, max_tokens 300); here that prompt is one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.SLACKGPT_RESUMA + c.turns.map((t) => `${who(c, t)}: ${t.content} \n`).join(""))],
      max_tokens: 300,
      temperature: 0.4,
    }),
  },
  {
    client: "chatai-plugin",
    task: "memory",
    source: SRC.chatai,
    note:
      "extractFromConversation: `用户:`/`AI:` lines in EXTRACTION_PROMPT, chat-style client, maxTokens 1000, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.CHATAI_EXTRACTION.replace(
            "{dialogText}",
            c.turns.map((t) => `${t.role === "user" ? "用户" : "AI"}: ${t.content}`).join("\n"),
          ),
        ),
      ],
      max_tokens: 1000,
      temperature: 0.3,
    }),
  },
  {
    client: "Telgram_bot_Resumen",
    task: "summary",
    source: SRC.resumen,
    note:
      "generar_resumen for /resumen (24 h): `[HH:MM] @user: text` lines, gpt-4o-mini, max_tokens 1000, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.RESUMEN_SYSTEM),
        usr(
          P.RESUMEN_PROMPT.replace("{horas}", "24.0").replace("{n}", String(c.turns.length)).replace(
            "{conversacion}",
            c.turns.map((t, i) => `[${clock(i)}] @${who(c, t).toLowerCase()}: ${t.content}`).join("\n"),
          ),
        ),
      ],
      max_tokens: 1000,
      temperature: 0.7,
    }),
  },
  {
    client: "slack-thread-summarizer",
    task: "summary",
    source: SRC.dvcrn,
    paraphrased: true,
    note:
      "config prompt as system with {botid} and the mention text filled in (the substituting code of this commit was not read), then the thread as user messages (names dropped), temperature 0.6 (lib/summarizer/chatgpt.ex@cf1830dd5be8766e72ec8d68929e95f4a019f39d)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.DVCRN_PROMPT.replaceAll("{botid}", "U05SUMMBOT").replace("{instructions}", "<@U05SUMMBOT>")),
        ...toMessages(c.turns).map((m) => ({ role: "user" as const, content: `${m.content}` })),
      ],
      temperature: 0.6,
    }),
  },
];
