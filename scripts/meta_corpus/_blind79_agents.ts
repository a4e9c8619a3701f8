/**
 * Blind round 79, coding agents and their hooks: a Claude Code hand-off command, a Claude Code VCS hook's commit
 * message and branch name, Namicode's compaction and session memory, and two small commit CLIs (baize's Chinese
 * template, acmt).
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind79.ts";
import { at, fill, porcelain, request, sessionDiff } from "./_blind79_fill.ts";

const JJ = "anosatsuk124/jujutsu-summarize-hook";
const JJ_COMMIT = "d662306cfb3757880c91b1a9a22ab66c9f1baba9";
const NAMI = "Babitdor/Namicode";
const NAMI_COMMIT = "ed430f5a410a31ac63d8f830d686d1442755df4d";

/** Namicode compaction.py `summarize_conversation`: USER/ASSISTANT blocks, each cut at 2000 characters. */
function namiConversation(c: Conversation): string {
  const cut = (s: string) => s.length > 2000 ? `${s.slice(0, 2000)}... [truncated]` : s;
  return c.turns.map((t) => `${t.role === "user" ? "USER" : "ASSISTANT"}: ${cut(t.content)}`).join("\n\n");
}

/** Namicode session_summarization.py `_build_conversation_summary`: numbered lines, each cut at 500 characters. */
function namiMemoryLines(c: Conversation): string {
  const cut = (s: string) => s.length > 500 ? `${s.slice(0, 497)}...` : s;
  return c.turns.flatMap((t, i) => {
    const content = cut(t.content);
    if (t.role === "user") return [`[${i + 1}] User: ${content}`];
    return !content.startsWith("[") && content.length > 10 ? [`[${i + 1}] Assistant: ${content}`] : [];
  }).join("\n");
}

export const BLIND79_AGENTS: Template[] = [
  {
    client: "wcygan dotfiles (Claude Code command)",
    task: "compaction",
    source: at("wcygan/dotfiles", {
      path: "config/claude/commands/handoff.md",
      commit: "41a8f3f90dcd7007121450f42c36810a9f113f0b",
    }),
    note:
      "/handoff: the command's body sent as a user turn after the session's messages (agent system prompt left out)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.WCYGAN_HANDOFF)], stream: true }),
  },
  {
    client: "jujutsu-summarize-hook",
    task: "commit-message",
    source: at(JJ, { path: "src/vcs_cc_hook/templates/git/commit_message.md", commit: JJ_COMMIT }),
    note:
      "summarizer.py generate_commit_summary after an edit: one user message via LiteLLM, `git status --porcelain` and `git diff HEAD`, language english; max_tokens 100, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          fill(P.JJ_GIT_COMMIT, {
            "{language}": "english",
            "{status}": porcelain(c),
            "{diff}": sessionDiff(c).diff,
          }),
        ),
      ],
      max_tokens: 100,
      temperature: 0.1,
    }),
  },
  {
    client: "jujutsu-summarize-hook",
    task: "branch-name",
    source: at(JJ, { path: "src/vcs_cc_hook/templates/common/branch_name.md", commit: JJ_COMMIT }),
    note:
      "summarizer.py generate_branch_name from the user's prompt: one user message, max_tokens 30, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.JJ_BRANCH, { "{language}": "english", "{prompt}": request(c).description }))],
      max_tokens: 30,
      temperature: 0.1,
    }),
  },
  {
    client: "Namicode",
    task: "compaction",
    source: at(NAMI, { path: "namicode_cli/compaction.py", commit: NAMI_COMMIT }),
    note: "/compact without focus: SUMMARIZATION_PROMPT as one human message (LangChain ainvoke)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(fill(P.NAMI_COMPACTION, { "{focus_instructions}": "", "{conversation}": namiConversation(c) })),
      ],
    }),
  },
  {
    client: "Namicode",
    task: "memory",
    source: at(NAMI, { path: "namicode_cli/session/session_summarization.py", commit: NAMI_COMMIT }),
    note:
      "summarize_messages_to_memory: the memory.md system prompt, then the numbered transcript with no task set",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NAMI_MEMORY_SYSTEM),
        usr(
          fill(P.NAMI_MEMORY_USER, {
            "{current_task}": "No specific task set",
            "{conversation_summary}": namiMemoryLines(c),
          }),
        ),
      ],
    }),
  },
  {
    client: "baize",
    task: "commit-message",
    source: at("Syan-Lin/baize", {
      path: "templates/commit/prompt.md",
      commit: "4502cde2b6d3db148d726f3e6ed04a9745f20b54",
    }),
    note:
      "`git diff | baize -t commit`: utils/templates.py format_template with the piped diff as sysin, one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(fill(P.BAIZE_COMMIT, { "{input}": "", "{paste}": "", "{sysin}": `${sessionDiff(c).diff}\n` })),
      ],
    }),
  },
  {
    client: "acmt",
    task: "commit-message",
    source: at("yurentle/acmt", {
      path: "acmt/openai_utils.py",
      commit: "1b10a6132fe147361be1066453242121d60197b1",
    }),
    note:
      "generate_commit_message: DEFAULT_PROMPT as system, the diff as user; temperature 0.7, max_tokens 100",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ACMT_DEFAULT_PROMPT), usr(sessionDiff(c).diff)],
      temperature: 0.7,
      max_tokens: 100,
    }),
  },
];
