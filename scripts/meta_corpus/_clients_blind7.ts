/**
 * Blind round 7: ten clients never used in the corpus before, read only after the fourth freeze (commit 649cf51)
 * and measured without changing the rules: three Discord summary bots, two coding tools' conversation
 * summaries (ifai, Claude Code's development summary; ifai's translated into Japanese), five chat apps' title
 * prompts (PuPu, v3, brewer agents, boreal.chat and boreal's translated into Italian) and a group chat's agent
 * selection (hybrid-groups).
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind7.ts";

const discord = (c: Conversation) =>
  c.turns.map((turn) => `${turn.role === "user" ? "anna#2231" : "mike_b"}: ${turn.content}`).join("\n");
const AGENT_SYSTEM = "You are an AI coding assistant inside the IDE. Use the tools to read and edit files.";

export const BLIND_ROUND_7: Template[] = [
  {
    client: "suave-supernovae",
    task: "summary",
    source: P.SOURCES7.suave,
    note: "SYSTEM_PROMPT, then the Discord messages as `name: text` lines",
    build: (c) => ({ model: MODEL, messages: [sys(P.SUAVE), usr(discord(c))] }),
  },
  {
    client: "tilldeer",
    task: "summary",
    source: P.SOURCES7.tilldeer,
    note: "the README's sample BOT_IDENTITY and BOT_QUESTION_PROMPT",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TILLDEER_IDENTITY), usr(P.TILLDEER_QUESTION(discord(c)))],
    }),
  },
  {
    client: "PyPhantom",
    task: "summary",
    source: P.SOURCES7.pyphantom,
    note: "the prompt with the channel's messages, sent as one prompt (ollama generate)",
    build: (c) => ({ model: MODEL, messages: [usr(P.PYPHANTOM(discord(c)))] }),
  },
  {
    client: "ifai",
    task: "compaction",
    source: P.SOURCES7.ifai,
    note: "the summary prompt as the user turn after the session's messages; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(P.IFAI_SUMMARY)],
      stream: true,
    }),
  },
  {
    client: "ifai",
    task: "compaction",
    source: P.SOURCES7.ifai,
    paraphrased: true,
    note: "translated into Japanese by hand",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(P.IFAI_SUMMARY_JA)],
      stream: true,
    }),
  },
  {
    client: "claude-code-prompts",
    task: "compaction",
    source: P.SOURCES7.claudeCode,
    paraphrased: true,
    note: "the development summary's first sections, as the user turn after the session; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(AGENT_SYSTEM), ...toMessages(c.turns), usr(P.CLAUDE_CODE_SUMMARY)],
      stream: true,
    }),
  },
  {
    client: "PuPu",
    task: "title",
    source: P.SOURCES7.pupu,
    note: "the title prompt followed by the user's messages in one message",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.PUPU_TITLE}${firstExchange(c).question}`)] }),
  },
  {
    client: "v3",
    task: "title",
    source: P.SOURCES7.v3,
    paraphrased: true,
    note: "generateTitle.md (its safety section left out) as system message, the first message after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.V3_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "brewer agents",
    task: "title",
    source: P.SOURCES7.brewer,
    note: "set_title instructions as system message, the user messages after it",
    build: (c) => ({ model: MODEL, messages: [sys(P.BREWER_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "boreal.chat",
    task: "title",
    source: P.SOURCES7.boreal,
    note: "title.md as system message, then the conversation's messages",
    build: (c) => ({ model: MODEL, messages: [sys(P.BOREAL_TITLE), ...toMessages(c.turns)] }),
  },
  {
    client: "boreal.chat",
    task: "title",
    source: P.SOURCES7.boreal,
    paraphrased: true,
    note: "translated into Italian by hand",
    build: (c) => ({ model: MODEL, messages: [sys(P.BOREAL_TITLE_IT), ...toMessages(c.turns)] }),
  },
  {
    client: "hybrid-groups",
    task: "speaker",
    source: P.SOURCES7.hygroup,
    paraphrased: true,
    note: "INSTRUCTIONS (its constraint and selection rules left out), the last group message as XML",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.HYGROUP_SELECT),
        usr(`<message sender="anna" receiver="">\n${c.followUp}\n</message>`),
      ],
    }),
  },
];
