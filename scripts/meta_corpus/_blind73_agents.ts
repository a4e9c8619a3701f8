/**
 * Blind round 73, coding agents and agent frameworks: the compaction of runable-take-home-assignment (a Docker coding
 * agent), jazz's summarizer sub-agent (fresh and updating a running summary), and LarAgent's truncation strategies
 * (summarization and per-message symbolization).
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind73.ts";
import { at } from "./_blind73_fill.ts";

const JAZZ = at("lvndry/jazz", {
  path: "src/core/agent/context/summarizer.ts",
  commit: "4fd6b6c927436ddd8acc94517e389f84e157b007",
});
/** The summarizer persona rendered by `buildSystemPrompt`: name and description of `buildSummarizerAgent`. */
const jazzSystem = () =>
  P.fill(P.JAZZ_PERSONA, { agentName: "Summarizer", agentDescription: "Background context compressor" });
/** `Summarizer.renderTranscript`: `[ROLE] content` blocks joined by a rule. */
const transcript = (turns: Conversation["turns"]) =>
  turns.map((t) => `[${t.role.toUpperCase()}] ${t.content}`).join("\n\n---\n\n");

export const BLIND73_AGENTS: Template[] = [
  {
    client: "runable-take-home-assignment",
    task: "compaction",
    source: at("hritik2002/runable-take-home-assignment", {
      path: "compaction.ts",
      commit: "a04de1f407b67e6352e1f2d0910cec90d5e0ec93",
    }),
    paraphrased: true,
    note:
      "compactMessages near the context limit: the conversation stands for the old messages (the last 6 are kept aside); Anthropic messages.create mapped, max_tokens 2048",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.RUNABLE_COMPACT, {
        oldText: c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n\n"),
      }))],
      max_tokens: 2048,
    }),
  },
  {
    client: "jazz",
    task: "compaction",
    source: JAZZ,
    paraphrased: true,
    note:
      "summarizeChunk without a prior summary: the summarizer persona (personas/summarizer/persona.md) as system, one iteration, no tools",
    build: (c) => ({ model: MODEL, messages: [sys(jazzSystem()), usr(P.JAZZ_FRESH + transcript(c.turns))] }),
  },
  {
    client: "jazz",
    task: "compaction",
    source: JAZZ,
    paraphrased: true,
    note:
      "summarizeChunk folding into a running summary: the first exchange stands as the existing summary, the rest as the new transcript",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(jazzSystem()),
        usr(P.fill(P.JAZZ_UPDATE, {
          prior: `- **Context**: ${c.turns[0]?.content ?? ""}\n- **Current Status**: answered`,
          historyText: transcript(c.turns.slice(2)),
        })),
      ],
    }),
  },
  {
    client: "LarAgent",
    task: "compaction",
    source: at("MaestroError/LarAgent", {
      path: "src/Context/Truncation/SummarizationStrategy.php",
      commit: "064a206a081576e8b16ef6b8f4c36faed26c7540",
    }),
    paraphrased: true,
    note:
      "SummarizationStrategy: ChatSummarizerAgent with chat-summarizer.blade.php (a8acccbd) as instructions, the middle messages in <message role> tags; driver wrapping reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LARAGENT_SUMMARIZER),
        usr(
          P.LARAGENT_SUMMARY_USER +
            c.turns.map((t) => `<message role="${t.role}">\n${t.content}\n</message>\n\n`).join(""),
        ),
      ],
    }),
  },
  {
    client: "LarAgent",
    task: "summary",
    source: at("MaestroError/LarAgent", {
      path: "src/Context/Truncation/SymbolizationStrategy.php",
      commit: "43e96ea5b1c98a94219eab02403785abdce0b772",
    }),
    paraphrased: true,
    note:
      "SymbolizationStrategy.createSymbol for one middle message (the first answer); ChatSymbolizerAgent's fallback instructions, its blade file not read",
    build: (c) => {
      const answer = c.turns.find((t) => t.role === "assistant")?.content ?? "";
      return {
        model: MODEL,
        messages: [
          sys(P.LARAGENT_SYMBOLIZER),
          usr(P.fill(P.LARAGENT_SYMBOL_USER, { role: "assistant", content: answer })),
        ],
      };
    },
  },
];
