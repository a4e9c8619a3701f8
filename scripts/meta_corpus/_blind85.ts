/**
 * Blind round 85: coding agents and CLI tools never used in the corpus before, read from their source and measured
 * without changing the rules: Brokk's task-history compression and its commit messages, Koder's session title and
 * per-round execution summary, Suzent's title, compaction, fact extraction and goal judge, Docker cagent's session
 * title and compaction, Grok CLI's title, checkpoint summaries and recap, and GitWhisper's commit message.
 * Negatives from the same clients are in `_negatives_blind85.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind85.ts";
import { at, C, diffOf } from "./_sources_blind85.ts";

export { buildBlind85Negatives } from "./_negatives_blind85.ts";

const BROKK = (path: string) => at("BrokkAi/brokk", { path, commit: C.brokk });
const KODER = at("feiskyer/koder", { path: "koder_agent/core/session.py", commit: C.koder });
const SUZENT = (path: string) => at("cyzus/suzent", { path, commit: C.suzent });
const CAGENT = (path: string) => at("docker/cagent", { path, commit: C.cagent });
const GROK = (path: string) => at("superagent-ai/grok-cli", { path, commit: C.grok });

const last = <T>(items: T[]): T | undefined => items[items.length - 1];
const assistants = (c: Conversation) => c.turns.filter((t) => t.role === "assistant").map((t) => t.content);
const users = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);

/** `TaskEntry.toString()`: the task log indented by two spaces inside `<task sequence=N>`. */
const brokkTask = (c: Conversation) =>
  `<task sequence=1>\n${
    c.turns.map((t) => `${t.role === "user" ? "# Request" : "# Response"}\n\n${t.content}`).join("\n\n")
      .split("\n").map((line) => `  ${line}`).join("\n").trimEnd()
  }\n</task>\n`;
const brokkCommit = (goal: string): Template["build"] => (c) => ({
  model: MODEL,
  messages: [
    sys(P.format(P.BROKK_COMMIT_SYSTEM, P.BROKK_COMMIT_FORMAT)),
    usr(`${P.format(P.BROKK_COMMIT_CONTEXT, diffOf(c))}\n\n${goal}`),
  ],
});

/** Suzent `_messages_to_text`: `User: …` / `Assistant: …` lines. */
const suzentSteps = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n");
/** Grok CLI `serializeConversation`: `[User]: …` / `[Assistant]: …` blocks. */
const grokSerialized = (turns: Conversation["turns"]) =>
  turns.map((t) => `[${t.role === "user" ? "User" : "Assistant"}]: ${t.content}`).join("\n\n");
/** Grok CLI agent.ts `truncate`. */
const cut = (text: string, max: number) => text.length <= max ? text : `${text.slice(0, max - 1)}…`;

