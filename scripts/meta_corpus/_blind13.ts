/**
 * Blind round 13: chat front-ends, chat bots, knowledge and RAG apps never used in the corpus before (RAGFlow, WeKnora,
 * MaxKB, ChatLuna, ChatGPT-in-Slack, AstrBot, BetterChatGPT, Onyx, La Suite Conversations, RisuAI, aichat,
 * chatgpt-on-wechat, Nextcloud Assistant), measured without changing the rules; and hard negatives from the same
 * clients' ordinary turns (AFFiNE's own "Summary" action among them). Long texts are in `_prompts_blind13.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind13.ts";
import { at, BLIND_13_RAG, first, firstAnswer } from "./_clients_blind13_rag.ts";

/** seratch/ChatGPT-in-Slack app/openai_ops.py generate_slack_thread_summary and app/slack_ui.py's default prompt. */
const SLACK_SYSTEM =
  "You're an assistant tasked with helping Slack users by summarizing threads. You'll receive a collection of replies in this format: <@user_id>: reply text\nYour role is to provide a concise summary that highlights key facts and decisions. If the first line of a user's request is in a non-English language, please summarize in that same language. Lastly, please prioritize speed of generation over perfection.";
const SLACK_PROMPT =
  "All replies posted in a Slack thread will be provided below. Could you summarize the discussion in 200 characters or less?";
const slackThread = (c: Conversation) =>
  c.turns.map((t) =>
    `<@${t.role === "user" ? "U04KQ7P2M1A" : "U05RZ3X8B2C"}>: ${t.content.replace(/\n/g, "")}\n`
  )
    .join("");
/** ztjhz/BetterChatGPT src/hooks/useSubmit.ts. */
const BETTER = (lang: string, { q, a }: { q: string; a: string }) =>
  `Generate a title in less than 6 words for the following message (language: ${lang}):\n"""\nUser: ${q}\nAssistant: ${a}\n"""`;
/** suitenumerique/conversations src/backend/chat/agents/conversation.py and clients/pydantic_ai.py `_generate_title`. */
const LASUITE_SYSTEM =
  "You are a title generator. Your task is to create concise, descriptive titles that accurately summarize conversation content and help the user quickly identify the conversation.\n\n";
const LASUITE = (language: string, context: string) =>
  `Generate a concise title (3-5 words, max 100 characters) for this conversation.\n\nRequirements:\n- Capture the main topic or user intent\n- The title must be a simple string, no markdown\n- Help the user quickly identify the conversation\n- Match the language of the user messages (default: ${language})\n- Avoid the word 'summary' unless explicitly requested\n\nOutput: Title text only, no quotes, labels, or explanation.\n\nConversation:\n${context}`;
/** kwaroran/RisuAI src/ts/process/memory/hypav3.ts `summarize` default prompt. */
const RISU =
  "[Summarize the ongoing role story, It must also remove redundancy and unnecessary text and content from the output.]";
/** sigoden/aichat src/config/mod.rs SUMMARIZE_PROMPT. */
const AICHAT_SUMMARIZE =
  "Summarize the discussion briefly in 200 words or less to use as a prompt for future context.";
/** nextcloud/assistant lib/Service/SessionSummaryService.php. */
const NEXTCLOUD =
  "Summarize insights about the user's circumstances, preferences and choices from the following conversation. Be as concise as possible. Especially mention any facts or numbers stated by the user. Do not add an introductory sentence or any other remarks.\n\n";

