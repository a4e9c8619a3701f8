/**
 * Blind round 51: developer tools with an LLM chat never used in the corpus before, read from their source and
 * measured without changing the rules: a tmux terminal assistant's history squash, text-to-SQL assistants' titles,
 * standalone-question rewrites, follow-up questions, Chinese recommended questions, query normalisation and intent
 * classification, a SQL memory review, a Wolfram notebook's window title, PostHog AI's title, compaction and memory
 * collector, a spreadsheet analyst's chat name and follow-up prompts, and Claude Code hand-off commands, skills and
 * a pre-compaction hook (English and Japanese); the text-to-SQL templates are in
 * `_blind51_sql.ts`, the round's hard negatives in `_blind51_negatives.ts`.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind51_fill.ts";
import { fill } from "./_blind51_fill.ts";
import * as P from "./_prompts_blind51.ts";
import { BLIND51_SQL } from "./_blind51_sql.ts";

export { buildBlind51Negatives } from "./_blind51_negatives.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const QUAD = "6b0c533a8b657067a94c75261fbc9fae821acb35";
const NAKAJ = at("nakaj1214/nakaj_claude", {
  path: "_shared/hooks/pre-compact-handover.py",
  commit: "cf8bee27aa56e2ef90e22bcc5c61de2ddf738713",
});
const HOOK_DATE = "2026-12-07 13:05";

const OTHERS: Template[] = [
  {
    client: "TmuxAI",
    task: "compaction",
    source: at("alvinunreal/tmuxai", {
      path: "internal/squash.go",
      commit: "c0c5351bc324d43bca3c242c4d91704e11961f3f",
    }),
    note: "summarizeChatHistory: one user message, no system prompt, through the same AI client as the chat",
    build: (c) => ({ model: MODEL, messages: [usr(P.TMUX_SQUASH + F.tmuxLog(c.turns))] }),
  },
  {
    client: "Wolfram Chatbook",
    task: "title",
    source: at("WolframResearch/Chatbook", {
      path: "Source/Chatbook/ChatTitle.wl",
      commit: "b3732a76f4d49236910117740f9648ee1e1e522b",
    }),
    note: "GenerateChatTitle: transcript without the system message, TargetLength 30, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          fill(P.CHATBOOK_TITLE, { "`TargetLength`": "30", "`Transcript`": F.chatbookTranscript(c.turns) }),
        ),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "PostHog AI",
    task: "title",
    source: at("PostHog/posthog", {
      path: "ee/hogai/graph/title_generator/prompts.py",
      commit: "5918186844421990849f102f567c0beef5f8b438",
    }),
    note:
      "TitleGeneratorNode: system prompt and the human message, gpt-4.1-nano, temperature 0.7, 100 tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PH_TITLE), usr(firstExchange(c).question)],
      temperature: 0.7,
      max_tokens: 100,
    }),
  },
  {
    client: "PostHog AI",
    task: "compaction",
    source: at("PostHog/posthog", {
      path: "ee/hogai/utils/conversation_summarizer/prompts.py",
      commit: "7e99828ddff905ebd6f8f17df84b44bba526c26b",
    }),
    note:
      "ConversationSummarizer: instruction as system, the conversation, then the final user turn; not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.PH_SUM_SYSTEM}\n\n${P.PH_SUM_INSTRUCTION}`),
        ...toMessages(c.turns),
        usr(P.PH_SUM_FINAL),
      ],
      max_tokens: 16384,
      stream: false,
    }),
  },
  {
    client: "PostHog AI",
    task: "memory",
    source: at("PostHog/posthog", {
      path: "ee/hogai/chat_agent/memory/prompts.py",
      commit: "47d8b3f344c663322f5823fa5d8d1960efd78f2b",
    }),
    note:
      "MemoryCollectorNode: collector prompt with the core memory, then the last 10 messages; core_memory tools",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.PH_MEMORY, {
          "{{core_memory}}": "The product is a self-hosted order management service for small online shops.",
          "{{{date}}}": "2026-12-07",
        })),
        ...toMessages(c.turns.slice(-10)),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "Quadratic",
    task: "title",
    source: at("quadratichq/quadratic", {
      path: "quadratic-client/src/app/ai/hooks/useGetChatName.tsx",
      commit: QUAD,
    }),
    note: "getChatName: text parts rendered by toMarkdown, forced set_chat_name tool, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Use set_chat_name tool to set the name for this chat based on the following chat messages between AI assistant and the user.\n\nPrevious messages:\n\n\`\`\`\n${
            F.quadraticMarkdown(c.turns)
          }\n\`\`\`\n`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "Quadratic",
    task: "follow-up",
    source: at("quadratichq/quadratic", {
      path: "quadratic-client/src/app/ai/hooks/useGetUserPromptSuggestions.tsx",
      commit: QUAD,
    }),
    paraphrased: true,
    note: "user_prompt_suggestions tool; the Quadratic context messages it also sends are left out",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Use user_prompt_suggestions tool to provide follow up prompts for the user based on the following chat messages between AI assistant and the user.\n\nPrevious messages:\n\n\`\`\`\n${
            F.quadraticMarkdown(c.turns)
          }\n\`\`\`\n`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "claude-code-aad",
    task: "handoff",
    source: at("ronkovic/claude-code-aad", {
      path: ".claude/commands/aad/handoff.md",
      commit: "bf24fb4c5a2655d5eecb9296a5cbb11d4f8a6ea8",
    }),
    note: "/aad:handoff slash command sent after the session's messages (Japanese hand-off document)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.AAD_HANDOFF)], stream: true }),
  },
  {
    client: "nakaj_claude",
    task: "handoff",
    source: NAKAJ,
    note: "PreCompact hook: `claude -p` with HANDOVER_PROMPT and the transcript",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${fill(P.NAKAJ_HANDOVER, { "{date}": HOOK_DATE })}\n\n---\n\nTRANSCRIPT:\n\n${
            F.hookTranscript(c.turns)
          }`,
        ),
      ],
    }),
  },
  {
    client: "nakaj_claude",
    task: "session-analysis",
    source: NAKAJ,
    note:
      "PreCompact hook: `claude -p` with SUGGESTIONS_PROMPT (Japanese skill-candidate report) and the transcript",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${fill(P.NAKAJ_SUGGESTIONS, { "{date}": HOOK_DATE })}\n\n---\n\nTRANSCRIPT:\n\n${
            F.hookTranscript(c.turns)
          }`,
        ),
      ],
    }),
  },
  {
    client: "learning-companion",
    task: "handoff",
    source: at("becky3/learning-companion", {
      path: ".claude/skills/handoff/SKILL.md",
      commit: "0091d4469f7b47bd03ac50f651b00257c0d2c7b8",
    }),
    paraphrased: true,
    note:
      "/handoff skill body (Japanese) after the session's messages, no argument; skill wrapping reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.BECKY_HANDOFF.replaceAll("$ARGUMENTS", ""))],
      stream: true,
    }),
  },
];

/** Every template of the round: the text-to-SQL assistants, then the notebooks, agents and terminal tools. */
export const BLIND51: Template[] = [...BLIND51_SQL, ...OTHERS];
