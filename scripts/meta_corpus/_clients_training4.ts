/**
 * Training round 4 (the coding agents; the chat apps are in `_clients_training4_apps.ts`): thirteen clients never used in the corpus before, read before the rules were changed for
 * them (coding agents' compaction, hand-off, plan names and memory recording; chat apps' titles, topics and
 * memory extraction; Chinese, German, Japanese and Korean prompts, and coding-agent prompts as users run them
 * in Japanese, German, French and Spanish, translated by hand). Verbatim unless `paraphrased`.
 */
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Conversation } from "./_conversations.ts";
import {
  CRUSH,
  CRUSH_MEMORY,
  CRUSH_SUMMARY,
  CRUSH_SUMMARY_FR,
  CRUSH_SYSTEM,
  GOOSE,
  GOOSE_COMPACTION,
  GOOSE_COMPACTION_DE,
  GOOSE_SYSTEM,
  GOOSE_TITLE,
  GOOSE_TITLE_JA,
  NALA_COMPRESSION,
  NALA_SYSTEM,
  PLANDEX,
  PLANDEX_NAME,
  PLANDEX_SUMMARY,
  SCALYCLAW,
  T_KOMA,
  T_KOMA_ES,
} from "./_prompts_training4.ts";

export const lines = (c: Conversation) => toLines(c.turns, { user: "user", assistant: "assistant" });
export const userPrompts = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "user").map((turn) => `- ${turn.content}`).join("\n");
const translated = (language: string) =>
  `translated into ${language} by hand (coding agents run in many languages)`;

export const TRAINING_4_AGENTS: Template[] = [
  {
    client: "Goose",
    task: "compaction",
    source: {
      ...GOOSE,
      path: "crates/goose/src/prompts/compaction.md",
      commit: "11453df8179021e38633c5ef30ec542f410170d7",
    },
    note: "rendered with the messages and sent after them as the user's turn; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(GOOSE_SYSTEM), ...toMessages(c.turns), usr(GOOSE_COMPACTION(lines(c)))],
      stream: true,
    }),
  },
  {
    client: "Goose",
    task: "compaction",
    source: {
      ...GOOSE,
      path: "crates/goose/src/prompts/compaction.md",
      commit: "11453df8179021e38633c5ef30ec542f410170d7",
    },
    paraphrased: true,
    note: translated("German"),
    build: (c) => ({
      model: MODEL,
      messages: [sys(GOOSE_SYSTEM), ...toMessages(c.turns), usr(GOOSE_COMPACTION_DE(lines(c)))],
      stream: true,
    }),
  },
  {
    client: "Goose",
    task: "title",
    source: {
      ...GOOSE,
      path: "crates/goose/src/prompts/session_name.md",
      commit: "7ef070536f323dcef3085010b03acc4ce04b4464",
    },
    paraphrased: true,
    note: "shortened; the prompt as system message, the user's first messages after it",
    build: (c) => ({ model: MODEL, messages: [sys(GOOSE_TITLE), usr(userPrompts(c))] }),
  },
  {
    client: "Goose",
    task: "title",
    source: {
      ...GOOSE,
      path: "crates/goose/src/prompts/session_name.md",
      commit: "7ef070536f323dcef3085010b03acc4ce04b4464",
    },
    paraphrased: true,
    note: translated("Japanese"),
    build: (c) => ({ model: MODEL, messages: [sys(GOOSE_TITLE_JA), usr(userPrompts(c))] }),
  },
  {
    client: "Crush",
    task: "compaction",
    source: {
      ...CRUSH,
      path: "internal/agent/templates/summary.md",
      commit: "5065c66699f3c35c1da5418f785cf848f39a363d",
    },
    paraphrased: true,
    note: "sections shortened; sent as the last user turn after the session's messages; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(CRUSH_SYSTEM), ...toMessages(c.turns), usr(CRUSH_SUMMARY)],
      stream: true,
    }),
  },
  {
    client: "Crush",
    task: "compaction",
    source: {
      ...CRUSH,
      path: "internal/agent/templates/summary.md",
      commit: "5065c66699f3c35c1da5418f785cf848f39a363d",
    },
    paraphrased: true,
    note: translated("French"),
    build: (c) => ({
      model: MODEL,
      messages: [sys(CRUSH_SYSTEM), ...toMessages(c.turns), usr(CRUSH_SUMMARY_FR)],
      stream: true,
    }),
  },
  {
    client: "Crush",
    task: "memory",
    source: {
      ...CRUSH,
      path: "internal/agent/templates/memory_recorder.md",
      commit: "951abef62be08a4f00ca62c39f32d8b7a89a9016",
    },
    paraphrased: true,
    note: "rules shortened; the conversation range as role-labelled lines in the user message",
    build: (c) => ({ model: MODEL, messages: [sys(CRUSH_MEMORY), usr(lines(c))] }),
  },
  {
    client: "Plandex",
    task: "title",
    source: {
      ...PLANDEX,
      path: "app/server/model/prompts/name.go",
      commit: "2503f80525763a1fe619423b768e89406e8e76ac",
    },
    note: "GetPlanNamePrompt as one user message, with the namePlan function",
    build: (c) => ({ model: MODEL, messages: [usr(PLANDEX_NAME(firstExchange(c).question))] }),
  },
  {
    client: "Plandex",
    task: "summary",
    source: {
      ...PLANDEX,
      path: "app/server/model/prompts/summary.go",
      commit: "0569366f7a0c7ec75810fd03440b3abbf3c3d6fa",
    },
    paraphrased: true,
    note: "PlanSummary shortened, as a system message after the conversation",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), sys(PLANDEX_SUMMARY)] }),
  },
  {
    client: "nala-coder",
    task: "compaction",
    source: {
      repo: "zboya/nala-coder",
      path: "prompts/ch/compression.md",
      commit: "6ba80f2c0d74b7776f19707993856be6333e3810",
    },
    paraphrased: true,
    note: "sections shortened to their headings; after the Chinese system prompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys(NALA_SYSTEM), usr(NALA_COMPRESSION(lines(c)))],
      stream: true,
    }),
  },
  {
    client: "t-koma",
    task: "compaction",
    source: {
      repo: "mrtolkien/t-koma",
      path: "prompts/system/compaction-prompt.md",
      commit: "1252dfc6f6a8b446ca3a765c34f2aa8890df7ea6",
    },
    note: "system message, then the messages being compacted",
    build: (c) => ({ model: MODEL, messages: [sys(T_KOMA), ...toMessages(c.turns)] }),
  },
  {
    client: "t-koma",
    task: "compaction",
    source: {
      repo: "mrtolkien/t-koma",
      path: "prompts/system/compaction-prompt.md",
      commit: "1252dfc6f6a8b446ca3a765c34f2aa8890df7ea6",
    },
    paraphrased: true,
    note: translated("Spanish"),
    build: (c) => ({ model: MODEL, messages: [sys(T_KOMA_ES), ...toMessages(c.turns)] }),
  },
  {
    client: "ScalyClaw",
    task: "compaction",
    source: {
      repo: "scalyclaw/scalyclaw",
      path: "scalyclaw/src/prompt/compact.ts",
      commit: "54658ed0fa17bcc7b196bd953ba27e9b73fe8158",
    },
    note: "COMPACT_CONTEXT_PROMPT as system message, the conversation as lines",
    build: (c) => ({ model: MODEL, messages: [sys(SCALYCLAW), usr(lines(c))] }),
  },
];
