/**
 * Blind round 36: ten coding agents, editor assistants and agent apps never used in the corpus before, measured
 * without changing the rules: compaction / hand-off summaries of a Claude Code hook (first pass and halved retry),
 * two terminal coding agents and a Neovim assistant, editor chat titles (Neovim, VS Code), Russian history
 * compression of four agent apps built for the AI Advent Challenge, a Russian fact extractor and a Russian task-memory
 * updater; and hard negatives from the same clients (`_negatives_blind36.ts`).
 */
import { type Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind36.ts";
import {
  ccCompactMessages,
  ccTitleMessages,
  lastUser,
  SPYKER_EMPTY_MEMORY,
  spykerHistory,
  SRC,
} from "./_blind36_fill.ts";

export { buildBlind36Negatives } from "./_negatives_blind36.ts";

const SEAMLESS_SYSTEM = "You are a session " + "summarisation assistant. You produce structured " +
  "summaries of Claude Code conversation " + "transcripts. Follow the instructions in the " +
  "user message exactly. Do not ask questions or " + "refuse. Do not offer to help with anything " +
  "else. Just produce the requested structured " + "output.";
const seamlessTranscript = (c: Conversation) =>
  toLines(c.turns, { user: "USER", assistant: "ASSISTANT", separator: "\n\n" });
const RIPPERDOC_SYSTEM = "You are a helpful AI assistant tasked with summarizing conversations.";
const firstTwo = (c: Conversation) => c.turns.slice(0, 2);

/** twinny's _generateTitleWithLlm: the prompt template literal, then `.trim()`. */
function twinnyTitle(c: Conversation): string {
  const [first, second] = firstTwo(c);
  const secondMessage = second?.content ?? "";
  return `${P.TWINNY_TITLE}:

    Message 1: "${(first?.content ?? "").trim()}"
    ${secondMessage ? `Message 2: "${secondMessage}"` : ""}

    Title:`.trim();
}

export const BLIND_ROUND_36: Template[] = [
  {
    client: "seamless-claude",
    task: "compaction",
    source: SRC.seamless,
    note:
      "background compactor before /compact: `claude -p --system-prompt SYSTEM_PROMPT`, stdin = PROMPT + transcript of `USER:`/`ASSISTANT:` entries joined by blank lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(SEAMLESS_SYSTEM),
        usr(
          `${P.SEAMLESS_PROMPT}\n\n---\n\nTRANSCRIPT (${c.turns.length} entries):\n\n${
            seamlessTranscript(c)
          }`,
        ),
      ],
    }),
  },
  {
    client: "seamless-claude",
    task: "compaction",
    source: SRC.seamless,
    note: "second attempt after a failed validation: the later half of the transcript text",
    build: (c) => {
      const text = seamlessTranscript(c);
      const shortened = text.slice(-Math.floor(text.length / 2));
      return {
        model: MODEL,
        messages: [
          sys(SEAMLESS_SYSTEM),
          usr(`${P.SEAMLESS_PROMPT}\n\n---\n\nTRANSCRIPT (truncated, retry):\n\n${shortened}`),
        ],
      };
    },
  },
  {
    client: "AdventAi",
    task: "summary",
    source: SRC.adventAi,
    note:
      "Summarize button: summarizerAgent system prompt, the `user - …`/`assistant - …` list sent as its Kotlin toString, response_format text, temperature 1 (AgentApi.invoke)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ADVENTAI_SYSTEM),
        usr(
          `[${c.turns.map((t) => `${t.role === "user" ? "user" : "assistant"} - ${t.content}`).join(", ")}]`,
        ),
      ],
      response_format: { type: "text" },
      temperature: 1,
    }),
  },
  {
    client: "ripperdoc",
    task: "compaction",
    source: SRC.ripperdoc,
    note:
      "summarize_conversation: fixed system prompt, summary prompt + `User:`/`Assistant:` transcript in one user turn",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(RIPPERDOC_SYSTEM),
        usr(
          `${P.RIPPERDOC_SUMMARY}\n\nHere is the conversation to summarize:\n\n${
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" })
          }`,
        ),
      ],
    }),
  },
  {
    client: "ripperdoc",
    task: "compaction",
    source: SRC.ripperdoc,
    note: "/compact with the user's custom instructions appended as `Additional Instructions:`",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(RIPPERDOC_SYSTEM),
        usr(
          `${P.RIPPERDOC_SUMMARY}\n\nAdditional Instructions:\nKeep the open questions and the exact commands.\n\nHere is the conversation to summarize:\n\n${
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" })
          }`,
        ),
      ],
    }),
  },
  {
    client: "wolo",
    task: "compaction",
    source: SRC.wolo,
    note:
      "SummaryPolicy: DEFAULT_SUMMARY_PROMPT_TEMPLATE.format(conversation=…) as one user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.WOLO_SUMMARY.replace(
            "{conversation}",
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" }),
          ),
        ),
      ],
      stream: true,
      temperature: 1,
    }),
  },
  {
    client: "codecompanion.nvim",
    task: "title",
    source: SRC.ccTitle,
    note:
      "background chat_make_title after the first exchange; Lua long strings keep `\\n` literally; structured output schema `title`",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CC_TITLE_SYSTEM), usr(P.CC_TITLE_USER.replace("%s", ccTitleMessages(firstTwo(c))))],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "title",
          schema: {
            type: "object",
            properties: {
              title: {
                type: "string",
                description: "A pithy title, 8 words or fewer, capturing the chat's main topic",
              },
            },
            required: ["title"],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    }),
  },
  {
    client: "codecompanion.nvim",
    task: "compaction",
    source: SRC.ccCompact,
    note:
      "context compaction: PROMPT with the `<message role=…>` transcript, one user message to the background adapter",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CC_COMPACT.replace("%s", ccCompactMessages(c.turns)))],
    }),
  },
  {
    client: "twinny",
    task: "title",
    source: SRC.twinny,
    note:
      "saveConversation: TITLE_GENERATION_PROMPT_MESAGE (src/common/constants/misc.ts) with the first two messages, generateSimpleCompletion, no stream",
    build: (c) => ({ model: MODEL, messages: [usr(twinnyTitle(c))] }),
  },
  {
    client: "AiAdventChallenge (evgenyrsk)",
    task: "summary",
    source: SRC.evgSummary,
    note:
      "CreateSummaryUseCase: summary system prompt, `Пользователь:`/`Ассистент:` transcript in the user prompt",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.EVG_SUMMARY_SYSTEM),
        usr(
          P.EVG_SUMMARY_USER.replace(
            "$messagesText",
            toLines(c.turns, { user: "Пользователь", assistant: "Ассистент", separator: "\n\n" }),
          ),
        ),
      ],
    }),
  },
  {
    client: "AiAdventChallenge (evgenyrsk)",
    task: "memory",
    source: SRC.evgFacts,
    note: "FactExtractor on the last user message, no facts yet (empty joinToString), temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.EVG_FACT_SYSTEM),
        usr(
          P.EVG_FACT_USER.replace('${existingFacts.joinToString("\\n") { "- ${it.key}: ${it.value}" }}', "")
            .replace("$userMessage", lastUser(c)),
        ),
      ],
      temperature: 0.1,
    }),
  },
  {
    client: "ai_advent_challenge (GrinRus)",
    task: "summary",
    source: SRC.grin,
    note:
      "ChatMemorySummarizerService: Spring AI stateless client, fixed system line, `user: …`/`assistant: …` lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GRIN_SYSTEM),
        usr(
          P.GRIN_SUMMARY.replace(
            "%s",
            toLines(c.turns, { user: "user", assistant: "assistant", separator: "\n" }),
          ),
        ),
      ],
    }),
  },
  {
    client: "AI_Advent_Challenge (jivzik)",
    task: "compaction",
    source: SRC.jivzik,
    note:
      "DialogCompressionService.createSummary: one user message, `ROLE: text` blocks each followed by a blank line, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.JIVZIK_SUMMARY.replace(
            "%s",
            c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}\n\n`).join(""),
          ),
        ),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "AI-Advent-Challenge-8 (Spyker3D)",
    task: "memory",
    source: SRC.spyker,
    paraphrased: true,
    note:
      "LlmTaskMemoryUpdater: the prompt as the only user message; LlmClientImpl adds its system prompt, max 500 tokens, temperature 0.2 (sent there as a Responses API input list, written here as chat messages)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SPYKER_SYSTEM),
        usr(
          P.SPYKER_MEMORY.replace("${taskMemoryPromptFormatter.format(taskContext)}", SPYKER_EMPTY_MEMORY)
            .replace(
              "${recentHistoryFormatter.format(recentMessages, maxMessages = 8, maxChars = 3000)}",
              spykerHistory(c.turns),
            ),
        ),
      ],
      max_tokens: 500,
      temperature: 0.2,
    }),
  },
];