export const BLIND_ROUND_13: Template[] = [
  ...BLIND_13_RAG,
  {
    client: "ChatGPT-in-Slack",
    task: "summary",
    source: at("seratch/ChatGPT-in-Slack", {
      path: "app/openai_ops.py",
      commit: "94845aac700353d12cc23d3e2e2c92a78acf26d9",
    }),
    note:
      "thread summary shortcut: fixed system, default prompt plus '<@user>: text' lines, temperature 1, no stream",
    build: (c) => ({
      model: MODEL,
      messages: [sys(SLACK_SYSTEM), usr(`${SLACK_PROMPT}\n\n${slackThread(c)}`)],
      temperature: 1,
    }),
  },
  {
    client: "AstrBot",
    task: "compaction",
    source: at("AstrBotDevs/AstrBot", {
      path: "astrbot/core/agent/context/compressor.py",
      commit: "19d00fb1f0d822690a467e8dca498adebbb2d67b",
    }),
    note: "LLMSummaryCompressor with the default llm_compress_instruction (astrbot/core/config/default.py)",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        ...(c.turns.at(-1)?.role === "assistant" ? [] : [asst("Acknowledged.")]),
        usr(
          `Generate a summary of our previous conversation history.\n<extra_instruction>\n${P.ASTRBOT_INSTRUCTION}\n\n${P.ASTRBOT_CONTINUATION}</extra_instruction>\nRespond ONLY with the summary content, without any additional text or formatting.`,
        ),
      ],
    }),
  },
  {
    client: "BetterChatGPT",
    task: "title",
    source: at("ztjhz/BetterChatGPT", {
      path: "src/hooks/useSubmit.ts",
      commit: "fbc47ebccb565644a3c2166f81dc3327c43301b5",
    }),
    note: "one user message, i18n language code, _defaultChatConfig temperature 1, no stream",
    build: (c) => ({
      model: MODEL,
      messages: [usr(BETTER(c.locale.split("-")[0] ?? "en", { q: first(c), a: firstAnswer(c) }))],
      temperature: 1,
    }),
  },
  {
    client: "La Suite Conversations",
    task: "title",
    source: at("suitenumerique/conversations", {
      path: "src/backend/chat/clients/pydantic_ai.py",
      commit: "4086ab973bade490aea431fb30848c1f97a911cf",
    }),
    note:
      "TitleGenerationAgent system prompt, then the title prompt with 'role: content' lines cut at 300 characters",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(LASUITE_SYSTEM),
        usr(
          LASUITE(
            c.locale.toLowerCase(),
            c.turns.map((t) => `${t.role}: ${t.content.slice(0, 300)}`).join("\n"),
          ),
        ),
      ],
    }),
  },
  {
    client: "RisuAI",
    task: "memory",
    source: at("kwaroran/RisuAI", {
      path: "src/ts/process/memory/hypav3.ts",
      commit: "460ecae23d05f69a042a7fca72120e6bdf633ba6",
    }),
    note:
      "HypaV3 summarize with the sub-model: the chat as 'role: content' lines, then the prompt as system; no stream",
    build: (c) => ({
      model: MODEL,
      messages: [usr(toLines(c.turns, { user: "user", assistant: "assistant" })), sys(RISU)],
      stream: false,
    }),
  },
  {
    client: "aichat",
    task: "compaction",
    source: at("sigoden/aichat", {
      path: "src/config/mod.rs",
      commit: "82976d349ad97ac9aae0655ad631dace5e2a6385",
    }),
    note: "compress_session: the session's messages, then SUMMARIZE_PROMPT as the next user message",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(AICHAT_SUMMARIZE)] }),
  },
  {
    client: "chatgpt-on-wechat",
    task: "memory",
    source: at("zhayujie/chatgpt-on-wechat", {
      path: "agent/memory/summarizer.py",
      commit: "55aaf60a57ea6e9f4b8a54797572d98f65e88d2f",
    }),
    note:
      "memory flush: SUMMARIZE_SYSTEM_PROMPT as system, 用户/助手 lines, temperature 0, max_tokens 500, no stream",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.COW_SYSTEM),
        usr(
          P.COW_USER.replace(
            "{conversation}",
            c.turns.map((t) => `${t.role === "user" ? "用户" : "助手"}: ${t.content.slice(0, 500)}`).join(
              "\n",
            ),
          ),
        ),
      ],
      temperature: 0,
      max_tokens: 500,
      stream: false,
    }),
  },
  {
    client: "Nextcloud Assistant",
    task: "memory",
    source: at("nextcloud/assistant", {
      path: "lib/Service/SessionSummaryService.php",
      commit: "0b9771467850bfabb2faa7607b0e303eac5123e5",
    }),
    paraphrased: true,
    note:
      "session summary as a TextToText task input; sent as one user message by the provider (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          NEXTCLOUD +
            c.turns.map((t) => `${t.role === "user" ? "human" : "assistant"}: ${t.content}\n\n`).join(""),
        ),
      ],
    }),
  },
];

export { buildBlind13Negatives } from "./_negatives_blind13.ts";
