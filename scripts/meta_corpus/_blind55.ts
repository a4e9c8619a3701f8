/**
 * Blind round 55: coding agents and agent command packs of Russian, Korean, Japanese, Chinese, French, Portuguese and
 * Spanish-speaking developers, never used in the corpus before, measured without changing the rules: Claude Code
 * slash commands that compact or hand off the session (/context-compress and /cc, /handoff in Korean, Japanese and
 * Traditional Chinese, /checkpoint, /session-save and /session-end, /context:compact and /context:checkpoint, /save),
 * a Chinese commit summary drawn from the session, a Chinese database agent's next-speaker check, bedrock-engineer's
 * session title, agent-sdk's compaction and cli-jaw's memory flush; hard negatives in `_negatives_blind55.ts`.
 * The prompt texts are in `_prompts_blind55.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind55.ts";

export { buildBlind55Negatives } from "./_negatives_blind55.ts";

const at = (key: keyof typeof P.SRC, path: string) => ({
  repo: P.SRC[key].repo,
  path,
  commit: P.SRC[key].commit,
});

/** A Claude Code slash command: the session's messages, then the command file's body as the user turn. */
const command = (text: string) => (c: Conversation) => ({
  model: MODEL,
  messages: [...toMessages(c.turns), usr(text)],
  stream: true,
});
const COMMAND_NOTE =
  "command body (frontmatter dropped) sent by Claude Code as the user turn after the session's messages; Claude Code's own system prompt and tools not reproduced";

/** agent-sdk `_serialize_messages_to_text`: html.escape(quote=True) on each line, four spaces in. */
const xmlEscape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");
function agentSdkConversation(c: Conversation): string {
  const lines = ["<conversation>"];
  for (const turn of c.turns) {
    lines.push(`  <message role="${turn.role}">`);
    for (const row of turn.content.split("\n")) lines.push(`    ${xmlEscape(row)}`);
    lines.push("  </message>");
  }
  lines.push("</conversation>");
  return lines.join("\n");
}

/** cli-jaw `triggerMemoryFlush`: `[role] content` blocks joined by blank lines into the flush template. */
const jawFlush = (c: Conversation) =>
  P.JW_FLUSH.replace("{{memFile}}", "/home/dev/.cli-jaw/memory/episodes/live/2026-12-07.md")
    .replace("{{time}}", "14:05")
    .replace("{{convo}}", c.turns.map((t) => `[${t.role}] ${t.content}`).join("\n\n"));

/** bedrock-engineer joins the text blocks of every message and keeps the first 1000 characters. */
const joinedTexts = (c: Conversation) => c.turns.map((t) => t.content).join("\n").slice(0, 1000);

const withHistory = (c: Conversation, ...tail: WireMessage[]) => [...toMessages(c.turns), ...tail];

