/**
 * Blind round 59: how the round's clients render a conversation into their housekeeping prompts, each after the
 * function cited (the timestamps are invented; the clients use the messages' own).
 */
import type { Conversation, Turn } from "./_conversations.ts";

const STAMPS = ["2026-03-02 09:14", "2026-03-02 09:16", "2026-03-02 09:21", "2026-03-02 09:23"];
const stamp = (i: number) => STAMPS[i % STAMPS.length] ?? "2026-03-02 09:30";
const speaker = (turn: Turn) => turn.role === "user" ? "user" : "assistant";

/** agentscope-ai/CoPaw src/qwenpaw/agents/context/as_msg_stat.py `format`: `[ts] name:` then `[text]: …`. */
export const copawHistory = (c: Conversation) =>
  c.turns.map((turn, i) => `[${stamp(i)}:00] ${speaker(turn)}:\n[text]: ${turn.content}`).join("\n\n");

/** agentscope-ai/ReMe reme/steps/evolve/_evolve.py `format_history`: `[speaker @ created_at]` then the text. */
export const remeHistory = (c: Conversation) =>
  c.turns.map((turn, i) => `[${speaker(turn)} @ ${stamp(i)}:00.000]\n${turn.content}`).join("\n\n");

/** sipeed/picoclaw pkg/seahorse/short_compaction.go `formatMessagesForSummary`: `[2006-01-02 15:04 MST]` blocks. */
export const picoHistory = (c: Conversation) =>
  c.turns.map((turn, i) => `[${stamp(i)} UTC]\n${turn.content}\n\n`).join("");

/** A rough token estimate (picoclaw sizes its summary target from the segment's token count). */
export const roughTokens = (text: string) => Math.ceil(text.length / 4);

/** The user messages of a conversation, as MonkeyCode's `substantiveUserInputs` collects them. */
export const userInputs = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "user").map((turn) => turn.content.trim());

const WORKTREE_FILES: string[][] = [
  [" M reports/export.py", "?? migrations/0042_invoice_index.py", " M tests/test_export.py"],
  [" M gunicorn.conf.py", " M deploy/nginx/app.conf", " M deploy/README.md"],
  ["?? src/queue/outbox.ts", " M src/api/client.ts", "?? server/middleware/idempotency.js"],
  [" M .github/workflows/ci.yml"],
];

/** BloopAI/vibe-kanban crates/executors/src/env.rs `check_uncommitted_changes`: `\n<repo>:\n` then `XY path` lines. */
export function worktreeStatus(index: number): string {
  const files = WORKTREE_FILES[Math.max(0, index) % WORKTREE_FILES.length] ?? [];
  return `\n/var/tmp/vibe-kanban/worktrees/a41c-task/app:\n${files.join("\n")}\n`;
}

/** A first-pass summary for the clients' "update the summary" prompts (written for this round). */
export function previousSummaryZh(c: Conversation): string {
  const first = c.turns.find((turn) => turn.role === "user")?.content ?? "";
  return `## 目标\n- ${
    first.slice(0, 80)
  }\n\n## 进展\n### 已完成\n- [x] 已定位问题\n\n## 下一步\n1. 继续完成用户的请求`;
}
