/**
 * Blind round 47, second half: Chaterm (Chinese title, experience extraction and pre-truncation summary in Chinese
 * and English), VTCode's compaction, Jarvis's Chinese context compression and task summary, zdx's thread title,
 * TLDR and hand-off, mux's workspace title and sidebar status, and Crystal's session name.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind47_fill.ts";
import * as P from "./_prompts_blind47.ts";

const chaterm = (path: string) => F.at("chaterm/Chaterm", { path, commit: F.CHATERM });
const zdx = (path: string) => F.at("tallesborges/zdx", { path, commit: F.ZDX });
const jarvis = F.at("skyfireitdiy/Jarvis", { path: "src/jarvis/jarvis_agent/__init__.py", commit: F.JARVIS });

const chatermExperience = (lang: string, prompt: string): Template => ({
  client: "Chaterm",
  task: "memory",
  source: chaterm("src/main/agent/services/experience/ExperienceManager.ts"),
  note:
    `extractCandidatesWithLLM: getExperienceExtractionSystemPrompt(${lang}) as system, buildExtractionContext (the numbered history, no ledger yet) as user`,
  build: (c) => ({ model: MODEL, messages: [sys(prompt), usr(F.chatermHistory(c))], stream: true }),
});

const chatermPreTruncation = (lang: string, { system, ask }: { system: string; ask: string }): Template => ({
  client: "Chaterm",
  task: "compaction",
  source: chaterm("src/main/agent/core/context/context-management/ContextManager.ts"),
  note:
    `summarizeMessagesBeforeTruncation (${lang} formatter): preTruncationSummaryPrompt as system, the dropped range as user; the range choice is this round's`,
  build: (c) => ({
    model: MODEL,
    messages: [sys(system), usr(`${ask}\n\n${F.chatermDropped(c)}`)],
    stream: true,
  }),
});

export const BLIND47_AGENTS: Template[] = [
  {
    client: "Chaterm",
    task: "title",
    source: chaterm("src/main/agent/core/controller/index.ts"),
    note:
      "_performTitleGeneration with the zh-CN interface language: TITLE_GENERATION_PROMPT_CN, the first task in the fixed ask",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CHATERM_TITLE_CN), usr(`Generate a title for this task: ${F.firstUser(c)}`)],
      stream: true,
    }),
  },
  chatermExperience("zh-CN", P.CHATERM_EXPERIENCE_ZH),
  chatermExperience("en-US", P.CHATERM_EXPERIENCE_EN),
  chatermPreTruncation("zh-CN", { system: P.CHATERM_PRE_ZH, ask: "请总结以下对话片段：" }),
  chatermPreTruncation("en-US", {
    system: P.CHATERM_PRE_EN,
    ask: "Please summarize the following conversation excerpt:",
  }),
  {
    client: "VTCode",
    task: "compaction",
    source: F.at("vinhnx/VTCode", {
      path: "crates/codegen/vtcode-core/src/compaction/mod.rs",
      commit: F.VTCODE,
    }),
    note: "local compaction: build_summary_prompt(history, DEFAULT_SUMMARY_PROMPT) as the only user message",
    build: (c) => ({ model: MODEL, messages: [usr(F.vtcodePrompt(c, P.VT_SUMMARY))] }),
  },
  {
    client: "Jarvis",
    task: "compaction",
    source: jarvis,
    paraphrased: true,
    note:
      "token-limit summary: the pending prompt + SUMMARY_REQUEST_PROMPT sent in the session; the agent's system prompt left out",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(`${c.followUp}\n${P.JARVIS_SUMMARY_REQUEST_PROMPT}`)],
      stream: true,
    }),
  },
  {
    client: "Jarvis",
    task: "summary",
    source: jarvis,
    paraphrased: true,
    note:
      "task-completion summary: DEFAULT_SUMMARY_PROMPT sent in the session; the agent's system prompt left out",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.JARVIS_DEFAULT_SUMMARY_PROMPT)],
      stream: true,
    }),
  },
  {
    client: "zdx",
    task: "title",
    source: zdx("crates/zdx-engine/src/core/title_generation.rs"),
    note:
      "thread title subagent with no system prompt and no tools: thread_title_prompt.md with the first message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.ZDX_THREAD_TITLE_PROMPT, { MESSAGE: F.firstUser(c) }))],
    }),
  },
  {
    client: "zdx",
    task: "summary",
    source: zdx("crates/zdx-engine/src/core/tldr_generation.rs"),
    note:
      "thread TLDR subagent: thread_tldr_prompt.md with an empty zdx context and the formatted transcript",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.ZDX_THREAD_TLDR_PROMPT, { ZDX_CONTEXT: "", TRANSCRIPT: F.zdxTranscript(c).trim() })),
      ],
    }),
  },
  {
    client: "zdx",
    task: "handoff",
    source: zdx("crates/zdx-engine/src/core/handoff_generation.rs"),
    note:
      "/handoff subagent: handoff_prompt.md with an empty zdx context, the transcript and the next message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.fill(P.ZDX_HANDOFF_PROMPT, {
            ZDX_CONTEXT: "",
            THREAD_CONTENT: F.zdxTranscript(c),
            NEXT_MESSAGE: c.followUp,
          }),
        ),
      ],
    }),
  },
  {
    client: "mux",
    task: "title",
    source: F.at("coder/mux", { path: "src/node/services/workspaceTitleGenerator.ts", commit: F.MUX }),
    note:
      "workspace name and title on creation: streamText prompt with the first message; the propose_name tool is left out",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.MUX_TITLE_SAMPLE.split("@@MESSAGE@@").join(F.firstUser(c)))],
      stream: true,
    }),
  },
  {
    client: "mux",
    task: "summary",
    source: F.at("coder/mux", { path: "src/node/services/workspaceStatusGenerator.ts", commit: F.MUX }),
    note:
      "sidebar agent status after a finished turn: streamText prompt with the transcript; the propose_status tool is left out",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.MUX_STATUS_SAMPLE.split("@@TRANSCRIPT@@").join(F.muxTranscript(c)))],
      stream: true,
    }),
  },
  {
    client: "Crystal",
    task: "title",
    source: F.at("stravu/crystal", { path: "main/src/services/worktreeNameGenerator.ts", commit: F.CRYSTAL }),
    paraphrased: true,
    note:
      "generateSessionName for a new Claude Code session: the whole instruction with the task as one user message, max_tokens 50, temperature 0.3; Anthropic messages call as chat completions",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CRYSTAL_NAME_SAMPLE.split("@@PROMPT@@").join(F.firstUser(c)))],
      max_tokens: 50,
      temperature: 0.3,
    }),
  },
];
