/**
 * Blind round 81: RAG, search and knowledge-base apps plus two agents, read from their source and measured without
 * changing the rules: a Czech ministry RAG's standalone question, a Vietnamese agentic RAG's router and web-search
 * rewrite, a code assistant's HyDE and keyword extraction, a Spanish WhatsApp shop's history compaction, a Chinese
 * RAG's "is retrieval needed", a RAG pipeline's retrieval-need-and-rewrite JSON, an AI agency's query expansion,
 * follow-up suggestions, lead metadata and summary, QodeAssist's chat compression, a Deno conversation summariser, a
 * Portuguese clinic bot's memory and intent classification, a sales bot's history condensation and sales-intent
 * detection, and a desktop agent's query rewrite and tool-call summary (the second half in `_blind81_agents.ts`).
 * Negatives: `_negatives_blind81.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind81.ts";
import * as F from "./_fill_blind81.ts";
import { at, buildBlind81NegativeList, C } from "./_negatives_blind81.ts";
import { BLIND81_AGENTS_AND_BOTS } from "./_blind81_agents.ts";

/** guymkaplan/codebase-llm repo_documentation.py `get_repo_documentation` for a small repository (reconstructed). */
const CB_REPO_CONTEXT =
  "# Documentation for repository: helpdesk\n\n## Directory Structure\n```\nhelpdesk/\n├── README.md\n└── src/\n    ├── answers.py\n    └── search.py\n```\n\n## Documentation (from README.md)\n# helpdesk\nA small question-answering service over a folder of help articles.";
const igSummary = (c: Conversation) => F.lines(c, { user: "User", assistant: "Assistant" }).join("\n");
const igContext = (c: Conversation) => {
  const answer = F.lastAssistant(c);
  return [
    `User asked: "${F.lastUser(c)}"`,
    `Agent responded: "${answer.substring(0, 200)}${answer.length > 200 ? "..." : ""}"`,
  ].join("\n");
};

