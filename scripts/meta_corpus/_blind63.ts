/**
 * Blind round 63: coding agents and their add-ons, read at the commits cited and measured without changing the
 * rules: Claude Code / opencode / Kiro command and hook texts that ask the agent for a session summary, a checkpoint,
 * a memory save or a continue check (SuperClaude, claude-sessions, everything-claude-code, myclaude), a Japanese /
 * Chinese / Korean / French / Spanish command set that writes commit messages and pull requests from the session
 * (claude-code-cookbook), claude-mem's progress-summary prompt in four of its language modes, and a hook that has a
 * small model summarise a finished subagent task. Negatives in `_negatives_blind63.ts`.
 */
import { type Conversation } from "./_conversations.ts";
import { MODEL, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind63.ts";
export { buildBlind63Negatives } from "./_negatives_blind63.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const SUPERCLAUDE = "226c45cc93b865108843a669c6545d421784b68c";
const SESSIONS = "c50709bd913fca381290027537701178ac98c1fc";
const ECC = "c40b6c0cf5968f606ff0d45071a0495b015d0ff5";
const COOKBOOK = "d4a413b713119573fce72b49d111a1dd2bbc0b91";
const CLAUDE_MEM = "e2d1df569a8f04075d40e92461128ece7cf04c82";
const MYCLAUDE = "08877af53087365bf014aa6488c4dcf9da7b1927";
const HOOKS = "052ad1cbd5aeb1ec4a1def22012d1293c6225625";
const CC_SESSIONS = "c9818256769a911406362af55eae078186ee0fba";

/** GWUDCAP/cc-sessions cc_sessions/javascript/hooks/user_messages.js: the context the UserPromptSubmit hook adds
 * when the user types the compaction trigger phrase ("squish"), the protocol's `{todos}` filled as the hook does. */
const CCS_TODOS = [
  "## Protocol Todos",
  "<!-- Use TodoWrite to add these todos exactly as written -->",
  "□ Run logging agent to update work logs",
  "□ Run context-refinement agent to check for discoveries",
  "□ Run service-documentation agent if service interfaces changed",
].join("\n");
const ccsCompaction = () =>
  "[Context Compaction Notice]\n" +
  `User triggered context compaction. Protocol:\n${
    P.CCS_COMPACTION_PROTOCOL.replace("{todos}", CCS_TODOS)
  }\n`;

const lastAssistant = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";

/** A slash command or hook prompt: the agent CLI sends its text as the next user message after the session. */
const command = (text: string) => (c: Conversation) => ({
  model: MODEL,
  messages: [...toMessages(c.turns), usr(text)],
  stream: true,
});

/** thedotmack/claude-mem src/sdk/prompts.ts `buildSummaryPrompt`, with the prompts of one mode. */
type Mode = typeof P.CM_MODE_EN;
const claudeMemSummary = (m: Mode, lastAssistantMessage: string) =>
  `--- MODE SWITCH: PROGRESS SUMMARY ---
⚠️ CRITICAL TAG REQUIREMENT — READ CAREFULLY:
• You MUST wrap your ENTIRE response in <summary>...</summary> tags.
• Do NOT use <observation> tags. <observation> output will be DISCARDED and cause a system error.
• The ONLY accepted root tag is <summary>. Any other root tag is a protocol violation.

${m.header_summary_checkpoint}
${m.summary_instruction}

${m.summary_context_label}
${lastAssistantMessage}

${m.summary_format_instruction}
<summary>
  <request>${m.xml_summary_request_placeholder}</request>
  <investigated>${m.xml_summary_investigated_placeholder}</investigated>
  <learned>${m.xml_summary_learned_placeholder}</learned>
  <completed>${m.xml_summary_completed_placeholder}</completed>
  <next_steps>${m.xml_summary_next_steps_placeholder}</next_steps>
  <notes>${m.xml_summary_notes_placeholder}</notes>
</summary>

REMINDER: Your response MUST use <summary> as the root tag, NOT <observation>.
${m.summary_footer}`;

const claudeMem = (lang: string, { path, mode }: { path: string; mode: Mode }): Template => ({
  client: "claude-mem",
  task: "summary",
  source: at("thedotmack/claude-mem", { path: "src/sdk/prompts.ts", commit: CLAUDE_MEM }),
  note:
    `buildSummaryPrompt with the ${lang} mode (${path}, inheriting plugin/modes/code.json); the memory agent's SDK session gets it as one user message with the observed session's last assistant message`,
  build: (c) => ({ model: MODEL, messages: [usr(claudeMemSummary(mode, lastAssistant(c)))] }),
});

/** cexll/myclaude skills/harness/hooks/self-reflect-stop.py: the Stop hook's block reason (original request first). */
const selfReflect = (originalPrompt: string) =>
  [
    "[Self-Reflect] 迭代 1/5 — 请在继续之前进行自省检查：",
    `\n📋 原始请求：\n${originalPrompt}`,
    "\n🔍 自省清单：" +
    "\n1. 对照原始请求，逐项确认每个需求点是否已完整实现" +
    "\n2. 检查是否有遗漏的边界情况、错误处理或异常场景" +
    "\n3. 代码质量：是否有可以改进的地方（可读性、性能、安全性）" +
    "\n4. 是否需要补充测试或文档" +
    "\n5. 最终确认：所有改动是否一致且不互相冲突" +
    "\n\n如果一切已完成，简要总结成果即可结束。如果发现问题，继续修复。",
  ].join("\n");

/** disler/claude-code-hooks-mastery .claude/hooks/utils/llm/task_summarizer.py `summarize_subagent_task`, no agent name. */
const taskSummary = (taskDescription: string) =>
  `Generate a brief, conversational summary of a completed task for audio announcement.

Task completed: ${taskDescription}

Context: A subagent completed this task.

Requirements:
- Address the user as "Dan" directly (but not always at the start)
- Keep it under 20 words
- Focus on the outcome and value delivered
- Be conversational and personalized
- Refer to it as 'your agent' or similar.
- Do NOT include quotes, formatting, or explanations
- Return ONLY the summary text

Example styles:
- "Dan, authentication is ready with secure JWT token support."
- "Your file watcher is now monitoring for changes."
- "Builder finished setting up the TTS queue with file locks."
- "Dan, the new API endpoints are live and tested."

Generate ONE summary:`;

const cookbook = (
  task: string,
  { path, text, language }: { path: string; text: string; language: string },
): Template => ({
  client: "claude-code-cookbook",
  task,
  source: at("wasabeef/claude-code-cookbook", { path, commit: COOKBOOK }),
  note: `the ${language} slash command's body, sent by Claude Code as the next user message of the session`,
  build: command(text),
});

export const BLIND_ROUND_63: Template[] = [
  {
    client: "SuperClaude",
    task: "memory",
    source: at("SuperClaude-Org/SuperClaude_Framework", {
      path: "plugins/superclaude/commands/save.md",
      commit: SUPERCLAUDE,
    }),
    note: "/sc:save: the command body after the session's messages (front matter dropped by Claude Code)",
    build: command(P.SC_SAVE),
  },
  {
    client: "claude-sessions",
    task: "compaction",
    source: at("iannuttall/claude-sessions", { path: "commands/session-end.md", commit: SESSIONS }),
    note:
      "/project:session-end: a summary another developer or AI can continue from, after the session's messages",
    build: command(P.CS_END),
  },
  {
    client: "claude-sessions",
    task: "summary",
    source: at("iannuttall/claude-sessions", { path: "commands/session-update.md", commit: SESSIONS }),
    note: "/project:session-update without arguments ($ARGUMENTS empty: summarise recent activities)",
    build: command(P.CS_UPDATE),
  },
  {
    client: "everything-claude-code",
    task: "summary",
    source: at("affaan-m/everything-claude-code", { path: ".opencode/commands/checkpoint.md", commit: ECC }),
    note: "opencode /checkpoint without arguments, after the session's messages",
    build: command(P.ECC_CHECKPOINT),
  },
  {
    client: "everything-claude-code",
    task: "summary",
    source: at("affaan-m/everything-claude-code", {
      path: ".kiro/hooks/session-summary.kiro.hook",
      commit: ECC,
    }),
    note: "Kiro agentStop hook, askAgent: the prompt goes to the agent as the next user message",
    build: command(P.ECC_KIRO_SUMMARY),
  },
  {
    client: "everything-claude-code",
    task: "memory",
    source: at("affaan-m/everything-claude-code", { path: ".opencode/commands/learn.md", commit: ECC }),
    note: "opencode /learn without arguments: patterns and learnings of the session, after its messages",
    build: command(P.ECC_LEARN),
  },
  {
    client: "cc-sessions",
    task: "compaction",
    source: at("GWUDCAP/cc-sessions", {
      path: "cc_sessions/javascript/hooks/user_messages.js",
      commit: CC_SESSIONS,
    }),
    paraphrased: true,
    note:
      "the user's trigger phrase with the hook's additionalContext (protocol cc_sessions/protocols/context-compaction/context-compaction.md); Claude Code's wrapping of the hook context reconstructed as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(`squish\n\n${ccsCompaction()}`)],
      stream: true,
    }),
  },
  cookbook("commit-message", {
    path: "plugins/ja/commands/commit-message.md",
    text: P.WB_COMMIT_JA,
    language: "Japanese",
  }),
  cookbook("commit-message", {
    path: "plugins/zh-cn/commands/commit-message.md",
    text: P.WB_COMMIT_ZH,
    language: "Simplified Chinese",
  }),
  cookbook("commit-message", {
    path: "plugins/ko/commands/commit-message.md",
    text: P.WB_COMMIT_KO,
    language: "Korean",
  }),
  cookbook("commit-message", {
    path: "plugins/fr/commands/commit-message.md",
    text: P.WB_COMMIT_FR,
    language: "French",
  }),
  cookbook("pr-description", {
    path: "plugins/zh-tw/commands/pr-create.md",
    text: P.WB_PR_ZH_TW,
    language: "Traditional Chinese",
  }),
  cookbook("pr-description", {
    path: "plugins/es/commands/pr-create.md",
    text: P.WB_PR_ES,
    language: "Spanish",
  }),
  claudeMem("English", { path: "plugin/modes/code.json", mode: P.CM_MODE_EN }),
  claudeMem("Japanese", { path: "plugin/modes/code--ja.json", mode: P.CM_MODE_JA }),
  claudeMem("German", { path: "plugin/modes/code--de.json", mode: P.CM_MODE_DE }),
  claudeMem("Chinese", { path: "plugin/modes/code--zh.json", mode: P.CM_MODE_ZH }),
  {
    client: "myclaude",
    task: "continue-check",
    source: at("cexll/myclaude", { path: "skills/harness/hooks/self-reflect-stop.py", commit: MYCLAUDE }),
    paraphrased: true,
    note:
      "Stop hook decision block; Claude Code feeds the reason back as the next user message (that wrapper reconstructed); first iteration of 5",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(selfReflect(firstUser(c)))],
      stream: true,
    }),
  },
  {
    client: "claude-code-hooks-mastery",
    task: "summary",
    source: at("disler/claude-code-hooks-mastery", {
      path: ".claude/hooks/utils/llm/task_summarizer.py",
      commit: HOOKS,
    }),
    note:
      "SubagentStop hook: one user message, max_tokens 100, temperature 0.7; the task is the subagent's request",
    build: (c) => ({
      model: MODEL,
      messages: [usr(taskSummary(firstUser(c)))],
      max_tokens: 100,
      temperature: 0.7,
    }),
  },
];
