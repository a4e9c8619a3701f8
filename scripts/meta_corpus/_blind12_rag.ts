/**
 * Blind round 12, RAG engines and Java frameworks: standalone-question rewrites, related search terms and follow-up
 * suggestions. Each template names the file and commit its text was read from.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as T from "./_texts_blind12.ts";
import { at, fill } from "./_blind12_agents.ts";

const firstUser = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
/** langchain4j CompressingQueryTransformer DEFAULT_PROMPT_TEMPLATE. */
const LC4J_COMPRESS = (memory: string, query: string) =>
  `Read and understand the conversation between the User and the AI. Then, analyze the new query from the User. Identify all relevant details, terms, and context from both the conversation and the new query. Reformulate this query into a clear, concise, and self-contained format suitable for information retrieval.\n\nConversation:\n${memory}\n\nUser query: ${query}\n\nIt is very important that you provide only reformulated query and nothing else! Do not prepend a query with anything!`;
/** spring-projects/spring-ai CompressionQueryTransformer DEFAULT_PROMPT_TEMPLATE (text block). */
const SPRING_COMPRESS = (history: string, query: string) =>
  `Given the following conversation history and a follow-up query, your task is to synthesize\na concise, standalone query that incorporates the context from the history.\nEnsure the standalone query is clear, specific, and maintains the user's intent.\n\nConversation history:\n${history}\n\nFollow-up query:\n${query}\n\nStandalone query:\n`;

export const BLIND12_RAG: Template[] = [
  {
    client: "RAGFlow",
    task: "query-rewrite",
    source: at("infiniflow/ragflow", {
      path: "rag/prompts/full_question_prompt.md",
      commit: T.COMMITS.RAGFLOW,
    }),
    note: "full_question(): rendered prompt as system, then `Output: ` as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(T.RAGFLOW_FULL_QUESTION, {
          CONVERSATION: [
            ...toLines(c.turns, { user: "USER", assistant: "ASSISTANT" }).split("\n"),
            `USER: ${c.followUp}`,
          ]
            .join("\n"),
        })),
        usr("Output: "),
      ],
    }),
  },
  {
    client: "RAGFlow",
    task: "search-query",
    source: at("infiniflow/ragflow", { path: "api/apps/restful_apis/bot_api.py", commit: T.COMMITS.RAGFLOW }),
    note: "related_questions_embedded: related_question.md as system, the search question as Keywords",
    build: (c) => ({
      model: MODEL,
      messages: [sys(T.RAGFLOW_RELATED), usr(`\nKeywords: ${firstUser(c)}\nRelated search terms:\n    `)],
    }),
  },
  {
    client: "kotaemon",
    task: "query-rewrite",
    source: at("Cinnamon/kotaemon", {
      path: "libs/ktem/ktem/reasoning/prompt_optimization/rewrite_question.py",
      commit: T.COMMITS.KOTAEMON,
    }),
    note: "RewriteQuestionPipeline with lang set to the conversation's language",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant"),
        usr(fill(T.KOTAEMON_REWRITE, { QUERY: c.followUp, LANG: c.language })),
      ],
    }),
  },
  {
    client: "kotaemon",
    task: "follow-ups",
    source: at("Cinnamon/kotaemon", {
      path: "libs/ktem/ktem/reasoning/prompt_optimization/suggest_followup_chat.py",
      commit: T.COMMITS.KOTAEMON,
    }),
    note: "SuggestFollowupQuesPipeline: the last three exchanges, then the prompt as a user message",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(fill(T.KOTAEMON_FOLLOWUP, { LANG: c.language }))],
    }),
  },
  {
    client: "LangChain4j",
    task: "query-rewrite",
    source: at("langchain4j/langchain4j", {
      path:
        "langchain4j-core/src/main/java/dev/langchain4j/rag/query/transformer/CompressingQueryTransformer.java",
      commit: "9b8762d94a4696b462ebe00c45e6220526e26584",
    }),
    note: "chatLanguageModel.generate(prompt.text()): one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(LC4J_COMPRESS(toLines(c.turns, { user: "User", assistant: "AI" }), c.followUp))],
    }),
  },
  {
    client: "Spring AI",
    task: "query-rewrite",
    source: at("spring-projects/spring-ai", {
      path:
        "spring-ai-rag/src/main/java/org/springframework/ai/rag/preretrieval/query/transformation/CompressionQueryTransformer.java",
      commit: "41abc72afa0807e66f8c0ab1617ffe671d62cda7",
    }),
    note: "chatClient.prompt().user(template): MessageType names as role labels",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(SPRING_COMPRESS(toLines(c.turns, { user: "USER", assistant: "ASSISTANT" }), c.followUp)),
      ],
    }),
  },
];
