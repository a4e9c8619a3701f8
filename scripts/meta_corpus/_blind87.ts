/**
 * Blind round 87: RAG, search and document Q&A clients never used in the corpus before, read from their source and
 * measured without changing the rules: ChatToFind's Japanese search decision and job-search queries, DBGenie's
 * retrieval decision and query rewriter, a Korean LangGraph question clarifier, Medical-Agent's Self-RAG retrieval
 * decision, standalone-question prompts (langchain_chatbot, graph-rag-agent in Chinese, Ask Astro, the Elastic
 * chatbot-rag-app, the LangChain Next.js template, chat-your-data), rag-chatbot-project's rewrite and grading,
 * Ask Astro's multi-query and relevance filter, graph-rag-agent's keyword extraction, and the RAG-from-scratch
 * RAG-Fusion, decomposition and HyDE prompts. The round's negatives are in `_negatives_blind87.ts`.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind87_fill.ts";
import * as P from "./_prompts_blind87.ts";
import { BLIND87_MORE } from "./_blind87_more.ts";

export { buildBlind87Negatives } from "./_negatives_blind87.ts";

const at = (repo: string, commit: string) => (path: string) => ({ repo, path, commit });
const CTF = at("h-k-nyosu/ChatToFind", "b59d1e78947d47cfcd61381c6fc918245593c95c");
const DBG = at("wahpiangle/DBGenie", "2d3079672bd395dfbba7595c7dde3ddb68a69b2d");
const LGP = at("hipster4020/LangGraph_Practice", "028f7b84da308a2cf67b3cf0b020ef18c6187efd");
const MED = at("Medical-Conversational-LLM/Medical-Agent", "ae2bd2832c0936d74407d6aa0a18cc061792eea0");
const LCB = at("fjmoronreyes/langchain_chatbot", "784f5404af8fd75eb8ed90f646e9229cef1f64f3");
const RCP = at("thangquang09/rag-chatbot-project", "ddec91df4e314371f9c4e29f29d5227761ba9b4f");

/** ChatToFind's `get_search_items` message: the recent conversation, then the latest AI answer. */
const chatToFindMessage = (c: Parameters<Template["build"]>[0]) =>
  `## 過去の会話:\n${F.chatToFindHistory(c.turns)}\n## 最新のAIの回答\n${F.lastAnswer(c)}`;

/** rag-chatbot-project's `get_n_user_queries(messages, 1)`. */
const newest = (question: string) => `Newest user query: ${question}`;

const structured = (
  name: string,
  { properties, required }: { properties: Record<string, unknown>; required: string[] },
) => ({
  type: "json_schema",
  json_schema: {
    name,
    strict: true,
    schema: { type: "object", properties, required, additionalProperties: false },
  },
});

export const BLIND87: Template[] = [
  {
    client: "ChatToFind",
    task: "classification",
    source: CTF("app/llm/generate_search_query.py"),
    note: "is_required_search: True/False whether to search jobs after the chat AI's answer; max_tokens 30",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CTF_IS_REQUIRED_SEARCH_SYSTEM_MESSAGE),
        usr(F.pyFormat(P.CTF_IS_REQUIRED_SEARCH_USER_MESSAGE, { input: chatToFindMessage(c) })),
      ],
      max_tokens: 30,
    }),
  },
  {
    client: "ChatToFind",
    task: "search-query",
    source: CTF("app/llm/generate_search_query.py"),
    note:
      "generate_search_query: three job-search queries as JSON from the chat AI's answer; max_tokens 3000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CTF_GENERATE_SEARCH_QUERY_SYSTEM_MESSAGE),
        usr(F.pyFormat(P.CTF_GENERATE_SEARCH_QUERY_USER_MESSAGE, { message: chatToFindMessage(c) })),
      ],
      max_tokens: 3000,
    }),
  },
  {
    client: "DBGenie",
    task: "classification",
    source: DBG("app/utils/rag/agents/determine_general_question.py"),
    paraphrased: true,
    note:
      "PromptTemplate sent through LangChain's Ollama LLM; here as one user message with the user's question",
    build: (c) => ({ model: MODEL, messages: [usr(F.pyFormat(P.DBG_GENERAL, { question: c.followUp }))] }),
  },
  {
    client: "DBGenie",
    task: "query-rewrite",
    source: DBG("app/utils/rag/agents/question_rewriter.py"),
    paraphrased: true,
    note: "re_write_prompt through LangChain's Ollama LLM when the graded documents are not relevant",
    build: (c) => ({ model: MODEL, messages: [usr(F.pyFormat(P.DBG_REWRITE, { question: c.followUp }))] }),
  },
  {
    client: "LangGraph_Practice",
    task: "query-rewrite",
    source: LGP("src/practice/prompt.py"),
    note:
      "nodes.py generate: `Today is <date>.` + system_msg (a question clarifier), then the thread's messages",
    build: (c) => ({
      model: MODEL,
      messages: [sys(`Today is 2026-12-07.\n${P.LGP_SYSTEM}`), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "Medical-Agent",
    task: "classification",
    source: MED("lm/check_need_retrieval.py"),
    paraphrased: true,
    note:
      "Self-RAG retrieval decision: system, task, then the question (the source hard-codes an example question)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MED_RETRIEVAL_SYSTEM), usr(P.MED_RETRIEVAL_TASK), usr(c.followUp)],
    }),
  },
  {
    client: "langchain_chatbot",
    task: "query-rewrite",
    source: LCB("langchain_chatbot/chat_bot.py"),
    paraphrased: true,
    note:
      "create_history_aware_retriever: CONTEXTUALIZE_QA_PROMPT, the history, the input (a HuggingFace endpoint upstream)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LCB_CONTEXTUALIZE), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "rag-chatbot-project",
    task: "query-rewrite",
    source: RCP("src/rag_class.py"),
    paraphrased: true,
    note: "REWRITE_PROMPT with with_structured_output(RewrittenQuery); temperature 0, max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.pyFormat(P.RCP_REWRITE_PROMPT, { query: newest(c.followUp) }))],
      temperature: 0,
      max_tokens: 1024,
      response_format: structured("RewrittenQuery", {
        properties: {
          query: { type: "string", description: "The rewritten search query" },
          reasoning: { type: "string", description: "Explanation of how the query was improved" },
        },
        required: ["query", "reasoning"],
      }),
    }),
  },
  {
    client: "rag-chatbot-project",
    task: "classification",
    source: RCP("src/rag_class.py"),
    paraphrased: true,
    note: "GRADE_PROMPT on the retriever tool's output with with_structured_output(Grade); temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(F.pyFormat(P.RCP_GRADE_PROMPT, { context: F.passage(c), question: newest(c.followUp) })),
      ],
      temperature: 0.3,
      max_tokens: 1024,
      response_format: structured("Grade", {
        properties: {
          binary_score: { type: "string", description: "Relevance score: 'yes' or 'no'" },
        },
        required: ["binary_score"],
      }),
    }),
  },
  ...BLIND87_MORE,
];
