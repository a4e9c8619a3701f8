/**
 * Blind round 74: twelve clients nobody on the project had read, outside Python (Elixir, PHP, Go, Rust, Java,
 * Kotlin, C#, Ruby), measured without changing the rules. Agent frameworks and coding agents here (LangChain for
 * Elixir's summary, title and routing chains, instructor-php's buffer summary, agenty's compaction, kwaak's hand-off
 * summary, chat title and branch name) and Gleania's Ruby thread summary and memory proposal; JVM, .NET and Go apps
 * in `_blind74_apps.ts`; negatives (also from euperturbot, a Go Telegram bot) in `_negatives_blind74.ts`.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind74.ts";
import { at, elixirSummaryText, fill, labelled } from "./_blind74_fill.ts";
import { BLIND74_APPS } from "./_blind74_apps.ts";

export { buildBlind74Negatives } from "./_negatives_blind74.ts";

const LC = "brainlid/langchain";
const GLEANIA = "techwright-lab/admin_suite";
const KWAAK = "bosun-ai/kwaak";

/** brainlid/langchain `LangChain.Routing.PromptRoute` moduledoc: the three example routes of a RoutingChain. */
const ELIXIR_ROUTES = [
  "- marketing_email: Create a marketing focused email",
  "- blog_post: Create a blog post that will be linked from the company's landing page",
  "- support_triage: Triage a customer support request for severity and requested resolution",
].join("\n");

const FRAMEWORKS: Template[] = [
  {
    client: "LangChain (Elixir)",
    task: "summary",
    source: at(LC, "lib/chains/summarize_conversation_chain.ex"),
    note:
      "SummarizeConversationChain.run: default system prompt, the messages as <user>/<AI> lines in one user message; stream: false (keep_count 0, threshold_count 4 configured)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ELIXIR_SUMMARY), usr(elixirSummaryText(c.turns))],
      stream: false,
    }),
  },
  {
    client: "LangChain (Elixir)",
    task: "title",
    source: at(LC, "lib/chains/text_to_title_chain.ex"),
    note: "TextToTitleChain.run: default system prompt (no examples), user template with the first user text",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ELIXIR_TITLE_SYSTEM), usr(`${P.ELIXIR_TITLE_USER}${firstExchange(c).question}`)],
      stream: false,
    }),
  },
  {
    client: "LangChain (Elixir)",
    task: "routing",
    source: at(LC, "lib/chains/routing_chain.ex"),
    note:
      "RoutingChain.run: system rules naming DEFAULT, candidate categories and the user's input as the user turn",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ELIXIR_ROUTE_SYSTEM),
        usr(`<< CANDIDATE CATEGORIES >>\n${ELIXIR_ROUTES}\n\n\n<< INPUT >>\n${c.followUp}\n`),
      ],
      stream: false,
    }),
  },
  {
    client: "instructor-php",
    task: "summary",
    source: at("cognesy/instructor-php", "packages/addons/src/Chat/Utils/SummarizeMessages.php"),
    note:
      "SummarizeMessages.summarize: the prompt prepended as a user message (Message default role) to the buffered messages; max_tokens = maxSummaryTokens 512 of the ChatWithSummary example",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.INSTRUCTOR_SUMMARY), ...toMessages(c.turns)],
      max_tokens: 512,
    }),
  },
  {
    client: "agenty",
    task: "compaction",
    source: at("masteryyh/agenty", "packages/agenty-core/pkg/agentloop/compaction.go"),
    note:
      "invokeCompaction: the agent's system prompt and session messages, then the compaction request as a hidden user message; caller.Invoke (not streamed); the engine's tool definitions are left out",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AGENTY_SYSTEM), ...toMessages(c.turns), usr(P.AGENTY_COMPACT)],
      stream: false,
    }),
  },
  {
    client: "kwaak",
    task: "compaction",
    source: at(KWAAK, "src/agent/conversation_summarizer.rs"),
    paraphrased: true,
    note:
      "ConversationSummarizer: messages since the last summary plus the rendered prompt as a user message, llm.complete; the agent's system prompt and tool messages are not reproduced",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.KWAAK_SUMMARY)] }),
  },
  {
    client: "kwaak",
    task: "title",
    source: at(KWAAK, "src/agent/util.rs"),
    note: "rename_chat: the fast model's SimplePrompt with the user's first query, one user message",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.KWAAK_TITLE}${firstExchange(c).question}`)] }),
  },
  {
    client: "kwaak",
    task: "branch-name",
    source: at(KWAAK, "src/agent/util.rs"),
    note: "create_branch_name: the fast model's SimplePrompt with the user's first query, one user message",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.KWAAK_BRANCH}${firstExchange(c).question}`)] }),
  },
];

/** Gleania's assistant (Rails app in techwright-lab/admin_suite): thread summary and memory proposal. */
const RUBY: Template[] = [
  {
    client: "Gleania (admin_suite)",
    task: "summary",
    source: at(GLEANIA, "app/domains/assistant/services/memory/thread_summarizer.rb"),
    note:
      "ThreadSummarizer: fixed system message, the template with an empty existing summary and 'ROLE: content' rows; temperature 0.1, max_tokens 600 (OpenAI provider sends them as Responses input)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Return only the updated summary text."),
        usr(fill(P.GLEANIA_SUMMARY, {
          "{{existing_summary}}": "",
          "{{messages}}": labelled(c.turns, { user: "USER", assistant: "ASSISTANT" }),
        })),
      ],
      temperature: 0.1,
      max_tokens: 600,
    }),
  },
  {
    client: "Gleania (admin_suite)",
    task: "memory",
    source: at(GLEANIA, "app/domains/assistant/services/memory/memory_proposer.rb"),
    note:
      "MemoryProposer: JSON-only system message, the template with the last 20 'ROLE: content' rows; temperature 0.1, max_tokens 800",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Return only valid JSON. Do not include markdown or extra commentary.\n"),
        usr(fill(P.GLEANIA_MEMORY, {
          "{{messages}}": labelled(c.turns, { user: "USER", assistant: "ASSISTANT" }),
        })),
      ],
      temperature: 0.1,
      max_tokens: 800,
    }),
  },
];

export const BLIND74: Template[] = [...FRAMEWORKS, ...BLIND74_APPS, ...RUBY];
