/**
 * Blind round 8: ten clients never used in the corpus before, read only after the fifth freeze (commit 13d44eb)
 * and measured without changing the rules: a travel chat's running summary, a bookmark manager's tags, memory
 * extraction (a personal assistant, langmiddle), LangGraph's summarize-conversation step (and in Korean), query
 * rewrites (interactive-books, ilm-atlas and in French, a RAG chatbot), an orchestrator's delegation and VS Code's
 * chat titles.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind8.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
const capitalized = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "Assistant" });

export const BLIND_ROUND_8: Template[] = [
  {
    client: "tripper",
    task: "summary",
    source: P.SOURCES8.tripper,
    note: "summary_node's prompt with the new message and the last messages, one prompt",
    build: (c) => ({ model: MODEL, messages: [usr(P.TRIPPER(c.followUp, capitalized(c)))] }),
  },
  {
    client: "linkwarden",
    task: "tags",
    source: P.SOURCES8.linkwarden,
    note: "generateTagsPrompt with a saved page's text (here an answer) as the text",
    build: (c) => ({ model: MODEL, messages: [usr(P.LINKWARDEN_TAGS(firstExchange(c).answer))] }),
  },
  {
    client: "Personal-AI-Assistant",
    task: "memory",
    source: P.SOURCES8.paa,
    note: "extract_memory_from_chat: system message and the prompt with the user's message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PAA_SYSTEM), usr(P.PAA_USER(firstExchange(c).question))],
    }),
  },
  {
    client: "langmiddle",
    task: "memory",
    source: P.SOURCES8.langmiddle,
    paraphrased: true,
    note: "DEFAULT_FACTS_EXTRACTOR's role and objective as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.LANGMIDDLE_FACTS), ...toMessages(c.turns)] }),
  },
  {
    client: "LangGraph summarize_conversation",
    task: "summary",
    source: P.SOURCES8.langgraph,
    note: "the create prompt appended after the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.LANGGRAPH_CREATE)] }),
  },
  {
    client: "LangGraph summarize_conversation",
    task: "summary",
    source: P.SOURCES8.langgraph,
    note: "the extend prompt with an earlier summary, after the new messages",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.LANGGRAPH_EXTEND("The user asked about an earlier topic."))],
    }),
  },
  {
    client: "LangGraph summarize_conversation",
    task: "summary",
    source: P.SOURCES8.langgraph,
    paraphrased: true,
    note: "the create prompt translated into Korean by hand",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.LANGGRAPH_CREATE_KO)] }),
  },
  {
    client: "interactive-books",
    task: "query-rewrite",
    source: P.SOURCES8.books,
    note: "reformulation_prompt.md filled, one message",
    build: (c) => ({ model: MODEL, messages: [usr(P.BOOKS_REFORMULATE(lines(c), c.followUp))] }),
  },
  {
    client: "ilm-atlas",
    task: "query-rewrite",
    source: P.SOURCES8.ilm,
    paraphrased: true,
    note: "the system prompt; the history and follow-up as one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ILM_REWRITE),
        usr(`Conversation history:\n${lines(c)}\n\nFollow-up message: ${c.followUp}`),
      ],
    }),
  },
  {
    client: "ilm-atlas",
    task: "query-rewrite",
    source: P.SOURCES8.ilm,
    paraphrased: true,
    note: "translated into French by hand",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ILM_REWRITE_FR), usr(`Historique :\n${lines(c)}\n\nMessage de suivi : ${c.followUp}`)],
    }),
  },
  {
    client: "RAG_Chatbot",
    task: "query-rewrite",
    source: P.SOURCES8.ragChatbot,
    paraphrased: true,
    note: "query_rewrite_template with some steps left out, one prompt",
    build: (c) => ({ model: MODEL, messages: [usr(P.RAG_REWRITE(lines(c), c.followUp))] }),
  },
  {
    client: "kvasir",
    task: "speaker",
    source: P.SOURCES8.kvasir,
    note: "the orchestrator's system prompt, the user's prompt after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.KVASIR_ORCHESTRATOR), usr(firstExchange(c).question)] }),
  },
  {
    client: "VS Code chat titles",
    task: "title",
    source: P.SOURCES8.vscode,
    note: "chat-titles as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.VSCODE_TITLES), ...toMessages(c.turns)] }),
  },
];
