/**
 * Training round 4, the chat apps and small agents: titles in German, a session topic, memory synthesised from
 * one saved answer, conversation summaries asked for in Korean and Japanese (see `_clients_training4.ts`).
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import { lines, userPrompts } from "./_clients_training4.ts";
import {
  ALMALEX_TITLE,
  MAI_TOPIC,
  MEMORY_CHAT,
  MOWAS_SUMMARY,
  OAK_TITLE,
  REFLY_SUMMARY,
  SMY_SUMMARY,
} from "./_prompts_training4.ts";

export const TRAINING_4_APPS: Template[] = [
  {
    client: "almalex",
    task: "title",
    source: {
      repo: "gartmeier/almalex",
      path: "backend/app/ai/prompts/templates/title.md",
      commit: "5ae07668458641fa020dc5347c116c23ed3b46e7",
    },
    build: (c) => ({ model: MODEL, messages: [usr(ALMALEX_TITLE(firstExchange(c).question))] }),
  },
  {
    client: "mai",
    task: "title",
    source: {
      repo: "trufae/mai",
      path: "prompts/topic.md",
      commit: "ca7a9747a0690cfb172e2304fe9af24a76b31394",
    },
    paraphrased: true,
    note: "the topic prompt appended after the session's messages",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(MAI_TOPIC)] }),
  },
  {
    client: "open-agent-kit",
    task: "title",
    source: {
      repo: "goondocks-co/open-agent-kit",
      path: "src/open_agent_kit/features/codebase_intelligence/prompts/session-title.md",
      commit: "b76baa47c2f23b147c341805a8c0598d7659bab6",
    },
    paraphrased: true,
    note: "examples shortened",
    build: (c) => ({ model: MODEL, messages: [usr(OAK_TITLE(userPrompts(c)))] }),
  },
  {
    client: "memory-chat",
    task: "memory",
    source: {
      repo: "MatthewChow03/memory-chat",
      path: "backend/constants.py",
      commit: "25a16370b6b08fbc8103645bae5874346ed6d0bf",
    },
    paraphrased: true,
    note: "few-shot examples shortened; one assistant message, no conversation",
    build: (c) => ({ model: MODEL, messages: [usr(MEMORY_CHAT(firstExchange(c).answer))] }),
  },
  {
    client: "Automation_By_LLM",
    task: "summary",
    source: {
      repo: "smy37/Automation_By_LLM",
      path: "gpt_summary/common/prompt_lib.py",
      commit: "c7e5bb4da4a7e30d330ca7939267b12967eb31be",
    },
    note: "summary_prompt then the conversation log, one user message (summary asked for in Korean)",
    build: (c) => ({ model: MODEL, messages: [usr(`${SMY_SUMMARY}\n\n${lines(c)}`)] }),
  },
  {
    client: "MOWAS",
    task: "summary",
    source: {
      repo: "Rihitonnnu/MOWAS",
      path: "feature/prompt.py",
      commit: "b2295b96bd68f10c3d32dd67a977d39253c96820",
    },
    note: "make_conversation_summary: the Japanese instruction and the conversation log in one message",
    build: (c) => ({ model: MODEL, messages: [usr(MOWAS_SUMMARY(lines(c)))] }),
  },
  {
    client: "refly",
    task: "summary",
    source: {
      repo: "zhfg/refly",
      path: "reflyd/src/prompts/summarizeConversation.ts",
      commit: "dcc059bd0ef2880456ecdb061089d8724f691424",
    },
    note: "systemPrompt, then the conversation as lines",
    build: (c) => ({ model: MODEL, messages: [sys(REFLY_SUMMARY), usr(lines(c))] }),
  },
];
