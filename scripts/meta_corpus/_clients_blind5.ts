/**
 * Blind round 5: ten clients never used in the corpus before, read only after the second freeze (commit ffb4aa5)
 * and measured without changing the rules: a team chat's thread summary and emoji pick (Mattermost), a Discord
 * summary bot, memory extraction with actions, a desktop chat's topic, Chinese search-term generation
 * (gpt_academic), a standalone-question step, follow-up suggestion generators in three shapes (create-llama, a
 * .NET assistant, a retrieval agent), a Korean intent rewrite.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind5.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
const thread = (c: Conversation) =>
  c.turns.map((turn) => `${turn.role === "user" ? "anna" : "mike"}: ${turn.content}`).join("\n");
const mattermost = (path: string, commit: string) => ({ repo: P.MATTERMOST, path, commit });

export const BLIND_ROUND_5: Template[] = [
  {
    client: "Mattermost AI plugin",
    task: "summary",
    source: mattermost("server/ai/prompts/summarize_thread.tmpl", "1517cd8a0e2c878cf209107a42e38bf21f3fe868"),
    note:
      "summarize_thread.system (with standard_personality filled) and summarize_thread.user; streamed to the thread",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MATTERMOST_SUMMARIZE_SYSTEM), usr(P.MATTERMOST_SUMMARIZE_USER(thread(c)))],
      stream: true,
    }),
  },
  {
    client: "Mattermost AI plugin",
    task: "emoji",
    source: mattermost("server/ai/prompts/emoji_select.tmpl", "babed6f4ea74a4091b97686ae2d36560d6876071"),
    paraphrased: true,
    note: "the emoji list shortened; the chat message as the user turn",
    build: (c) => ({ model: MODEL, messages: [sys(P.MATTERMOST_EMOJI), usr(firstExchange(c).question)] }),
  },
  {
    client: "supernova-prompts",
    task: "memory",
    source: P.SUPERNOVA,
    paraphrased: true,
    note: "the rules and examples placeholders left empty; one user message",
    build: (c) => ({ model: MODEL, messages: [usr(P.SUPERNOVA_FACTS(lines(c)))] }),
  },
  {
    client: "summarybot-ng",
    task: "summary",
    source: P.SUMMARYBOT_SRC,
    note: "discussion.md filled with the channel's messages as `name: text` lines",
    build: (c) => ({ model: MODEL, messages: [usr(P.SUMMARYBOT(thread(c)))] }),
  },
  {
    client: "tauri-app",
    task: "title",
    source: P.TAURI,
    note: "generateTopic: system prompt, the user's input as the message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TAURI_TOPIC), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "gpt_academic",
    task: "search-query",
    source: P.GPT_ACADEMIC,
    paraphrased: true,
    note: "four of the five examples left out; history as Q:/A: lines",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.GPT_ACADEMIC_QUESTIONS(toLines(c.turns, { user: "Q", assistant: "A" }), c.followUp))],
    }),
  },
  {
    client: "Agent-First-Organization",
    task: "query-rewrite",
    source: P.AFO,
    note:
      "retrieve_contextualize_q_prompt with the chat history, as a system message before the latest question",
    build: (c) => ({ model: MODEL, messages: [sys(P.AFO_CONTEXTUALIZE(lines(c))), usr(c.followUp)] }),
  },
  {
    client: "create-llama",
    task: "follow-ups",
    source: P.CREATE_LLAMA,
    note: "NEXT_QUESTION_PROMPT with the conversation as `role: text` lines",
    build: (c) => ({ model: MODEL, messages: [usr(P.CREATE_LLAMA_NEXT(lines(c)))] }),
  },
  {
    client: "Dotnet.GenAI career assistant",
    task: "follow-ups",
    source: P.DOTNET,
    note: "the suggestion instructions as a user turn after the conversation",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.DOTNET_SUGGESTIONS)] }),
  },
  {
    client: "system-notes",
    task: "follow-ups",
    source: P.SYSTEM_NOTES,
    note: "suggestions prompt as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.SYSTEM_NOTES_SUGGESTIONS), ...toMessages(c.turns)] }),
  },
  {
    client: "refeat",
    task: "query-rewrite",
    source: P.REFEAT,
    note: "SYSTEM, then the user's words (USER template)",
    build: (c) => ({ model: MODEL, messages: [sys(P.REFEAT_INTENT), usr(c.followUp)] }),
  },
];