export const BLIND81: Template[] = [
  {
    client: "dwh_chat",
    task: "standalone",
    source: at("MPSVCR/dwh_chat", { path: "rag/contextualize.py", commit: C.dwh }),
    note:
      "contextualize_user_message_with_history: system, the history as messages, the new message; temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DWH_CONTEXTUALIZE), ...toMessages(c.turns), usr(c.followUp)],
      temperature: 0.3,
    }),
  },
  {
    client: "agentic_rag",
    task: "classification",
    source: at("tienndm/agentic_rag", { path: "src/query/domain/router/service.py", commit: C.ar }),
    note:
      "RouterServiceV1: ROUTER_SYSTEM_PROMPT + the query; penalties, n and max_completion_tokens from settings",
    build: (c) => ({ model: MODEL, messages: [sys(P.AR_ROUTER), usr(c.followUp)] }),
  },
  {
    client: "agentic_rag",
    task: "search-query",
    source: at("tienndm/agentic_rag", {
      path: "src/retriver/domain/processor/web_searching/service.py",
      commit: C.ar,
    }),
    note: "WebSearchService.pre_process_query (Vietnamese system prompt) before the DuckDuckGo search",
    build: (c) => ({ model: MODEL, messages: [sys(P.AR_WEB_SEARCH), usr(c.followUp)] }),
  },
  {
    client: "codebase-llm",
    task: "hyde",
    source: at("guymkaplan/codebase-llm", { path: "code_assistant/tools/semantic_search.py", commit: C.cb }),
    note:
      "_generate_hyde_query: one human message, temperature 0; repo_context (README + tree) reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.pyFormat(P.CB_HYDE, { query: c.followUp, repo_context: CB_REPO_CONTEXT }))],
      temperature: 0,
    }),
  },
  {
    client: "codebase-llm",
    task: "keywords",
    source: at("guymkaplan/codebase-llm", { path: "code_assistant/tools/semantic_search.py", commit: C.cb }),
    note: "keyword extraction from the HyDE answer (here the last answer), num_keywords 5, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.pyFormat(P.CB_KEYWORDS, { num_keywords: "5", hyde_answer: F.lastAssistant(c) }))],
      temperature: 0,
    }),
  },
  {
    client: "ventas-whatsapp",
    task: "compaction",
    source: at("Angello-27/ventas-whatsapp", {
      path: "src/infrastructure/openai/OpenAIClient.js",
      commit: C.vw,
    }),
    note:
      "_ensureHistorySize once the history passes 4 pairs: `Usuario: `/`Asistente: ` lines, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.VW_COMPACTADOR),
        usr(
          F.jsTemplate(P.VW_RESUMEN, {
            convoText: F.lines(c, { user: "Usuario", assistant: "Asistente" }).map((l) => `${l}\n`).join(""),
          }).trim(),
        ),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "RagChat",
    task: "retrieval-decision",
    source: at("emily2552/RagChat", { path: "app/utils/chat_tools.py", commit: C.rc }),
    note: "need_retrieval: intention_prompt as system, the question as human; invoke (no stream)",
    build: (c) => ({ model: MODEL, messages: [sys(P.RC_INTENTION), usr(c.followUp)] }),
  },
  {
    client: "RAG_Pipeline",
    task: "standalone",
    source: at("KhushalM/RAG_Pipeline", { path: "backend/app/tools/query_router.py", commit: C.kh }),
    note:
      "QueryRouter.analyze_and_transform: needs_retrieval + transformed_query JSON; mistralai chat.complete",
    build: (c) => {
      const history = F.lines(c, { user: "User", assistant: "Assistant" }).slice(-6).join("\n");
      const contextSection = F.fString(P.KH_CONTEXT, { "chr(10).join(context_lines)": history });
      return {
        model: MODEL,
        messages: [usr(F.fString(P.KH_ROUTER, { context_section: contextSection, query: c.followUp }))],
      };
    },
  },
  {
    client: "IgnitionAI",
    task: "query-expansion",
    source: at("IgnitionAI/landing-page", { path: "ai/rag/prompt-enhancer.ts", commit: C.ig }),
    note: "PromptEnhancer.enhanceQuery, general thematic: gpt-4o-mini, temperature 0.7, maxTokens 200",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.jsTemplate(P.IG_EXPAND_PROMPT, { template: P.IG_EXPAND_GENERAL, query: c.followUp }))],
      temperature: 0.7,
      max_tokens: 200,
    }),
  },
  {
    client: "IgnitionAI",
    task: "suggestions",
    source: at("IgnitionAI/landing-page", { path: "ai/rag/query-suggester.ts", commit: C.ig }),
    note: "QuerySuggester.suggestQueries after the answer, general thematic: temperature 0.8, maxTokens 300",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          F.jsTemplate(P.IG_SUGGEST_PROMPT, { template: P.IG_SUGGEST_GENERAL, contextSummary: igContext(c) }),
        ),
      ],
      temperature: 0.8,
      max_tokens: 300,
    }),
  },
  {
    client: "IgnitionAI",
    task: "memory",
    source: at("IgnitionAI/landing-page", { path: "ai/context/context-manager.ts", commit: C.ig }),
    note: "ContextManager.extractMetadata every 3 messages on the agent model (streaming, temperature 0.5)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(F.jsTemplate(P.IG_METADATA_PROMPT, {
          conversationText: c.turns.filter((t) => t.role === "user").map((t) => t.content).join("\n"),
        })),
      ],
      stream: true,
      temperature: 0.5,
    }),
  },
  {
    client: "IgnitionAI",
    task: "summary",
    source: at("IgnitionAI/landing-page", { path: "ai/context/context-manager.ts", commit: C.ig }),
    note:
      "ContextManager.summarizeHistory past the summary threshold, same model (streaming, temperature 0.5)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.jsTemplate(P.IG_SUMMARY_PROMPT, { conversationText: igSummary(c) }))],
      stream: true,
      temperature: 0.5,
    }),
  },
  ...BLIND81_AGENTS_AND_BOTS,
];

export function buildBlind81Negatives(): Negative[] {
  return buildBlind81NegativeList();
}
