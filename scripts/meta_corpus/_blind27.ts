/**
 * Blind round 27: 15 housekeeping templates of 10 less-known clients found by the shape of their housekeeping calls
 * rather than by name, read from their source and measured without changing the rules: a Go API agent's title and
 * summary, a pt-BR help-desk's ticket summary and auto-tagging, a Chinese financial QA agent's query rewrite, a
 * companion app's memory extraction, an agent gateway's turn compressor and preference extractor, a personal
 * assistant's user-profile extraction, a Japanese/English travel RAG's search rewrite, a Spanish Discord bot's context
 * summary, an Italian Telegram bot's severity summary and a Cloudflare worker's summarizer; with hard negatives from
 * the same clients. The verbatim texts are in `_prompts_blind27.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind27.ts";

export { buildBlind27Negatives } from "./_negatives_blind27.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const SCORR = "2563f04b10684afbfc49612c9db30ee12d824e85";
const HK = "f1228a3cd24e28d10368717ba6e28c971ee412b1";
const PANDA = "a693bf33feda53bf5ead8a63208508093c36d863";
const OSAKA = "9ffe5c7e82d0f9f6f7bcd56afb17dfe1d06c7362";

const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);
const lastUser = (c: Conversation) => users(c).at(-1) ?? "";
const plain = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
/** Everything before the last user turn: the history a rewrite or a memory sees next to the new message. */
const history = (c: Conversation) => c.turns.slice(0, c.turns.findLastIndex((t) => t.role === "user"));
/** Jinja `{% for memory in memories %}\n    {{ memory }}\n{% endfor %}` rendered without trim_blocks. */
const jinjaLoop = (items: string[]) => items.map((item) => `\n    ${item}\n`).join("");
const memories = (c: Conversation) => history(c).map((t) => `${t.role}: ${t.content}`);

const agents: Template[] = [
  {
    client: "scorredoira agent",
    task: "title",
    source: at("scorredoira/agent", { path: "agent/prompts/conversation_title.md", commit: SCORR }),
    paraphrased: true,
    note:
      "conversation_title.md with {{.FirstUserMessage}} filled, sent as one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.SCORR_TITLE.replace("{{.FirstUserMessage}}", firstExchange(c).question))],
    }),
  },
  {
    client: "scorredoira agent",
    task: "summary",
    source: at("scorredoira/agent", { path: "agent/prompts/conversation_summary.md", commit: SCORR }),
    paraphrased: true,
    note:
      "conversation_summary.md with {{.Messages}} as role lines, one user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [usr(P.SCORR_SUMMARY.replace("{{.Messages}}", plain(c)))] }),
  },
  {
    client: "PandaAGI",
    task: "compaction",
    source: at("kill9command/PandaAGI", {
      path: "apps/prompts/archive/2026-01-26-cleanup/gateway/turn_compressor.md",
      commit: PANDA,
    }),
    paraphrased: true,
    note:
      "turn_compressor.md as system message, the finished turn as one user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.PANDA_TURN), usr(plain(c))] }),
  },
  {
    client: "PandaAGI",
    task: "memory",
    source: at("kill9command/PandaAGI", {
      path: "apps/prompts/archive/2026-01-26-cleanup/gateway/preference_extractor.md",
      commit: PANDA,
    }),
    paraphrased: true,
    note:
      "preference_extractor.md as system message, the user's message as user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.PANDA_PREFS), usr(lastUser(c))], temperature: 0 }),
  },
  {
    client: "zhipu-2024 financial QA agent",
    task: "query-rewrite",
    source: at("lowspace/zhipu-2024", {
      path: "prompt/rewrite_query-v1.0.0.md",
      commit: "66cb700bd675f4129c1555c77a74c5bdc54dce98",
    }),
    paraphrased: true,
    note:
      "<Chat History> and <Current Query> replaced in the Chinese template, one user message (history form reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.ZHIPU_REWRITE.replace(
            "<Chat History>",
            toLines(history(c), { user: "user", assistant: "assistant" }),
          )
            .replace("<Current Query>", lastUser(c)),
        ),
      ],
    }),
  },
];

