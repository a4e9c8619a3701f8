/**
 * Blind round 40: thirteen coding agents, agent apps and Claude Code / OpenCode / Antigravity add-ons never used in
 * the corpus before, measured without changing the rules: compaction and title of a data agent (qwery), PR-style
 * summary and structured hand-off of a Chinese AI IDE (Adnify), hand-over hooks that call `claude -p` (English and
 * Japanese), hand-off / Übergabe / session-end slash commands (German, Korean-output, Portuguese), a Korean Antigravity
 * workflow, a Spanish OpenCode save-chat subagent, a Japanese commit command and Chinese memory-save commands; and hard
 * negatives from the same clients (`_negatives_blind40.ts`).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind40.ts";
import {
  adnifyConversationText,
  adnifyLastRequest,
  claudeCodeJsonl,
  fillPython,
  roleLines,
  SRC,
} from "./_blind40_fill.ts";

export { buildBlind40Negatives } from "./_negatives_blind40.ts";

/** qwery's GENERATE_TITLE_PROMPT(userMessage, agentResponse) with both parts present, as agent-session calls it. */
function qweryTitle(c: Conversation): string {
  const { question, answer } = firstExchange(c);
  const basePrompt = P.QWERY_TITLE_BASE.replace("${userMessage}", question);
  return P.QWERY_TITLE_WITH_ANSWER.replace("${basePrompt}", basePrompt).replace("${agentResponse}", answer);
}

/** mkdtemp(prefix="handover_") names: random per run, one per conversation here. */
const TEMP_DIRS: Record<string, string> = {
  "en-IE": "k2j9x1ab",
  "es-AR": "q7tw0m3c",
  "ko-KR": "z4hd8e2n",
  "pt-BR": "p1ur6s5v",
};

const SESSION = "b7e31c90-5d2a-4f0e-9a61-0c3e7d52a8f4";
function bomberPrompt(c: Conversation, pastContext: string): string {
  return fillPython(P.BOMBER_HANDOVER, {
    past_count: "0",
    today: "2026-03-02",
    session_id: SESSION,
    cwd: "/home/dev/work/app",
    current_transcript: claudeCodeJsonl(c, SESSION),
    past_context: pastContext,
  });
}

/** A Claude Code slash command: the command file's body is sent as the next user turn after the session. */
const slash = (body: string) => (c: Conversation) => ({
  model: MODEL,
  messages: [...toMessages(c.turns), usr(body)],
  stream: true,
});
const SLASH_NOTE =
  "Claude Code sends the command body (front matter dropped) as a user turn after the session; " +
  "Claude Code's own system prompt and tool list are not reproduced";

