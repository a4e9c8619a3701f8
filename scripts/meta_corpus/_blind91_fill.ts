/**
 * Blind round 91 helpers: where each client's template was read, and what the commit-message generators put into
 * their templates, derived from a sample conversation (the session's change as a staged git diff and
 * `git status --short --branch`).
 */
import type { Conversation } from "./_conversations.ts";
import type { Source } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

const LOZ = "b8e2c0924154e65cd6be7d30326f2f8f211d83b7";
const COPILOT = "444c7a5114ba483c3c37fb95ea2888c5539fc9c8";
const AI_SHELL = "e3f5913a6cae493984d1162fcc4aaf2f1de6f849";

export const SRC = {
  gitiris: at("hyperb1iss/git-iris", {
    path: "src/commit/prompt.rs",
    commit: "152ad2c147e46d17eda64c9e0afded3fe02adaea",
  }),
  loz: at("joone/loz", { path: "src/loz.ts", commit: LOZ }),
  lozLlm: at("joone/loz", { path: "src/llm/index.ts", commit: LOZ }),
  magit: at("douo/magit-gptcommit", {
    path: "magit-gptcommit.el",
    commit: "97dfcf33777731ba8d8ad0522c2deb0554a143fe",
  }),
  copilotCommit: at("chep/copilot-chat.el", { path: "copilot-chat-git.el", commit: COPILOT }),
  copilotPrompts: at("chep/copilot-chat.el", { path: "copilot-chat-prompts.el", commit: COPILOT }),
  modelNvim: at("gsuuon/model.nvim", {
    path: "lua/model/prompts/starters.lua",
    commit: "c4653e9a9431c2629725b919e37eac83d0dbb6aa",
  }),
  aiCommit: at("insulineru/ai-commit", {
    path: "openai.js",
    commit: "8b59548ad379b05f1202d896ec62aa6a9ba708be",
  }),
  stakpakTitle: at("stakpak/agent", {
    path: "libs/api/src/client/provider.rs",
    commit: "4e44be9ceea9b893f9a93a015c6efeac7b8e7520",
  }),
  butterfish: at("bakks/butterfish", {
    path: "butterfish/shell.go",
    commit: "3b5359e31a5d609b5f17033fe362527c5c8256fe",
  }),
  aiShellChat: at("BuilderIO/ai-shell", { path: "src/commands/chat.ts", commit: AI_SHELL }),
};

const FILES: Record<string, string> = {
  bash: "scripts/backup.sh",
  ts: "src/socios/dni.ts",
  rust: "src/config.rs",
  yaml: ".github/workflows/ci.yml",
};

/** The session's change as `git diff --staged` prints it: the first code block of an answer as an added hunk. */
export function diffOf(c: Conversation): { file: string; diff: string } {
  const block = c.turns.filter((t) => t.role === "assistant")
    .map((t) => t.content.match(/```(\w*)\n([\s\S]*?)```/))
    .find((m) => m !== null);
  const file = block ? FILES[block[1] ?? ""] ?? "src/change.txt" : "NOTES.md";
  const lines = (block?.[2] ?? c.turns.at(-1)?.content ?? "").replace(/\n$/, "").split("\n");
  const header =
    `diff --git a/${file} b/${file}\nindex 5e1f0a3..c82d9b4 100644\n--- a/${file}\n+++ b/${file}`;
  return { file, diff: `${header}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join("\n")}` };
}

/** `git status --short --branch --untracked-files=no` with the one staged file. */
export const statusOf = (c: Conversation) => `## main...origin/main\nM  ${diffOf(c).file}`;
