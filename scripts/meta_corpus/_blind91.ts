/**
 * Blind round 91: commit-message generators of coding tools and editor plug-ins never used in the corpus before
 * (git-iris, loz, magit-gptcommit for Emacs, copilot-chat.el, model.nvim, ai-commit), Butterfish's background shell
 * autosuggest (the rest of a typed question, the next command) and the session title of the
 * Stakpak coding agent, read from their source and measured without changing the rules; hard negatives are the same
 * clients' ordinary turns (`_negatives_blind91.ts`).
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind91.ts";
export { buildBlind91Negatives } from "./_negatives_blind91.ts";
import { diffOf, SRC, statusOf } from "./_blind91_fill.ts";

const one = (content: string) => [usr(content)];
/** The first sentence of the session's first request: what a developer passes as `loz commit "<context>"`. */
const context = (c: Conversation) => (c.turns[0]?.content ?? "").split(/(?<=[.?!。？])\s*/)[0] ?? "";

/** Butterfish's history blocks joined by newlines (HistoryBlocksToString), one block a turn. */
const history = (c: Conversation) => c.turns.map((t) => t.content).join("\n");
/** What the user has typed so far: the first two words of the next question (four characters where it has no spaces), capitalised as Butterfish requires. */
const typed = (text: string) => {
  const words = text.split(" ");
  const start = words.length > 1 ? words.slice(0, 2).join(" ") : [...text].slice(0, 4).join("");
  return start.charAt(0).toUpperCase() + start.slice(1);
};

export const BLIND91: Template[] = [
  {
    client: "git-iris",
    task: "commit-message",
    source: SRC.gitiris,
    paraphrased: true,
    note:
      "create_system_prompt (default preset, use_gitmoji = false) as system and create_user_prompt as user via the OpenAI provider; the schemars schema, relevance scores, per-file analysis and project metadata are reconstructed",
    build: (c) => {
      const { file, diff } = diffOf(c);
      const staged = `${file} (0.85) - Modified`;
      return {
        model: MODEL,
        messages: [
          sys(P.GITIRIS_HEAD + P.GITIRIS_PRESET + P.GITIRIS_TAIL + P.GITIRIS_SCHEMA),
          usr(
            `Based on the following context, generate a Git commit message:\n\nBranch: main\n\nRecent commits:\n` +
              `4be01c2 - Update README\n9d3a7e0 - Bump dependencies\n\nStaged changes:\n${staged}\n\n` +
              `Project metadata:\nLanguage: None\nFramework: None\nDependencies: \n\nDetailed changes:\n` +
              `File: ${file} (Relevance: 0.85)\nChange Type: Modified\nAnalysis:\nModified lines\n\nDiff:\n${diff}`,
          ),
        ],
      };
    },
  },
  {
    client: "loz",
    task: "commit-message",
    source: SRC.loz,
    note:
      "`loz commit`: promptForGIT + staged diff (first line removed) + 'Commit Message: ' as one user message; max_tokens 500, temperature 0, no stream",
    build: (c) => ({
      model: MODEL,
      messages: one(P.LOZ_GIT + diffOf(c).diff.replace(/.*\n/, "") + "\n" + "Commit Message: "),
      max_tokens: 500,
      temperature: 0,
      stream: false,
    }),
  },
  {
    client: "loz",
    task: "commit-message",
    source: SRC.loz,
    note: "`loz commit <context>`: 'code changes.' replaced by the context line, same transport",
    build: (c) => ({
      model: MODEL,
      messages: one(
        P.LOZ_GIT.replace("code changes.", "context and code changes:\n" + "Context: " + context(c) + ".\n") +
          diffOf(c).diff.replace(/.*\n/, "") + "\n" + "Commit Message: ",
      ),
      max_tokens: 500,
      temperature: 0,
      stream: false,
    }),
  },
  {
    client: "magit-gptcommit",
    task: "commit-message",
    source: SRC.magit,
    note:
      "magit-gptcommit-prompt-one-line formatted with the staged diff, llm-make-chat-prompt as one user message, llm-chat-streaming",
    build: (c) => ({
      model: MODEL,
      messages: one(P.MAGIT_ONE_LINE.replace("%s", diffOf(c).diff)),
      stream: true,
    }),
  },
  {
    client: "copilot-chat.el",
    task: "commit-message",
    source: SRC.copilotCommit,
    note:
      "copilot-chat-insert-commit-message: copilot-chat-commit-prompt as system (history cleared), the <git_context> of `git status --short --branch` and `git diff --cached` as user; streamed",
    build: (c) => {
      const status = statusOf(c).replace(/^/gm, "# ");
      const diff = diffOf(c).diff + "\n";
      return {
        model: MODEL,
        messages: [
          sys(P.COPILOT_COMMIT),
          usr(
            "<git_context>\n" + "# Git Status Summary:\n" + status + "\n\n" + "<git_diff>\n" + diff +
              "</git_diff>\n" + "</git_context>",
          ),
        ],
        stream: true,
      };
    },
  },
  {
    client: "model.nvim",
    task: "commit-message",
    source: SRC.modelNvim,
    note:
      "starters.lua closed_task.commit: one user message with `git diff --staged`, OpenAI provider (streams)",
    build: (c) => ({
      model: MODEL,
      messages: one(P.MODEL_NVIM_COMMIT + diffOf(c).diff + "\n```"),
      stream: true,
    }),
  },
  {
    client: "ai-commit",
    task: "commit-message",
    source: SRC.aiCommit,
    paraphrased: true,
    note:
      "getPromptForSingleCommit (language english) sent through the `chatgpt` package's ChatGPTAPI.sendMessage, whose default system message is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.chatgptSystem("2026-12-07")), usr(P.aiCommitSingle(diffOf(c).diff, "english"))],
      stream: false,
    }),
  },
  {
    client: "ai-commit",
    task: "commit-message",
    source: SRC.aiCommit,
    paraphrased: true,
    note: "`ai-commit --list`: getPromptForMultipleCommits with numOptions 5, same ChatGPTAPI transport",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.chatgptSystem("2026-12-07")),
        usr(P.aiCommitList(diffOf(c).diff, { language: "english", numOptions: 5 })),
      ],
      stream: false,
    }),
  },
  {
    client: "Stakpak",
    task: "title",
    source: SRC.stakpakTitle,
    note:
      "generate_session_title: the title prompt as system, every message's content concatenated without separator as user, max_tokens 100",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.STAKPAK_TITLE), usr(c.turns.map((t) => t.content).join(""))],
      max_tokens: 100,
    }),
  },
  {
    client: "Butterfish",
    task: "follow-ups",
    source: SRC.butterfish,
    paraphrased: true,
    note:
      "RequestCancelableAutosuggest while the user types a question (upper-case start): ShellAutosuggestPrompt with the shell history and the typed start as the only user input, max output tokens 64; sent through the Responses API, reconstructed as a chat request, history blocks approximated by the turns",
    build: (c) => ({
      model: MODEL,
      messages: one(
        P.BUTTERFISH_QUESTION.replace("{history}", history(c)).replace("{command}", typed(c.followUp)),
      ),
      max_tokens: 64,
    }),
  },
  {
    client: "Butterfish",
    task: "autocomplete",
    source: SRC.butterfish,
    paraphrased: true,
    note:
      "RequestCancelableAutosuggest on an empty prompt line: ShellAutosuggestNewCommand with the shell history, max output tokens 64; Responses API reconstructed as a chat request",
    build: (c) => ({
      model: MODEL,
      messages: one(P.BUTTERFISH_NEW_COMMAND.replace("{history}", history(c))),
      max_tokens: 64,
    }),
  },
];
