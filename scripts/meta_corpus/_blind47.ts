/**
 * Blind round 47: coding agents, IDE extensions and terminal coding assistants never used in the corpus before, read
 * from their source and measured without changing the rules: octofriend's auto-compaction, AiderDesk's task name,
 * compaction, hand-off, task-state check and merge commit message, code_puppy's and nanocoder's compaction,
 * blade-code's continuation ledger and Chinese commit message, Chaterm's Chinese task title, experience (memory)
 * extraction and pre-truncation summary in Chinese and English, VTCode's compaction, Jarvis's Chinese context
 * compression and task summary, zdx's thread title, TLDR and hand-off, mux's workspace title and sidebar status, and
 * Crystal's session name. Chaterm, VTCode, Jarvis, zdx, mux and Crystal are in `_blind47_agents.ts`, the negatives
 * in `_blind47_negatives.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind47_fill.ts";
import * as P from "./_prompts_blind47.ts";

export { buildBlind47Negatives } from "./_blind47_negatives.ts";
import { BLIND47_AGENTS } from "./_blind47_agents.ts";

const aider = (path: string) => F.at("hotovo/aider-desk", { path, commit: F.AIDER_DESK });

/** AiderDesk `generateText`: the session's messages, then the rendered template as the last user message. */
const aiderAfterHistory = (
  task: string,
  { template, note }: { template: string; note: string },
): Template => ({
  client: "AiderDesk",
  task,
  source: aider(`resources/prompts/${task === "handoff" ? "handoff" : "compact-conversation"}.hbs`),
  note,
  build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(template)] }),
});

const nanocoderUser = (c: Conversation) =>
  `Summarise the following conversation segment.\n\nOriginal task context (system prompt, for reference only):\n<original-system>\n${
    F.truncate(P.NANO_AGENT, 1500)
  }\n</original-system>\n\nConversation segment to compact:\n<segment>\n${F.nanocoderSegment(c)}\n</segment>`;

export const BLIND47: Template[] = [
  {
    client: "octofriend",
    task: "compaction",
    source: F.at("synthetic-lab/octofriend", {
      path: "source/libocto/compilers/autocompact.ts",
      commit: F.OCTOFRIEND,
    }),
    note:
      "autocompaction at 90% of the window: the lowered history without the system prompt, then compactPrompt()",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.OCTO_COMPACT)], stream: true }),
  },
  {
    client: "AiderDesk",
    task: "title",
    source: aider("src/main/task/task.ts"),
    note:
      "generateTaskNameInBackground: task-name.hbs as system, the first prompt (cut at 1,000) in the fixed ask",
    build: (c) => {
      const prompt = F.firstUser(c);
      const cut = prompt.length > 1000 ? `${prompt.substring(0, 1000)}...` : prompt;
      const ask =
        `Generate a concise task name for this request:\n\n${cut}\n\nOnly answer with the task name, nothing else.`;
      return { model: MODEL, messages: [sys(P.AIDER_TASK_NAME), usr(ask)] };
    },
  },
  aiderAfterHistory("compaction", {
    template: P.AIDER_COMPACT,
    note: "smart compaction (compaction.ts): empty system, the context messages, then the compact prompt",
  }),
  aiderAfterHistory("handoff", {
    template: P.AIDER_HANDOFF,
    note: "handoff without a focus: empty system, the context messages, then handoff.hbs",
  }),
  {
    client: "AiderDesk",
    task: "classification",
    source: aider("src/main/task/task.ts"),
    note:
      "task-state check after an agent turn: update-task-state.hbs as system, the last answer wrapped as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AIDER_TASK_STATE),
        usr(
          `Based on the agent's last response, determine the appropriate task state.\n\n<agent-response>\n${
            F.lastAnswer(c)
          }</agent-response>`,
        ),
      ],
    }),
  },
  {
    client: "AiderDesk",
    task: "commit-message",
    source: aider("src/main/task/task.ts"),
    note:
      "merging a task's worktree: commit-message.hbs as system, the task's diff in the fixed ask; diff built from the session",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AIDER_COMMIT),
        usr(
          `Generate a concise conventional commit message for these changes:\n\n${
            F.sessionDiff(c).diff
          }\n\nOnly answer with the commit message, nothing else.`,
        ),
      ],
    }),
  },
  {
    client: "code_puppy",
    task: "compaction",
    source: F.at("mpfaffenberger/code_puppy", {
      path: "code_puppy/agents/_compaction.py",
      commit: F.CODE_PUPPY_COMPACTION,
    }),
    note:
      "summarization agent: its instructions as system, the older messages as history, _SUMMARIZATION_INSTRUCTIONS as prompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PUPPY_SYSTEM), ...toMessages(c.turns), usr(P.PUPPY_PROMPT)],
    }),
  },
  {
    client: "nanocoder",
    task: "compaction",
    source: F.at("Nano-Collective/nanocoder", {
      path: "source/utils/llm-summariser.ts",
      commit: F.NANOCODER,
    }),
    paraphrased: true,
    note:
      "/compact with the LLM strategy: SUMMARISER_SYSTEM_PROMPT, the segment before the 2 kept messages; agent prompt partly assembled",
    build: (c) => ({ model: MODEL, messages: [sys(P.NANO_SYSTEM), usr(nanocoderUser(c))] }),
  },
  {
    client: "blade-code",
    task: "compaction",
    source: F.at("echoVic/blade-code", {
      path: "packages/cli/src/context/CompactionService.ts",
      commit: F.BLADE,
    }),
    note:
      "generateSummary: buildCompactionPrompt (no important files) as the only user message, temperature 0, 8000 tokens",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.BLADE_INSTRUCTIONS}\n\n## Conversation History\n\n${
            F.bladeHistory(c)
          }\n\nRespond with one <analysis> section followed by one <summary> section. The summary must obey the ledger contract above.`,
        ),
      ],
      temperature: 0,
      max_tokens: 8000,
    }),
  },
  {
    client: "blade-code",
    task: "commit-message",
    source: F.at("echoVic/blade-code", { path: "packages/cli/src/slash-commands/git.ts", commit: F.BLADE }),
    paraphrased: true,
    note:
      "/git commit: the Chinese commit prompt sent through the agent (default system prompt, zh-CN; builder's environment blocks left out)",
    build: (c) => {
      const { file, diff } = F.sessionDiff(c);
      const prompt = P.BLADE_COMMIT_SAMPLE.split("@@FILES@@").join(`M\t${file}`).split("@@DIFF@@").join(diff);
      return { model: MODEL, messages: [sys(P.BLADE_SYSTEM_ZH), usr(prompt)], stream: true };
    },
  },
  ...BLIND47_AGENTS,
];