export const BLIND_ROUND_40: Template[] = [
  {
    client: "qwery",
    task: "compaction",
    source: SRC.qweryCompaction,
    note: "SessionCompaction.process: generateText with system COMPACTION_PROMPT, the model messages, then " +
      "COMPACTION_USER_PROMPT as the last user message (not streamed)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QWERY_COMPACTION_SYSTEM), ...toMessages(c.turns), usr(P.QWERY_COMPACTION_USER)],
    }),
  },
  {
    client: "qwery",
    task: "title",
    source: SRC.qweryTitle,
    note:
      "generateConversationTitle(userMessage, agentResponse): generateText with the prompt only, after the first " +
      "assistant reply",
    build: (c) => ({ model: MODEL, messages: [usr(qweryTitle(c))] }),
  },
  {
    client: "Adnify",
    task: "summary",
    source: SRC.adnify,
    note:
      "generateSummary quick/detailed: api.llm.compactContext with SUMMARY_PROMPT as system and the transcript; " +
      "maxTokens 500, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ADNIFY_SUMMARY_SYSTEM),
        usr(`Please summarize the following conversation:\n\n${adnifyConversationText(c)}`),
      ],
      max_tokens: 500,
      temperature: 0.3,
    }),
  },
  {
    client: "Adnify",
    task: "handoff",
    source: SRC.adnify,
    paraphrased: true,
    note:
      "generateHandoffSummary: AI SDK generateObject (system HANDOFF_SYSTEM_PROMPT, the prompt, a JSON schema); " +
      "maxTokens 1000, temperature 0.2; the response_format wrapper the SDK builds is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ADNIFY_HANDOFF_SYSTEM),
        usr(
          `Analyze the following conversation:\n\n${adnifyConversationText(c)}\n\nLast user request: "${
            adnifyLastRequest(c)
          }"`,
        ),
      ],
      max_tokens: 1000,
      temperature: 0.2,
      response_format: { type: "json_schema", json_schema: { name: "response", schema: ADNIFY_SCHEMA } },
    }),
  },
  {
    client: "claude-code-handover (johnnymny)",
    task: "handoff",
    source: SRC.johnnymny,
    note:
      "pass1_extract: `claude -p --model haiku --allowedTools Read` with the prompt on stdin; the transcript and " +
      "the compaction summary are written to temp files the model reads with the Read tool, so the first request " +
      "holds only their paths; Claude Code's system prompt is not reproduced",
    build: (c) => {
      const dir = `/tmp/handover_${TEMP_DIRS[c.locale] ?? "k2j9x1ab"}`;
      return {
        model: MODEL,
        messages: [
          usr(fillPython(P.JOHNNYMNY_PASS1, {
            summary_file: `${dir}/compaction_summary.txt`,
            transcript_file: `${dir}/transcript.txt`,
          })),
        ],
      };
    },
  },
  {
    client: "claude-code-handover (bomber555)",
    task: "handoff",
    source: SRC.bomber,
    paraphrased: true,
    note:
      "PreCompact hook, normal mode: `claude -p --model sonnet` with the Japanese prompt on stdin, the session " +
      "JSONL tail (lines reconstructed with fewer fields) and no past hand-over",
    build: (c) => ({ model: MODEL, messages: [usr(bomberPrompt(c, P.BOMBER_PAST_NONE))] }),
  },
  {
    client: "claude-code-handover (bomber555)",
    task: "handoff",
    source: SRC.bomber,
    paraphrased: true,
    note:
      "the same hook with --from-transcripts (refresh mode): transcript only, refresh-mode marker as past context",
    build: (c) => ({ model: MODEL, messages: [usr(bomberPrompt(c, P.BOMBER_PAST_REFRESH))] }),
  },
  {
    client: "chess-master-FE",
    task: "handoff",
    source: SRC.chess,
    paraphrased: true,
    note:
      "Antigravity workflow /context-convention (Korean): the workflow body sent as a user turn after the " +
      "session (wrapper reconstructed)",
    build: slash(P.CHESS_CONTEXT_WORKFLOW),
  },
  {
    client: "socialseed-e2e",
    task: "summary",
    source: SRC.socialseed,
    paraphrased: true,
    note:
      "OpenCode subagent save-chat (Spanish) as system prompt, temperature 0.2; the main agent's task prompt " +
      "carrying the conversation is reconstructed as role lines",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SOCIALSEED_SAVE_CHAT), usr(roleLines(c, { user: "Usuario", assistant: "Asistente" }))],
      temperature: 0.2,
      stream: true,
    }),
  },
  {
    client: "sommerfest-website",
    task: "handoff",
    source: SRC.sommerfest,
    note: SLASH_NOTE,
    build: slash(P.SOMMERFEST_UEBERGABE),
  },
  {
    client: "sns-info-collector",
    task: "handoff",
    source: SRC.rapidmon,
    note: SLASH_NOTE,
    build: slash(P.RAPIDMON_HANDOFF),
  },
  {
    client: "claude-memory-system",
    task: "memory",
    source: SRC.memsys,
    note: SLASH_NOTE,
    build: slash(P.MEMSYS_END),
  },
  {
    client: "ystandard",
    task: "commit-message",
    source: SRC.ystandard,
    note: SLASH_NOTE,
    build: slash(P.YSTANDARD_COMMIT),
  },
  {
    client: "claude-plugins memory-manager",
    task: "memory",
    source: SRC.cfrs,
    note: SLASH_NOTE,
    build: slash(P.CFRS_SAVE),
  },
  {
    client: "LongMemory",
    task: "memory",
    source: SRC.longmemory,
    note: SLASH_NOTE,
    build: slash(P.LONGMEMORY_SAVE),
  },
  {
    client: "MutiExpert",
    task: "handoff",
    source: SRC.mutiexpert,
    note: SLASH_NOTE + " (the command asks for model haiku)",
    build: slash(P.MUTIEXPERT_CONTEXT_MEMORY),
  },
];

/** The schema generateHandoffSummary passes (copied from the source). */
const ADNIFY_SCHEMA = {
  type: "object",
  properties: {
    objective: { type: "string", description: "What the user is trying to achieve" },
    completedSteps: { type: "array", items: { type: "string" }, description: "What has been done" },
    pendingSteps: { type: "array", items: { type: "string" }, description: "What still needs to be done" },
    keyDecisions: { type: "array", items: { type: "string" }, description: "Important technical decisions" },
    userConstraints: { type: "array", items: { type: "string" }, description: "Special requirements" },
    lastRequestStatus: {
      type: "string",
      enum: ["completed", "partial", "not_started"],
      description: "Status of last request",
    },
  },
  required: [
    "objective",
    "completedSteps",
    "pendingSteps",
    "keyDecisions",
    "userConstraints",
    "lastRequestStatus",
  ],
};
