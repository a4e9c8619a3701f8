/**
 * Blind round 92: seven agent frameworks and memory services never used in the corpus before, read only for this
 * round and measured without changing the rules: LangChain.js's summary memory, entity extraction and standalone
 * question, LlamaIndex.TS's condense question, summary memory and fact extraction, kagent's memory extraction and
 * compaction, ADK for Java's event compaction, RealChar's meeting highlights, Redis agent-memory-server's progressive summary, summary memory and
 * preference extraction, and TradingAgents' reflection on its own decision; plus hard negatives from their
 * ordinary turns and users asking about their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind92.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
const LANGCHAINJS = "62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72";
const LLAMAINDEXTS = "acd9b66de4ec1305d8f7e87832cc68093116bb16";
const KAGENT = "5229184e280a6f3bf205b4e64405a92d1fbc259f";
const REALCHAR = "bd452d7ab164098d251935276c870ddfc14a9046";
const AMS = "3f703c0d5ebd554386250d356bcb8bb8b41a73db";
const TRADING = "85946c2f60768ab2dae23a5a36cd927662feef94";
const ADK_JAVA = "c1bda9c14dd16a46849dbd6e74773e5595c050b8";

const humanAi = (c: Conversation) => toLines(c.turns, { user: "Human", assistant: "AI" });
const humanAssistant = (c: Conversation) => toLines(c.turns, { user: "Human", assistant: "Assistant" });
const roleLines = (c: Conversation, assistant: string) => toLines(c.turns, { user: "user", assistant });
const lastUser = (c: Conversation) => c.turns.filter((turn) => turn.role === "user").at(-1)?.content ?? "";
const lastAnswer = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "assistant").at(-1)?.content ?? "";
/** Python's doubled braces in a str.format template become single ones once formatted. */
const pyFormat = (template: string, values: Record<string, string>) =>
  fill(template, values).replaceAll("{{", "{").replaceAll("}}", "}");
const NOW = "Monday, December 07, 2026 at 04:10 PM UTC";

