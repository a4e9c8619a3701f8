/**
 * Coding-agent prompts read after everything else was written (after commit f8a4a05, the rules unchanged
 * since their freeze): a tab-naming prompt of an agent front-end and three hand-off or summary commands users
 * keep for their coding agents. Nothing was changed for them. Verbatim prompts, shortened where marked.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";

const AGENT_SYSTEM = "You are a coding agent running in a terminal. Keep answers short.";

const MAESTRO_TAB =
  'Generate a 2-4 word tab name for this coding task. Output ONLY the name, nothing else.\n\nRules:\n- 2-4 words max, shorter is better\n- Title Case, no punctuation\n- Be specific (mention tech/file names if relevant)\n- Include ID numbers (PR #, issue #, ticket ID) when mentioned\n- Use hyphens for compound concepts\n- If too vague, use format: YYYY-MM-DD Topic\n\nExamples:\n"add dark mode to React app" = Dark Mode Toggle\n"bug in auth login flow" = Auth Login Bug\n"write tests for checkout" = Checkout Tests\n';
const REBOOT =
  "You are about to perform a session reboot. This means generating a comprehensive handoff summary that will allow seamless continuation in a fresh context window.\n\nPlease create a detailed session summary that includes:\n\n## Session Overview\n\n- **Primary Goal/Task**: What we were working on\n- **Current Status**: Where we left off and what stage we're at\n\n## Decisions Made\n\n- Architectural or design decisions\n- Implementation approaches chosen and why\n\n## Next Steps\n\n- Immediate next actions to take\n- Any blockers or considerations for next session\n\n**REBOOT INSTRUCTIONS FOR NEXT SESSION:**\nFormat the above as a self-contained prompt that would give a fresh agent session everything needed to continue seamlessly.";
const FOLLOW_UP =
  "Please summarize our previous conversation and implementation:\n\n1. What we built\n2. How we built it (key technical decisions)\n3. Current state and limitations\n4. Next steps\n\nKeep it concise but include any critical details needed to continue development.";
const CLAUDE_SUMMARIZE =
  "Analyze this conversation and create a summary to preserve important context for future conversations.\n\n## Instructions\n\n1. **Review the conversation** and identify what's worth preserving. Consider:\n   - Decisions made (technical, architectural, process)\n   - Discoveries and learnings (what worked, what didn't)\n   - Blockers or open questions\n\n2. **Create a summary** using this structure:\n\n# [Short descriptive title]\n\n## Context\n[1-2 sentences: What was this conversation about?]\n\n## Tracking Points\n- [Flexible list of important items]";

export const BLIND_ROUND_2: Template[] = [
  {
    client: "Maestro",
    task: "title",
    source: {
      repo: "pedramamini/Maestro",
      path: "src/prompts/tab-naming.md",
      commit: "1f080785d2ee9c3434b06d5a494cfd40901fe910",
    },
    paraphrased: true,
    note: "the prompt (examples shortened) followed by the task the user typed, in one user message",
    build: (c) => ({ model: MODEL, messages: [usr(`${MAESTRO_TAB}\n${firstExchange(c).question}`)] }),
  },
  {
    client: "opencode-custom reboot",
    task: "compaction",
    source: {
      repo: "AerionDyseti/opencode-custom",
      path: ".agent/workflows/reboot.md",
      commit: "b50282eb1efa009055137018bdf84c7b81ba6862",
    },
    paraphrased: true,
    note: "a workflow command sent as the user's turn after the session, shortened; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(REBOOT)],
      stream: true,
    }),
  },
  {
    client: "cursor-advanced",
    task: "compaction",
    source: {
      repo: "ChristianKohlberg/cursor-advanced",
      path: "content/18-Follow-Up-Summaries.md",
      commit: "b7abc6f98d76b8f3891ff26d421c203f99c5a43e",
    },
    note: "the follow-up summary prompt typed after the implementation; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(FOLLOW_UP)],
      stream: true,
    }),
  },
  {
    client: "Claude Code command",
    task: "summary",
    source: {
      repo: "dkampien/biblechat-rnd",
      path: ".claude/commands/summarize.md",
      commit: "7a8eb337c72d86bbac9905877c32e50ccc16ed5c",
    },
    paraphrased: true,
    note: "a /summarize command, its first two steps, after the conversation; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(CLAUDE_SUMMARIZE)],
      stream: true,
    }),
  },
];