export const BLIND55: Template[] = [
  {
    client: "fancai-vibe-hackathon",
    task: "compaction",
    source: at("CC", ".claude/commands/context-compress.md"),
    note: `${COMMAND_NOTE}; the !\`…\` lines are kept as written (the command allows no Bash)`,
    build: command(P.CC_COMPRESS.replaceAll("$ARGUMENTS", "")),
  },
  {
    client: "fancai-vibe-hackathon",
    task: "compaction",
    source: at("CC", ".claude/commands/cc.md"),
    note: `${COMMAND_NOTE}; $ARGUMENTS empty`,
    build: command(P.CC_ALIAS.replaceAll("$ARGUMENTS", "")),
  },
  {
    client: "claude-handoff",
    task: "compaction",
    source: at("HB", "plugins/handoff/skills/handoff.md"),
    note: `Korean /handoff; ${COMMAND_NOTE}`,
    build: command(P.HB_HANDOFF),
  },
  {
    client: "Claude-Code-MIGRATE-Command",
    task: "compaction",
    source: at("MG", "commands/handoff.md"),
    note: `Japanese /handoff; ${COMMAND_NOTE}`,
    build: command(P.MG_HANDOFF),
  },
  {
    client: "Claude-Code-MIGRATE-Command",
    task: "compaction",
    source: at("MG", "commands/checkpoint.md"),
    note: `Japanese /checkpoint; ${COMMAND_NOTE}`,
    build: command(P.MG_CHECKPOINT),
  },
  {
    client: "vibe-engine",
    task: "compaction",
    source: at("VE", "plugins/vibe-engine-memory/commands/handoff.md"),
    note: `Traditional Chinese /handoff; ${COMMAND_NOTE}`,
    build: command(P.VE_HANDOFF),
  },
  {
    client: "Demo-Collect-Delegation",
    task: "compaction",
    source: at("ZO", ".claude/commands/session-save.md"),
    note: `French /session-save; ${COMMAND_NOTE}`,
    build: command(P.ZO_SAVE),
  },
  {
    client: "Demo-Collect-Delegation",
    task: "summary",
    source: at("ZO", ".claude/commands/session-end.md"),
    note: `French /session-end (session summary before /clear); ${COMMAND_NOTE}`,
    build: command(P.ZO_END),
  },
  {
    client: "context-first",
    task: "compaction",
    source: at("CF", ".claude/commands/context/compact.md"),
    note: `Portuguese /context:compact; ${COMMAND_NOTE}`,
    build: command(P.CF_COMPACT),
  },
  {
    client: "context-first",
    task: "compaction",
    source: at("CF", ".claude/commands/context/checkpoint.md"),
    note: `Portuguese /context:checkpoint; ${COMMAND_NOTE}`,
    build: command(P.CF_CHECKPOINT),
  },
  {
    client: "habito-pro-flutter",
    task: "compaction",
    source: at("HP", ".claude/commands/save.md"),
    note: `Spanish /save; ${COMMAND_NOTE}; the @-mention of the context file kept as text`,
    build: command(P.HP_SAVE),
  },
  {
    client: "shinerio-code-plugin",
    task: "summary",
    source: at("SH", "plugins/shinerio-code-plugin/commands/gitacp.md"),
    note: `Chinese /gitacp: commit title and summary from the session and the diff; ${COMMAND_NOTE}`,
    build: command(P.SH_GITACP),
  },
  {
    client: "DbRheo-CLI",
    task: "next-speaker",
    source: at("DR", "packages/core/src/dbrheo/core/next_speaker.py"),
    note:
      "check_next_speaker on the OpenAI service: curated history, the Chinese check prompt (prompts.py get_next_speaker_prompt), then generate_json's schema instruction; empty system instruction; json_object, temperature 0.1, max_tokens 4096",
    build: (c) => ({
      model: MODEL,
      messages: withHistory(c, usr(P.DR_NEXT), usr(P.DR_JSON)),
      temperature: 0.1,
      max_tokens: 4096,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "bedrock-engineer",
    task: "title",
    source: at("BE", "src/renderer/src/pages/ChatPage/utils/titleGenerator.ts"),
    paraphrased: true,
    note:
      "generateSessionTitle: the title system text and the session's texts joined (first 1000 characters) as one user message; sent through Bedrock Converse (maxTokens 4096, temperature 0.5), mapped to the chat shape",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BE_TITLE), usr(joinedTexts(c))],
      max_tokens: 4096,
      temperature: 0.5,
    }),
  },
  {
    client: "comate agent-sdk",
    task: "compaction",
    source: at("AS", "comate_agent_sdk/agent/compaction/service.py"),
    note:
      "CompactionService: DEFAULT_SUMMARY_SYSTEM_PROMPT as system, DEFAULT_SUMMARY_PROMPT and the <conversation> serialisation as user (models.py defaults)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AS_SYSTEM), usr(`${P.AS_PROMPT}\n\n${agentSdkConversation(c)}`)],
    }),
  },
  {
    client: "cli-jaw",
    task: "memory",
    source: at("JW", "src/agent/memory-flush-controller.ts"),
    paraphrased: true,
    note:
      "memory flush: DEFAULT_FLUSH_PROMPT_TEMPLATE filled (memory file path written for the case) and sent as the prompt of a spawned CLI agent with an empty flush system prompt; the CLI's own wrapper not reproduced",
    build: (c) => ({ model: MODEL, messages: [usr(jawFlush(c))], stream: true }),
  },
];