const apps: Template[] = [
  {
    client: "hidekivinicius chatbot help desk",
    task: "summary",
    source: at("hidekivinicius2050/chatbot", { path: "packages/core/prompts/index.ts", commit: HK }),
    paraphrased: true,
    note:
      "AI_PROMPTS.SUMMARIZE (pt-BR) as system message, the ticket's messages as Cliente/Agente lines (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HK_SUMMARIZE), usr(toLines(c.turns, { user: "Cliente", assistant: "Agente" }))],
    }),
  },
  {
    client: "hidekivinicius chatbot help desk",
    task: "tags",
    source: at("hidekivinicius2050/chatbot", { path: "packages/core/prompts/index.ts", commit: HK }),
    paraphrased: true,
    note:
      "AI_PROMPTS.AUTOTAG (pt-BR) as system message, the customer's text as user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.HK_AUTOTAG), usr(users(c).join("\n"))] }),
  },
  {
    client: "chatty-cat-next",
    task: "memory",
    source: at("SensiblySmart/chatty-cat-next", {
      path: "src/prompt/factExtractorPrompt.ts",
      commit: "5ee0373ba08bcffed943f9b7156a8dafb17cc7d4",
    }),
    paraphrased: true,
    note: "factExtractorPrompt as system message, the user's message as user message (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.CAT_FACTS), usr(lastUser(c))] }),
  },
  {
    client: "genai_assistant",
    task: "memory",
    source: at("strueman/genai_assistant", {
      path: "prompts/user_info_prompt.md",
      commit: "03c35af82b914a0101cfc9024c1db8216359be75",
    }),
    paraphrased: true,
    note:
      "user_info_prompt.md followed by the conversation as JSON messages, one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.STRUEMAN_INFO}\n\n${JSON.stringify(c.turns, null, 2)}`)],
    }),
  },
  {
    client: "osaka_travel_chatbot",
    task: "query-rewrite",
    source: at("m4ri01/osaka_travel_chatbot", { path: "process/chat_template.py", commit: OSAKA }),
    paraphrased: true,
    note:
      "PARAPHRASER_JP rendered (Jinja, memories as role lines), one user message (memory form reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(`${P.OSAKA_JP_HEAD}${jinjaLoop(memories(c))}${P.OSAKA_JP_QUERY}${lastUser(c)}${P.OSAKA_JP_TAIL}`),
      ],
    }),
  },
  {
    client: "osaka_travel_chatbot",
    task: "query-rewrite",
    source: at("m4ri01/osaka_travel_chatbot", { path: "process/chat_template.py", commit: OSAKA }),
    paraphrased: true,
    note:
      "PARAPHRASER rendered (Jinja, memories as role lines), one user message (memory form reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(`${P.OSAKA_EN_HEAD}${jinjaLoop(memories(c))}${P.OSAKA_EN_QUERY}${lastUser(c)}${P.OSAKA_EN_TAIL}`),
      ],
    }),
  },
  {
    client: "ratonobot",
    task: "compaction",
    source: at("kzadorAT/ratonobot", {
      path: "src/bot/utils/contextSummarizer.js",
      commit: "7c45cbe5fdabe410612ef6ada694bed895b5420e",
    }),
    paraphrased: true,
    note:
      "summarizeContext: the Spanish prompt as the only user message; the history+memory text form is reconstructed",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.RATONO_HEAD}${plain(c)}${P.RATONO_TAIL}`)] }),
  },
  {
    client: "telegram-openai-bot",
    task: "summary",
    source: at("dbertolino-github/telegram-openai-bot", {
      path: "src/constants.py",
      commit: "e9534136173f92b483412ff3f8baa86ef9c72ced",
    }),
    paraphrased: true,
    note: "Italian SUMMARY_PROMPT.format(conversation), one user message (conversation form reconstructed)",
    build: (c) => ({ model: MODEL, messages: [usr(P.TG_IT_SUMMARY.replace("{}", plain(c)))] }),
  },
  {
    client: "cf_ai_chatbot",
    task: "summary",
    source: at("young-kobe/cf_ai_chatbot", {
      path: "cf-ai-chatbot/worker/prompts/summarizer.md",
      commit: "a6a9ebdb554be7f38bb397c3281bd5fffd037e4c",
    }),
    paraphrased: true,
    note: "summarizer.md as system message, then the conversation's messages (wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.CF_SUMMARIZER), ...toMessages(c.turns)] }),
  },
];

export const BLIND_ROUND_27: Template[] = [...agents, ...apps];
