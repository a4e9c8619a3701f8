/**
 * Blind round 52, second half of the templates: tRPC-Agent-Python, langchaingo, Agents-Flex, Neuron AI, swiftide,
 * VeADK, Volcengine ai-app-lab, langchainrb and LLPhant (see `_blind52.ts`).
 */
import type { Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind52.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const FLEX = "08a4f43df0080b24fbd645b925dc2c0270da8274";
const ARK = "b943185fae20853609fe41d433c73874a251d587";
const COMPRESSORS = "agents-flex-agent/src/main/java/com/agentsflex/agent/AgentContextCompressors.java";
const LINES = { user: "user", assistant: "assistant" };

/** Python's repr of a str, as Jinja prints it inside a list of dicts. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
/** ADK session events as VeADK's processor collects them: roles `user` and `model`. */
const adkMessages = (turns: Turn[]) =>
  "[" + turns.map((t) =>
    `{'role': '${t.role === "user" ? "user" : "model"}', 'content': ${pyRepr(t.content)}}`
  )
    .join(", ") +
  "]";
/** ai-app-lab shop_assist `merge_msgs`: every message as `role： content` (full-width colon) in one user message. */
const arkMerged = (turns: Turn[]) => turns.map((t) => `${t.role}： ${t.content}\n`).join("");
const flexRole = (t: Turn) => t.role === "user" ? "UserMessage" : "AiMessage";
const flexLines = (turns: Turn[]) => turns.map((t) => `${flexRole(t)}: ${t.content}\n`).join("");
const flexIds = (turns: Turn[]) =>
  turns.map((t, i) =>
    `messageId=0196a3c2-7f10-7b3e-9d4a-00000000000${i + 1}, role=${flexRole(t)}, content=${t.content}\n`
  )
    .join("");

/** Agents-Flex `model(...)` with one of the instructions its documentation gives. */
const flexModel = (instruction: string, docPath: string): Template => ({
  client: "Agents-Flex",
  task: "compaction",
  source: at("agents-flex/agents-flex", { path: COMPRESSORS, commit: FLEX }),
  note:
    `AgentContextCompressors.model(): the instruction from ${docPath}, then '历史消息：' and the older messages ` +
    "as `UserMessage:`/`AiMessage:` lines, sent as one user message (SimplePrompt)",
  build: (c) => ({ model: MODEL, messages: [usr(instruction + P.FLEX_WRAP_MODEL + flexLines(c.turns))] }),
});

export const BLIND52_TAIL: Template[] = [
  {
    client: "tRPC-Agent-Python",
    task: "summary",
    source: at("trpc-group/trpc-agent-python", {
      path: "trpc_agent_sdk/sessions/_session_summarizer.py",
      commit: "859ac4e8dcf1a8cab8c0a4c75e22a3246c369c05",
    }),
    note:
      "_generate_summary: the prompt with the events as `author: text` lines (agent name taken as 'assistant') " +
      "as one user content",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.TRPC_PY_SUMMARY.replace("{conversation_text}", toLines(c.turns, LINES)))],
    }),
  },
  {
    client: "langchaingo",
    task: "query-rewrite",
    source: at("tmc/langchaingo", {
      path: "chains/question_answering.go",
      commit: "8fea3de63675b901cf7a2cdc435c204cb7a93643",
    }),
    note:
      "ConversationalRetrievalQA.getQuestion: the condense template (history via GetBufferString Human/AI) sent " +
      "by LLMChain as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.LCGO_CONDENSE.replace("{{.chat_history}}", toLines(c.turns, { user: "Human", assistant: "AI" }))
            .replace("{{.question}}", c.followUp),
        ),
      ],
    }),
  },
  flexModel(P.FLEX_INSTR_CONTEXT, "docs/zh/agent/context-management.md"),
  flexModel(P.FLEX_INSTR_COMPRESSION, "docs/zh/agent/message-compression.md"),
  {
    client: "Agents-Flex",
    task: "compaction",
    source: at("agents-flex/agents-flex", { path: COMPRESSORS, commit: FLEX }),
    paraphrased: true,
    note:
      "AgentContextCompressors.perMessageModel(): the instruction from docs/zh/agent/context-management.md, the " +
      "JSON-array request and one `messageId=…, role=…, content=…` line per message (ids made up) as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(P.FLEX_INSTR_PER + P.FLEX_WRAP_PER + flexIds(c.turns))] }),
  },
  {
    client: "Neuron AI",
    task: "compaction",
    source: at("neuron-core/neuron-ai", {
      path: "src/Agent/Middleware/Summarization.php",
      commit: "c93862119cda32bc672d3823a8107ae2bd29f0b5",
    }),
    note:
      "generateSummary: a fixed system prompt, then the default prompt and the old messages as `[ROLE]: text` " +
      "lines in one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NEURON_SYSTEM),
        usr(`${P.NEURON_PROMPT}\n\n${toLines(c.turns, { user: "[USER]", assistant: "[ASSISTANT]" })}`),
      ],
    }),
  },
  {
    client: "swiftide",
    task: "query-rewrite",
    source: at("bosun-ai/swiftide", {
      path: "swiftide-query/src/query_transformers/generate_subquestions.rs",
      commit: "a76ff4e57e21ca0fda48b6778e21bf0c021450d4",
    }),
    note:
      "GenerateSubquestions with the default 5 questions: the rendered prompt as one user message (SimplePrompt)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.SWIFTIDE_SUBQ.replaceAll("{{question}}", c.followUp).replace("{{num_questions}}", "5")),
      ],
    }),
  },
  {
    client: "VeADK",
    task: "memory",
    source: at("volcengine/veadk-python", {
      path: "veadk/prompts/prompt_memory_processor.py",
      commit: "9eec0c8f95587e10e1f51018245201adb5d4297a",
    }),
    note:
      "ShortTermMemoryProcessor.after_load_session: the prompt with the session's messages (Jinja prints the " +
      "list of dicts as Python repr) as the only user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.VEADK_MEMORY.replace("{{ messages }}", adkMessages(c.turns)))],
    }),
  },
  {
    client: "ai-app-lab",
    task: "summary",
    source: at("volcengine/ai-app-lab", { path: "demohouse/shop_assist/backend/summary.py", commit: ARK }),
    note:
      "summary_chat: the Chinese system prompt, the whole conversation merged into one user message; the " +
      "request's stream flag is passed through",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ARK_SHOP_SUMMARY), usr(arkMerged(c.turns))],
      stream: true,
    }),
  },
  {
    client: "ai-app-lab",
    task: "follow-ups",
    source: at("volcengine/ai-app-lab", {
      path: "demohouse/shop_assist/backend/next_question.py",
      commit: ARK,
    }),
    note:
      "next_question_chat: the Chinese system prompt, the whole conversation merged into one user message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ARK_NEXT_QUESTION), usr(arkMerged(c.turns))],
      stream: true,
    }),
  },
  {
    client: "ai-app-lab",
    task: "classification",
    source: at("volcengine/ai-app-lab", {
      path: "demohouse/chat2cartoon/backend/app/generators/phases/initiation.py",
      commit: ARK,
    }),
    note:
      "InitiationGenerator: the Chinese three-way intent prompt as system, then the request's messages, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ARK_INITIATION), ...toMessages(c.turns), usr(c.followUp)],
      stream: true,
    }),
  },
  {
    client: "langchainrb",
    task: "query-rewrite",
    source: at("patterns-ai-core/langchainrb", {
      path: "lib/langchain/vectorsearch/prompts/hyde.yaml",
      commit: "a944fb53b82cbc5023008feb8b8f7af8ad44d065",
    }),
    note:
      "similarity_search_with_hyde: the HyDE prompt with the user's query sent through llm.complete as one user " +
      "message; the hypothetical passage is only embedded for search",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.RB_HYDE.replace("{question}", firstExchange(c).question))],
    }),
  },
  {
    client: "LLPhant",
    task: "query-rewrite",
    source: at("theodo-group/LLPhant", {
      path: "src/Query/SemanticSearch/MultiQuery.php",
      commit: "963cd0ade545848746236eda1022e3041e058571",
    }),
    note:
      "MultiQuery::transformQuery with the default 3 queries: the prompt as system message, the query as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LLPHANT_MULTI.replace("{$nrOfDifferentQueries}", "3")), usr(c.followUp)],
    }),
  },
];
