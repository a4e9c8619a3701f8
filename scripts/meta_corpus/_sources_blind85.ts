/**
 * Blind round 85: the commits read and the one piece of filler the commit-message templates need, a unified diff.
 */
import type { Conversation } from "./_conversations.ts";
import type { Source } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

/** The 40-hex commits read, one per repository. */
export const C = {
  brokk: "600387f7f6fa084ccf3d78a344d594f1d0ea2d23",
  koder: "3aaec064c10855bc3c1693c7250726fe5e07b814",
  suzent: "7ae111d0dc3d24321d820b3ec1671d7b057d83f7",
  cagent: "0d76412a3ed156faac105d7961753c333be0a879",
  grok: "fb97af83f06dca873281d60168430f06c8de6324",
  gitwhisper: "9cd78b03f78d269684b916acb88425832d8b3f86",
  chatNvim: "b721fb21553946513ad8d4d85157b819cfd046bd",
  leGpt: "dd5e0cdec646adb3fb638d837e6d8fb61a2602f1",
};

/**
 * Commit-message tools see a staged diff, not a chat; ours stages a notes file that records the conversation, so
 * the conversation's text still reaches the template.
 */
export function diffOf(c: Conversation): string {
  const added = c.turns.flatMap((t) => [t.role === "user" ? `## ${t.content}` : t.content, ""]);
  return [
    "diff --git a/docs/notes.md b/docs/notes.md",
    "index 3f2a1c4..9b8e7d0 100644",
    "--- a/docs/notes.md",
    "+++ b/docs/notes.md",
    `@@ -1,2 +1,${2 + added.length} @@`,
    " # Notes",
    " ",
    ...added.map((line) => `+${line}`),
  ].join("\n") + "\n";
}
