/**
 * Blind round 4: thirteen clients never used in the corpus before, read only after the rules were frozen
 * (commit a0d21fb) and measured without changing them: agent frameworks' entity and memory extraction,
 * condensed questions and context summaries (Graphiti, LlamaIndex, CrewAI, Agno, agent-zero), chat front-ends'
 * titles and hand-off briefs (a Mastra chat, a Portuguese support chat, an education assistant, a security
 * assistant), Telegram group-chat summaries (one written for Russian), a debugging agent's final summary in
 * English and Chinese; two prompts translated by hand as users run them (Spanish, Japanese).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind4.ts";

const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
/** A group chat as a bot stores it: names (and times) instead of roles. */
const groupChat = (c: Conversation, { stamp }: { stamp: boolean }) =>
  c.turns.map((turn, i) =>
    `${stamp ? `[2026-03-11 18:0${i}] ` : ""}${turn.role === "user" ? "@anna_k" : "@mike"}: ${turn.content}`
  ).join("\n");
export const BLIND_ROUND_4: Template[] = [
  {
    client: "Graphiti",
    task: "memory",
    source: P.GRAPHITI,
    note:
      "extract_message with the earlier episodes as JSON and the current one as `speaker: text`; structured output",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GRAPHITI_SYSTEM),
        usr(
          P.GRAPHITI_USER(
            JSON.stringify([`user: ${firstExchange(c).question}`], null, 2),
            `assistant: ${firstExchange(c).answer}`,
          ),
        ),
      ],
      response_format: P.ENTITIES_SCHEMA,
    }),
  },
  {
    client: "LlamaIndex",
    task: "query-rewrite",
    source: P.LLAMA,
    note: "CondenseQuestionChatEngine: the template as one prompt, history as `role: text` lines",
    build: (c) => ({ model: MODEL, messages: [usr(P.LLAMA_CONDENSE(lines(c), c.followUp))] }),
  },
  {
    client: "LlamaIndex",
    task: "query-rewrite",
    source: P.LLAMA,
    paraphrased: true,
    note: "the condense template translated into Spanish by hand, as a user would configure it",
    build: (c) => ({ model: MODEL, messages: [usr(P.LLAMA_CONDENSE_ES(lines(c), c.followUp))] }),
  },
  {
    client: "CrewAI",
    task: "summary",
    source: P.CREWAI,
    note:
      "summarizer_system_message and summarize_instruction, the messages that overflow the context as the group",
    build: (c) => ({ model: MODEL, messages: [sys(P.CREWAI_SYSTEM), usr(P.CREWAI_SUMMARIZE(lines(c)))] }),
  },
  {
    client: "Agno",
    task: "memory",
    source: P.AGNO,
    paraphrased: true,
    note: "the memory manager's system message (its first sections), then the user's message",
    build: (c) => ({ model: MODEL, messages: [sys(P.AGNO_MEMORY), usr(firstExchange(c).question)] }),
  },
  {
    client: "openchat-mastra",
    task: "title",
    source: P.OPENCHAT,
    note: "the titler agent's instructions as system message, the first user message after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.OPENCHAT_TITLER), usr(firstExchange(c).question)] }),
  },
  {
    client: "hay-chat",
    task: "title",
    source: P.at(P.HAY, {
      path: "server/prompts/pt/conversation/title-generation.md",
      commit: "a905b75c4414451f372ada02882ca2a01be4d37b",
    }),
    note: "front matter dropped; the conversation as `role: text` lines",
    build: (c) => ({ model: MODEL, messages: [usr(P.HAY_TITLE(lines(c)))] }),
  },
  {
    client: "hay-chat",
    task: "summary",
    source: P.at(P.HAY, {
      path: "server/prompts/pt/conversation/handoff-summary.md",
      commit: "1c86a6a382ef71ffed1bff85a5fa382160603db0",
    }),
    note: "hand-off brief for a human agent; front matter dropped",
    build: (c) => ({ model: MODEL, messages: [usr(P.HAY_HANDOFF(lines(c)))] }),
  },
  {
    client: "pantheon dialogue manager",
    task: "summary",
    source: P.PANTHEON,
    note: "AI_PROMPT as system message, the group chat's messages as `@user: text` lines",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PANTHEON_SUMMARY), usr(groupChat(c, { stamp: false }))],
    }),
  },
  {
    client: "students_chat_bot",
    task: "summary",
    source: P.STUDENTS,
    note: "SUMMARY_CONTEXT (date filled) as system message, the chat history with times and names",
    build: (c) => ({ model: MODEL, messages: [sys(P.STUDENTS_SUMMARY), usr(groupChat(c, { stamp: true }))] }),
  },
  {
    client: "TG_Bot",
    task: "summary",
    source: P.TG_BOT,
    note: "PROMPT followed by the chat messages in one message",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.TG_BOT_SUMMARY}${groupChat(c, { stamp: false })}`)] }),
  },
  {
    client: "LCMHalMCPServer",
    task: "summary",
    source: P.LCM,
    note: "summary_prompt_en appended after the agent's conversation",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.LCM_SUMMARY_EN)] }),
  },
  {
    client: "LCMHalMCPServer",
    task: "summary",
    source: P.LCM,
    note: "summary_prompt_zh appended after the agent's conversation",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.LCM_SUMMARY_ZH)] }),
  },
  {
    client: "education-assistant",
    task: "title",
    source: P.EDU,
    note: "CONVERSATION_TITLE_PROMPT as system message, the first user message after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.EDU_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "agent-zero",
    task: "memory",
    source: P.AGENT_ZERO,
    note: "memories_sum as system message, the history as `USER:`/`AGENT:` lines",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AGENT_ZERO_MEMORY), usr(toLines(c.turns, { user: "USER", assistant: "AGENT" }))],
    }),
  },
  {
    client: "agent-zero",
    task: "memory",
    source: P.AGENT_ZERO,
    paraphrased: true,
    note: "translated into Japanese by hand (agent-zero's prompts are user-editable)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AGENT_ZERO_MEMORY_JA), usr(toLines(c.turns, { user: "USER", assistant: "AGENT" }))],
    }),
  },
  {
    client: "oasm-assistant",
    task: "title",
    source: P.OASM,
    note: "CONVERSATION_TITLE_PROMPT with the question, one message ending in `Title: `",
    build: (c) => ({ model: MODEL, messages: [usr(P.OASM_TITLE(firstExchange(c).question))] }),
  },
];
