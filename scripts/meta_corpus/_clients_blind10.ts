/**
 * Blind round 10: eleven clients never used in the corpus before, read only after the freeze at commit b128fae
 * (META by voice and form) and measured without changing the rules: LightRAG's query keywords, REMIND's chat-log
 * grouping and memory keywords, an AstrBot group-chat summary (zh), a question rewrite in a Chinese prompt
 * language, dolphive's memory and save decision (ja), mcp-manus' supervisor, rawr's compaction heads-up for Codex,
 * a Claude Code conversation-summary command, evotraders' communication decision, and two condense-question
 * prompts (zh, and English with Chinese labels).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind10.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
const capitalized = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "Assistant" });
/** dolphive's formatConversationContext: `[time] ユーザー: …` and `[time] Bot: …`. */
const dolphiveLines = (c: Conversation) =>
  c.turns.map((t, i) => `[10:0${i}:00] ${t.role === "user" ? "ユーザー" : "Bot"}: ${t.content}`).join("\n");
/** A group chat's messages as the AstrBot plugin stores them: sender name and text. */
const groupLines = (c: Conversation) =>
  c.turns.map((t, i) => `${t.role === "user" ? "小王" : i % 4 === 1 ? "阿杰" : "Lily"}: ${t.content}`).join(
    "\n",
  );

export const BLIND_ROUND_10: Template[] = [
  {
    client: "LightRAG",
    task: "search-query",
    source: P.SOURCES10.lightrag,
    note: "keywords_extraction with one example and the user's follow-up as the query",
    build: (c) => ({ model: MODEL, messages: [usr(P.LIGHTRAG_KEYWORDS(c.followUp))] }),
  },
  {
    client: "REMIND",
    task: "memory",
    source: P.SOURCES10.remind,
    paraphrased: true,
    note: "chatlog_classify_prompt (grouping rules shortened) with the turns as numbered chat logs",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.REMIND_CLASSIFY(JSON.stringify([{ id: 1, text: lines(c) }])))],
    }),
  },
  {
    client: "REMIND",
    task: "search-query",
    source: P.SOURCES10.remind,
    note: "generate_keyword with the user's question",
    build: (c) => ({ model: MODEL, messages: [usr(P.REMIND_KEYWORD(firstExchange(c).question))] }),
  },
  {
    client: "astrbot group chatsummary",
    task: "summary",
    source: P.SOURCES10.astrbot,
    paraphrased: true,
    note: "the configured prompt followed by the stored group messages (sender: text; wrapper reconstructed)",
    build: (c) => ({ model: MODEL, messages: [usr(P.ASTRBOT_SUMMARY + groupLines(c))] }),
  },
  {
    client: "prompt-language",
    task: "query-rewrite",
    source: P.SOURCES10.promptLanguage,
    note: "the question-rewrite /prompt/ with the follow-up and the earlier turns",
    build: (c) => ({ model: MODEL, messages: [usr(P.PL_REWRITE(c.followUp, lines(c)))] }),
  },
  {
    client: "dolphive",
    task: "memory",
    source: P.SOURCES10.dolphive,
    paraphrased: true,
    note:
      "MEMORY_GENERATION_PROMPT (schedule and task fields left out) followed by formatConversationContext",
    build: (c) => ({ model: MODEL, messages: [usr(P.DOLPHIVE_MEMORY + dolphiveLines(c))] }),
  },
  {
    client: "dolphive",
    task: "classify",
    source: P.SOURCES10.dolphive,
    note: "SAVE_DECISION_PROMPT followed by the user's message",
    build: (c) => ({ model: MODEL, messages: [usr(P.DOLPHIVE_SAVE + firstExchange(c).question)] }),
  },
  {
    client: "mcp-manus",
    task: "speaker",
    source: P.SOURCES10.manus,
    paraphrased: true,
    note: "operator.md (rules shortened) as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.MANUS_OPERATOR), ...toMessages(c.turns)] }),
  },
  {
    client: "rawr codex",
    task: "compaction",
    source: P.SOURCES10.rawr,
    note:
      "the auto-compact heads-up appended after the conversation's messages (its guidelines file not included)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.RAWR_HEADS_UP)], stream: true }),
  },
  {
    client: "proman_os",
    task: "summary",
    source: P.SOURCES10.proman,
    paraphrased: true,
    note: "the conversation-summary command (report format shortened) sent after the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.PROMAN_SUMMARY)], stream: true }),
  },
  {
    client: "evotraders",
    task: "speaker",
    source: P.SOURCES10.evotraders,
    paraphrased: true,
    note:
      "decide_strategy_system.md as system message, the analysts' results as a user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.EVOTRADERS_DECIDE), usr(`Current analysis results:\n${capitalized(c)}`)],
    }),
  },
  {
    client: "tenkinoko-chat-bot",
    task: "query-rewrite",
    source: P.SOURCES10.tenkinoko,
    note: "rephraseTemplate: system, the history messages, the human rephrase ask",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TENKINOKO_SYSTEM), ...toMessages(c.turns), usr(P.TENKINOKO_HUMAN(c.followUp))],
    }),
  },
  {
    client: "Fine",
    task: "query-rewrite",
    source: P.SOURCES10.fine,
    note: "condense_prompt filled, one message",
    build: (c) => ({ model: MODEL, messages: [usr(P.FINE_CONDENSE(capitalized(c), c.followUp))] }),
  },
];