export const BLIND85: Template[] = [
  {
    client: "Brokk",
    task: "compaction",
    source: BROKK("app/src/main/java/ai/brokk/prompts/SummarizerPrompts.java"),
    paraphrased: true,
    note:
      "compressHistory(TaskEntry): systemIntro() as system, the instructions with the task entry as user; the task log's markdown reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BROKK_SYSTEM), usr(P.format(P.BROKK_COMPRESS, brokkTask(c)))],
    }),
  },
  {
    client: "Brokk",
    task: "commit-message",
    source: BROKK("app/src/main/java/ai/brokk/prompts/CommitPrompts.java"),
    paraphrased: true,
    note:
      "one-line commit subject: systemIntro(DEFAULT_COMMIT_MESSAGE_FORMAT), <diff> then the goal; the diff (a notes file holding the conversation) is ours",
    build: brokkCommit(P.BROKK_COMMIT_ONE_LINE),
  },
  {
    client: "Brokk",
    task: "commit-message",
    source: BROKK("app/src/main/java/ai/brokk/prompts/CommitPrompts.java"),
    paraphrased: true,
    note: "subject + optional body commit message, same system; the diff (a notes file) is ours",
    build: brokkCommit(P.BROKK_COMMIT_FULL),
  },
  {
    client: "Koder",
    task: "title",
    source: KODER,
    note: "generate_title(first user message[:500]) through llm_completion: system + user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.KODER_TITLE_SYSTEM),
        usr(P.fill(P.KODER_TITLE_USER, { "user_message[:500]": firstExchange(c).question.slice(0, 500) })),
      ],
    }),
  },
  {
    client: "Koder",
    task: "compaction",
    source: KODER,
    note:
      "_create_summary of round 1 when the session passes its token threshold: the execution after the first user message as `Assistant:` lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.KODER_SUMMARY_SYSTEM),
        usr(P.fill(P.KODER_SUMMARY_USER, {
          summary_content: `Round 1 execution:\n\nAssistant: ${firstExchange(c).answer}\n`,
        })),
      ],
    }),
  },
  {
    client: "Suzent",
    task: "title",
    source: SUZENT("src/suzent/core/auto_title.py"),
    note:
      "auto title from the first user message (whitespace collapsed, [:500]); temperature 0.3, max_tokens 512",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SUZENT_TITLE_SYSTEM),
        usr(P.fill(P.SUZENT_TITLE_USER, {
          user_content: firstExchange(c).question.split(/\s+/).join(" ").slice(0, 500),
        })),
      ],
      temperature: 0.3,
      max_tokens: 512,
    }),
  },
  {
    client: "Suzent",
    task: "compaction",
    source: SUZENT("src/suzent/core/context_compressor.py"),
    note: "SUMMARY_PROMPT_TEMPLATE with the history as `User:`/`Assistant:` lines; temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SUZENT_SUMMARY_SYSTEM), usr(P.fill(P.SUZENT_SUMMARY, { steps_text: suzentSteps(c) }))],
      temperature: 0.3,
    }),
  },
  {
    client: "Suzent",
    task: "memory",
    source: SUZENT("src/suzent/memory/memory_context.py"),
    paraphrased: true,
    note:
      "fact extraction of the last turn (format_for_extraction, no tools); LiteLLM json_schema response_format reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SUZENT_FACTS_SYSTEM),
        usr(P.fill(P.SUZENT_FACTS_USER, {
          content: P.fill(P.SUZENT_TURN, {
            "self.user_message.content": last(users(c)) ?? "",
            reasoning_str: "No explicit reasoning steps.",
            actions_str: "No tools used.",
            "self.assistant_message.content": last(assistants(c)) ?? "",
          }),
        })),
      ],
      response_format: { type: "json_schema", json_schema: { name: "FactExtractionResponse" } },
    }),
  },
  {
    client: "Suzent",
    task: "classification",
    source: SUZENT("src/suzent/core/goals.py"),
    note:
      "goal judge: GOAL (here the first request), the agent's latest response, time, JSON verdict; temperature 0, max_tokens 200",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SUZENT_JUDGE_SYSTEM),
        usr(
          [
            `GOAL:\n${firstExchange(c).question}`,
            `AGENT'S LATEST RESPONSE:\n${(last(assistants(c)) ?? "").slice(0, 4000)}`,
            "Current time: 2026-12-07T15:42:10.512331+00:00",
            "Is the goal fully satisfied? Respond with JSON only.",
          ].join("\n\n"),
        ),
      ],
      temperature: 0,
      max_tokens: 200,
    }),
  },
  {
    client: "cagent",
    task: "title",
    source: CAGENT("pkg/sessiontitle/generator.go"),
    note:
      "RegenerateSessionTitle: every user message of the session numbered (ours have two; the first-turn title sends one); streamed, max tokens 20",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CAGENT_TITLE_SYSTEM),
        usr(P.format(P.CAGENT_TITLE_USER, users(c).map((m, i) => `${i + 1}. ${m}\n`).join(""))),
      ],
      stream: true,
      max_tokens: 20,
    }),
  },
  {
    client: "cagent",
    task: "compaction",
    source: CAGENT("pkg/compaction/prompts/compaction-user.txt"),
    paraphrased: true,
    note:
      "a one-shot root agent whose instruction is compaction-system.txt, the session's messages, then compaction-user.txt; the runtime's wrapping of the instruction not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CAGENT_COMPACT_SYSTEM), ...toMessages(c.turns), usr(P.CAGENT_COMPACT_USER)],
      stream: true,
    }),
  },
  {
    client: "Grok CLI",
    task: "title",
    source: GROK("src/grok/client.ts"),
    note: "AI SDK generateText(system, prompt = the first user message); temperature 0.5, 60 output tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GROK_TITLE_SYSTEM), usr(firstExchange(c).question)],
      temperature: 0.5,
      max_tokens: 60,
    }),
  },
  {
    client: "Grok CLI",
    task: "compaction",
    source: GROK("src/agent/compaction.ts"),
    note: "serializeConversation then SUMMARIZATION_PROMPT; temperature 0.2, floor(16384*0.8) output tokens",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GROK_COMPACT_SYSTEM), usr(`${grokSerialized(c.turns)}\n\n${P.GROK_COMPACT}`)],
      temperature: 0.2,
      max_tokens: 13107,
    }),
  },
  {
    client: "Grok CLI",
    task: "compaction",
    source: GROK("src/agent/compaction.ts"),
    paraphrased: true,
    note:
      "second compaction: the newer messages, `Existing summary:` (written by us from the first exchange), UPDATE_SUMMARIZATION_PROMPT",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const previous = `## Goal\n${question}\n\n## Progress\n### Done\n- [x] ${
        answer.split(/(?<=[.。])\s*/)[0]
      }`;
      return {
        model: MODEL,
        messages: [
          sys(P.GROK_COMPACT_SYSTEM),
          usr(
            [grokSerialized(c.turns.slice(2)), `Existing summary:\n${previous}`, P.GROK_COMPACT_UPDATE].join(
              "\n\n",
            ),
          ),
        ],
        temperature: 0.2,
        max_tokens: 13107,
      };
    },
  },
  {
    client: "Grok CLI",
    task: "summary",
    source: GROK("src/agent/agent.ts"),
    note:
      "session recap after a turn: buildRecapPrompt (no recap yet, `[User]`/`[Assistant]` lines cut to 420) with client.ts generateRecap's system; temperature 0.3, 120 tokens",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GROK_RECAP_SYSTEM),
        usr([
          P.GROK_RECAP_HEAD,
          "Existing recap:\n(none)",
          `Session transcript:\n${
            c.turns.map((t) => `[${t.role === "user" ? "User" : "Assistant"}] ${cut(t.content, 420)}`).join(
              "\n",
            )
          }`,
        ].join("\n\n")),
      ],
      temperature: 0.3,
      max_tokens: 120,
    }),
  },
  {
    client: "GitWhisper",
    task: "commit-message",
    source: at("iamngoni/gitwhisper", { path: "lib/src/commit_utils.dart", commit: C.gitwhisper }),
    paraphrased: true,
    note:
      "getCommitPromptWithEmoji (English, no prefix) as the only user message of the OpenAI generator; the diff (a notes file holding the conversation) is ours",
    build: (c) => ({ model: MODEL, messages: [usr(P.fill(P.GITWHISPER_COMMIT, { diff: diffOf(c) }))] }),
  },
];