export const BLIND92: Template[] = [
  {
    client: "LangChain.js",
    task: "summary",
    source: at("langchain-ai/langchainjs", {
      path: "libs/langchain-classic/src/memory/prompt.ts",
      commit: LANGCHAINJS,
    }),
    paraphrased: true,
    note:
      "ConversationSummaryMemory's SUMMARY_PROMPT with an empty previous summary and the turns as Human/AI lines, sent by its LLMChain as one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.LC_SUMMARY, { "{summary}": "", "{new_lines}": humanAi(c) }))],
    }),
  },
  {
    client: "LangChain.js",
    task: "memory",
    source: at("langchain-ai/langchainjs", {
      path: "libs/langchain-classic/src/memory/prompt.ts",
      commit: LANGCHAINJS,
    }),
    paraphrased: true,
    note:
      "EntityMemory's entity extraction template: the earlier turns as history, the last user turn as the line to extract from (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.LC_ENTITY_EXTRACTION, {
        "{history}": toLines(c.turns.slice(0, -2), { user: "Human", assistant: "AI" }),
        "{input}": lastUser(c),
      }))],
    }),
  },
  {
    client: "LangChain.js",
    task: "query-rewrite",
    source: at("langchain-ai/langchainjs", {
      path: "libs/langchain-classic/src/chains/conversational_retrieval_chain.ts",
      commit: LANGCHAINJS,
    }),
    paraphrased: true,
    note:
      "ConversationalRetrievalQAChain's question generator with the history as Human/Assistant lines and the follow-up (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.LC_CONDENSE, { "{chat_history}": humanAssistant(c), "{question}": c.followUp }))],
    }),
  },
  {
    client: "LlamaIndex.TS",
    task: "query-rewrite",
    source: at("run-llama/LlamaIndexTS", {
      path: "packages/core/src/prompts/prompt.ts",
      commit: LLAMAINDEXTS,
    }),
    note:
      "defaultCondenseQuestionPrompt filled by CondenseQuestionChatEngine with messagesToHistory (Human/Assistant lines) and the new message, sent through llm.complete as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.LI_CONDENSE, { "{chatHistory}": humanAssistant(c), "{question}": c.followUp }))],
    }),
  },
  {
    client: "LlamaIndex.TS",
    task: "summary",
    source: at("run-llama/LlamaIndexTS", {
      path: "packages/core/src/memory/deprecated/summary-memory.ts",
      commit: LLAMAINDEXTS,
    }),
    note:
      "ChatSummaryMemoryBuffer.summarize: defaultSummaryPrompt (prompts/prompt.ts) with the history as Human/Assistant lines, one user message",
    build: (c) => ({ model: MODEL, messages: [usr(fill(P.LI_SUMMARY, { "{context}": humanAssistant(c) }))] }),
  },
  {
    client: "LlamaIndex.TS",
    task: "memory",
    source: at("run-llama/LlamaIndexTS", {
      path: "packages/core/src/memory/block/fact.ts",
      commit: LLAMAINDEXTS,
    }),
    note:
      "FactExtractionMemoryBlock: DEFAULT_EXTRACTION_PROMPT with the messages' contents joined by newline-tab and no facts yet, through llm.complete",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.LI_FACTS, {
        "{{conversation}}": `\n\t${c.turns.map((turn) => turn.content).join("\n\t")}`,
        "{{existing_facts}}": "{ facts: [] }",
      }))],
    }),
  },
  {
    client: "kagent",
    task: "memory",
    source: at("kagent-dev/kagent", { path: "go/adk/pkg/memory/kagent_service.go", commit: KAGENT }),
    paraphrased: true,
    note:
      "summarizeContent's prompt with the session's events as author: text lines (the agent's name as author reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.KAGENT_MEMORY.replace("%s", roleLines(c, "k8s_agent")))],
    }),
  },
  {
    client: "kagent",
    task: "compaction",
    source: at("kagent-dev/kagent", {
      path: "python/packages/kagent-adk/src/kagent/adk/types.py",
      commit: KAGENT,
    }),
    paraphrased: true,
    note:
      "_KAGENT_COMPACTION_PROMPT given to ADK's LlmEventSummarizer, the events as author: text lines (event formatting reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.KAGENT_COMPACTION.replace("{conversation_history}", roleLines(c, "k8s_agent")))],
    }),
  },
  {
    client: "RealChar",
    task: "summary",
    source: at("Shaunwei/RealChar", {
      path: "realtime_ai_character/llm/highlight_action_generator.py",
      commit: REALCHAR,
    }),
    paraphrased: true,
    note:
      "prompt_to_generate_highlight with the conversation as the journal transcript (speaker labels reconstructed), one user message via apredict",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.REALCHAR_HIGHLIGHT.replace(
            "{journal_text}",
            toLines(c.turns, { user: "User", assistant: "Speaker" }),
          ),
        ),
      ],
    }),
  },
  {
    client: "agent-memory-server",
    task: "summary",
    source: at("redis/agent-memory-server", { path: "agent_memory_server/config.py", commit: AMS }),
    note:
      "progressive_summarization_prompt as formatted by summarization.py with no previous summary and role: content lines, one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          fill(P.AMS_PROGRESSIVE, { "{prev_summary}": "", "{messages_joined}": roleLines(c, "assistant") }),
        ),
      ],
    }),
  },
  {
    client: "agent-memory-server",
    task: "memory",
    source: at("redis/agent-memory-server", {
      path: "agent_memory_server/memory_strategies.py",
      commit: AMS,
    }),
    paraphrased: true,
    note:
      "SummaryMemoryStrategy.SUMMARY_PROMPT with max_length 300 and the conversation text as role: content lines, response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [usr(pyFormat(P.AMS_SUMMARY, {
        "{message}": roleLines(c, "assistant"),
        "{max_length}": "300",
        "{current_datetime}": NOW,
      }))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "agent-memory-server",
    task: "memory",
    source: at("redis/agent-memory-server", {
      path: "agent_memory_server/memory_strategies.py",
      commit: AMS,
    }),
    paraphrased: true,
    note:
      "UserPreferencesMemoryStrategy.PREFERENCES_PROMPT with the conversation text as role: content lines, response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          pyFormat(P.AMS_PREFERENCES, { "{message}": roleLines(c, "assistant"), "{current_datetime}": NOW }),
        ),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "ADK for Java",
    task: "compaction",
    source: at("google/adk-java", {
      path: "core/src/main/java/com/google/adk/summarizer/LlmEventSummarizer.java",
      commit: ADK_JAVA,
    }),
    note:
      "LlmEventSummarizer's DEFAULT_PROMPT_TEMPLATE (a Java text block with line continuations) with the events as content-role: text lines (user / model), one user content",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.ADK_JAVA_COMPACTION.replace(
            "{conversation_history}",
            toLines(c.turns, { user: "user", assistant: "model" }),
          ),
        ),
      ],
    }),
  },
  {
    client: "TradingAgents",
    task: "reflection",
    source: at("TauricResearch/TradingAgents", {
      path: "tradingagents/graph/reflection.py",
      commit: TRADING,
    }),
    note:
      "reflect_on_final_decision: the log reflection system prompt, then the returns and the final decision (here the conversation's last answer) as the human message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TA_REFLECTION),
        usr(`Raw return: +2.4%\nAlpha vs SPY: -0.8%\n\nFinal Decision:\n${lastAnswer(c)}`),
      ],
    }),
  },
];

export { buildBlind92Negatives } from "./_blind92_negatives.ts";
