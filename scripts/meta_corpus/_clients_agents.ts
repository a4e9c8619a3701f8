/**
 * Coding agents' compaction, hand-off and title requests (none of these clients'
 * phrases is known to the router). Verbatim unless `paraphrased`; where a client sends the conversation as
 * real messages, the conversation is replayed as messages and the instruction appended as the client does.
 */
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const CODEX = { repo: "openai/codex", commit: "11baefb5183c7d61c631dee6c3fd6aa9cc93aa73" };
const OPENCODE = { repo: "jehmal/opencode", commit: "323be358574964f39117c89edd7da3281a37285c" };
const CLINE = { repo: "cline/cline", commit: "046531b5f684a6d508926ad70221ac312a7ad280" };
const GEMINI = { repo: "google-gemini/gemini-cli", commit: "ceacc9952805cbfe06087e156c91eeec5866a6b6" };

/** codex-rs/core/templates/compact/prompt.md */
const CODEX_COMPACT =
  "You are performing a CONTEXT CHECKPOINT COMPACTION. Create a handoff summary for another LLM that will resume the task.\n\nInclude:\n- Goal / user objective\n- Current progress and key decisions made\n- Important context, constraints, or user preferences\n- What remains to be done (clear next steps)\n- Any critical data, examples, or references needed to continue\n\nBe concise, structured, and focused on helping the next LLM seamlessly continue the work.\n";

/** packages/opencode/src/session/prompt/title.txt */
const OPENCODE_TITLE =
  'Generate a short title based on the first message a user begins a conversation with. CRITICAL: Your response must be EXACTLY one line with NO line breaks, newlines, or multiple sentences.\n\nRequirements:\n- Maximum 50 characters\n- Single line only - NO newlines or line breaks\n- Summary of the user\'s message\n- No quotes, colons, or special formatting\n- Do not include explanatory text like "summary:" or similar\n- Your entire response becomes the title\n\nIMPORTANT: Return only the title text on a single line. Do not add any explanations, formatting, or additional text.\n';

/** src/core/prompts/contextManagement.ts `summarizeTask`, its first paragraphs and its usage block. */
const CLINE_SUMMARIZE =
  '<explicit_instructions type="summarize_task">\nThe current conversation is rapidly running out of context. Now, your urgent task is to create a detailed, comprehensive summary of the conversation so far, paying close attention to the user\'s explicit requests and your previous actions.\nThis summary should be thorough in capturing technical details, code patterns, and architectural decisions that would be essential for continuing development work without losing context. You MUST ONLY respond to this message by using the summarize_task tool call.\n\nYour summary should include the following sections:\n1. Primary Request and Intent\n2. Key Technical Concepts\n3. Files and Code Sections\n4. Problem Solving\n5. Pending Tasks\n6. Current Work\n7. Optional Next Step\n\nUsage:\n<summarize_task>\n<context>Your detailed summary</context>\n</summarize_task>\n</explicit_instructions>\n';

/** packages/core/src/core/prompts.ts `getCompressionPrompt`, shortened; the history is sent as messages. */
const GEMINI_COMPRESS =
  "You are the component that summarizes internal chat history into a given structure.\n\nWhen the conversation history grows too large, you will be invoked to distill the entire history into a concise, structured XML snapshot. This snapshot is CRITICAL, as it will become the agent's *only* memory of the past. The agent will resume its work based solely on this snapshot.\n\nFirst, you will think through the entire history in a private <scratchpad>. Review the user's overall goal, the agent's actions, tool outputs, file modifications, and any unresolved questions.\n\nAfter your reasoning is complete, generate the final <state_snapshot> XML object.\n\n<state_snapshot>\n    <overall_goal></overall_goal>\n    <key_knowledge></key_knowledge>\n    <file_system_state></file_system_state>\n    <recent_actions></recent_actions>\n    <current_plan></current_plan>\n</state_snapshot>";

/** packages/opencode/src/agent/prompt/compaction.txt */
const OPENCODE_COMPACTION =
  "You are summarizing a conversation for continuation by another agent.\n\nProduce a structured summary with these sections:\n\n## Goal\n[What goal(s) is the user trying to accomplish?]\n\n## Instructions\n[Important instructions from the user.]\n\n## Discoveries\n[Notable findings that would help the next agent continue]\n\n## Accomplished\n[What has been completed, what is in progress, what remains]\n\n## Relevant files\n[Structured list of files read, edited, or created]\n\nBe thorough but concise. Focus on information critical for continuation.\nDo not respond to questions in the conversation. Output only the summary.\nDo not call any tools.\n";

/** A coding agent's system prompt as it precedes the conversation (the compaction request keeps it). */
const AGENT_SYSTEM =
  "You are a coding agent running in a terminal. You can read and edit files and run shell commands. Keep answers short; prefer doing over explaining.";

export const AGENT_TEMPLATES: Template[] = [
  {
    client: "Codex CLI",
    task: "compaction",
    source: { ...CODEX, path: "codex-rs/core/templates/compact/prompt.md" },
    paraphrased: true,
    note: "the compact prompt is appended as a user turn after the history; Codex streams (Responses API)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(CODEX_COMPACT)],
      stream: true,
    }),
  },
  {
    client: "Codex CLI",
    task: "compaction",
    source: { ...CODEX, path: "codex-rs/core/templates/compact/prompt.md" },
    paraphrased: true,
    note: "inline variant: the history serialised into the one user message, instruction in the middle",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(AGENT_SYSTEM),
        usr(
          `<history>\n${
            toLines(c.turns, { user: "user", assistant: "assistant" })
          }\n</history>\n\n${CODEX_COMPACT}\n<tools>\nshell, apply_patch\n</tools>`,
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "opencode",
    task: "title",
    source: { ...OPENCODE, path: "packages/opencode/src/session/prompt/title.txt" },
    paraphrased: true,
    note: "title.txt as system, the first user message as the user turn; opencode streams via the AI SDK",
    build: (c) => ({
      model: MODEL,
      messages: [sys(OPENCODE_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "opencode",
    task: "compaction",
    source: {
      repo: "anomalyco/opencode",
      path: "packages/opencode/src/agent/prompt/compaction.txt",
      commit: "052b2f33587c291b19735e833a3e79b2a52d8210",
    },
    note:
      "compaction agent: compaction.txt as system, the history as messages, a final user ask to summarize",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(OPENCODE_COMPACTION),
        ...toMessages(c.turns),
        usr("Summarize our conversation above for the next agent."),
      ],
      stream: true,
    }),
  },
  {
    client: "Cline",
    task: "compaction",
    source: { ...CLINE, path: "src/core/prompts/contextManagement.ts" },
    note:
      "summarizeTask is sent as the user turn after the real conversation, streamed, with the agent's prompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(CLINE_SUMMARIZE)],
      stream: true,
    }),
  },
  {
    client: "Gemini CLI",
    task: "compaction",
    source: { ...GEMINI, path: "packages/core/src/core/prompts.ts" },
    paraphrased: true,
    note: "compression prompt as system instruction, history as turns, then the user ask for the snapshot",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(GEMINI_COMPRESS),
        ...toMessages(c.turns),
        usr("First, reason in your scratchpad. Then, generate the <state_snapshot>."),
      ],
      stream: true,
    }),
  },
];
