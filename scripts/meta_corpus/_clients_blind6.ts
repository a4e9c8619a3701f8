/**
 * Blind round 6: eleven clients never used in the corpus before, read only after the third freeze (commit
 * 0797448) and measured without changing the rules: coding agents' condensers and compaction (OpenHands, Kimi
 * CLI in English and translated into Chinese, dyad, a function-calling agent), chat apps' titles (hmmm, scribe, a
 * CRM), an ERP chat's history summary, Chinese related-question and query extraction (GenAI-Platform, aiter),
 * and an agent router.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind6.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
/** OpenHands' events as `str(event)` prints them, after the prompt. */
const events = (c: Conversation) =>
  c.turns.map((turn) =>
    `**MessageAction** (source=EventSource.${
      turn.role === "user" ? "USER" : "AGENT"
    })\nCONTENT: ${turn.content}\n\n`
  ).join("");
const AGENT_SYSTEM = "You are a coding agent. Use the tools to read and edit files and run commands.";

export const BLIND_ROUND_6: Template[] = [
  {
    client: "OpenHands",
    task: "compaction",
    source: P.SOURCES.openhands,
    note: "LLMSummarizingCondenser: the prompt with the forgotten events appended, one user message",
    build: (c) => ({ model: MODEL, messages: [usr(P.OPENHANDS(events(c)))] }),
  },
  {
    client: "Kimi CLI",
    task: "compaction",
    source: P.SOURCES.kimi,
    paraphrased: true,
    note: "compact.md (output structure shortened) as the user turn after the agent's messages; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(P.KIMI_COMPACT)],
      stream: true,
    }),
  },
  {
    client: "Kimi CLI",
    task: "compaction",
    source: P.SOURCES.kimi,
    paraphrased: true,
    note: "translated into Chinese by hand",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(P.KIMI_COMPACT_ZH)],
      stream: true,
    }),
  },
  {
    client: "dyad",
    task: "compaction",
    source: P.SOURCES.dyad,
    note: "COMPACTION_SYSTEM_PROMPT, then the conversation's messages",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DYAD_COMPACTION), ...toMessages(c.turns)],
      stream: true,
    }),
  },
  {
    client: "thesis-function-calling",
    task: "compaction",
    source: P.SOURCES.progressive,
    note: "progressive summary prompt as system message, the history as `role: text` lines",
    build: (c) => ({ model: MODEL, messages: [sys(P.PROGRESSIVE), usr(lines(c))] }),
  },
  {
    client: "hmmm",
    task: "title",
    source: P.SOURCES.hmmm,
    note: "titleGeneratorPrompt as system message, the thread's first prompt as the user message",
    build: (c) => ({ model: MODEL, messages: [sys(P.HMMM_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "Interactive-ChatBot",
    task: "summary",
    source: P.SOURCES.erp,
    note: "history.md as system message, the chat history as lines",
    build: (c) => ({ model: MODEL, messages: [sys(P.ERP_HISTORY), usr(lines(c))] }),
  },
  {
    client: "GenAI-Platform",
    task: "follow-ups",
    source: P.SOURCES.genai,
    note: "system_text, then the history in a fenced block as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GENAI_RELATED), usr(`\n\`\`\`\n${lines(c)}\n\`\`\`\n`)],
    }),
  },
  {
    client: "aiter",
    task: "search-query",
    source: P.SOURCES.aiter,
    paraphrased: true,
    note: "make_extract_queries_prompt with the user's earlier messages; one of its notes left out",
    build: (c) => ({ model: MODEL, messages: [usr(P.AITER_QUERIES(c.followUp, firstExchange(c).question))] }),
  },
  {
    client: "scribe",
    task: "title",
    source: P.SOURCES.scribe,
    note: "CHAT_TITLE_SYSTEM_PROMPT and buildChatTitleUserPrompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SCRIBE_SYSTEM), usr(P.SCRIBE_USER(firstExchange(c).question))],
    }),
  },
  {
    client: "crm-monorepo",
    task: "title",
    source: P.SOURCES.crm,
    note: "title instructions as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.CRM_TITLE), ...toMessages(c.turns)] }),
  },
  {
    client: "flow-routing",
    task: "speaker",
    source: P.SOURCES.routing,
    note: "PROMPT with three agents as system message, the user's question after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.FLOW_ROUTING), usr(c.followUp)] }),
  },
];
