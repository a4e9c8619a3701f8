/**
 * Blind round 9: eleven clients never used in the corpus before, read only after the freeze at commit 22f0545 and
 * measured without changing the rules: speaker selection (agent-matrix, and in Chinese; langmanus' supervisor),
 * farfalle's query rephrase (and in Japanese) and related questions, compaction (agheieff/Agent, my-last-chat),
 * scholar-bot's search terms, titles (open-cowork in Chinese, myaichat-nest), ai-chatbot's running summary in
 * Chinese and profile update, and memory extraction (Hexa-Puffs, memari).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind9.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
const capitalized = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "Assistant" });
const ROLES = "['planner', 'coder', 'reviewer']";

export const BLIND_ROUND_9: Template[] = [
  {
    client: "agent-matrix",
    task: "speaker",
    source: P.SOURCES9.matrix,
    note:
      "get_next_speaker in only_query mode: the query, 'Previous conversation:' and the history in one message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.MATRIX_NEXT_SPEAKER(ROLES) + "\nPrevious conversation:\n" + capitalized(c))],
    }),
  },
  {
    client: "agent-matrix",
    task: "speaker",
    source: P.SOURCES9.matrix,
    paraphrased: true,
    note: "the same query translated into Chinese by hand",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.MATRIX_NEXT_SPEAKER_ZH(ROLES) + "\n之前的对话：\n" + capitalized(c))],
    }),
  },
  {
    client: "langmanus",
    task: "speaker",
    source: P.SOURCES9.langmanus,
    note: "the supervisor prompt as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.LANGMANUS_SUPERVISOR), ...toMessages(c.turns)] }),
  },
  {
    client: "farfalle",
    task: "query-rewrite",
    source: P.SOURCES9.farfalle,
    note: "HISTORY_QUERY_REPHRASE filled, one message",
    build: (c) => ({ model: MODEL, messages: [usr(P.FARFALLE_REPHRASE(capitalized(c), c.followUp))] }),
  },
  {
    client: "farfalle",
    task: "query-rewrite",
    source: P.SOURCES9.farfalle,
    paraphrased: true,
    note: "HISTORY_QUERY_REPHRASE translated into Japanese by hand",
    build: (c) => ({ model: MODEL, messages: [usr(P.FARFALLE_REPHRASE_JA(capitalized(c), c.followUp))] }),
  },
  {
    client: "farfalle",
    task: "follow-ups",
    source: P.SOURCES9.farfalle,
    note: "RELATED_QUESTION_PROMPT with the answer as search-result context",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return { model: MODEL, messages: [usr(P.FARFALLE_RELATED(question, answer))] };
    },
  },
  {
    client: "agheieff Agent",
    task: "compaction",
    source: P.SOURCES9.agent,
    note: "the compact prompt appended after the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.AGENT_COMPACT)], stream: true }),
  },
  {
    client: "my-last-chat",
    task: "compaction",
    source: P.SOURCES9.lastChat,
    paraphrased: true,
    note: "compact.prompt.md (structure list shortened) appended after the conversation's messages",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.LAST_CHAT_COMPACT)],
      stream: true,
    }),
  },
  {
    client: "scholar-bot",
    task: "search-query",
    source: P.SOURCES9.scholar,
    paraphrased: true,
    note:
      "HISTORY_PROMPT as system message; the history and question as one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SCHOLAR_HISTORY),
        usr(`Conversation history:\n${lines(c)}\n\nQuestion: ${c.followUp}`),
      ],
    }),
  },
  {
    client: "open-cowork",
    task: "title",
    source: P.SOURCES9.cowork,
    note: "buildTitlePrompt with the user's first request",
    build: (c) => ({ model: MODEL, messages: [usr(P.COWORK_TITLE(firstExchange(c).question))] }),
  },
  {
    client: "myaichat-nest",
    task: "title",
    source: P.SOURCES9.myaichat,
    note: "CHAT_TITLE_PROMPT with the first exchange",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return { model: MODEL, messages: [usr(P.MYAICHAT_TITLE(question, answer))] };
    },
  },
  {
    client: "ai-chatbot (ebwood)",
    task: "summary",
    source: P.SOURCES9.ebwood,
    note: "generate_summary_prompt with an empty old summary and the messages",
    build: (c) => ({ model: MODEL, messages: [usr(P.EBWOOD_SUMMARY(lines(c)))] }),
  },
  {
    client: "ai-chatbot (ebwood)",
    task: "memory",
    source: P.SOURCES9.ebwood,
    paraphrased: true,
    note:
      "generate_memory_prompt as system message before the conversation's messages (as trustcall sends it)",
    build: (c) => ({ model: MODEL, messages: [sys(P.EBWOOD_MEMORY), ...toMessages(c.turns)] }),
  },
  {
    client: "Hexa-Puffs",
    task: "memory",
    source: P.SOURCES9.hexa,
    note: "fact-extraction-prompt.md filled with the conversation (no known facts)",
    build: (c) => ({ model: MODEL, messages: [usr(P.HEXA_FACTS(capitalized(c)))] }),
  },
  {
    client: "memari",
    task: "memory",
    source: P.SOURCES9.memari,
    paraphrased: true,
    note: "the persona-update system prompt (guidelines shortened); the history as one user message",
    build: (c) => ({ model: MODEL, messages: [sys(P.MEMARI_PERSONA), usr(capitalized(c))] }),
  },
];
