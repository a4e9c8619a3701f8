/**
 * Blind round 44: RAG, search and knowledge-base chat apps never used in the corpus before, read from their source
 * and measured without changing the rules: search-query generation (an Azure Japan document search, the French
 * administration's Albert API, gpt-researcher, ChatPDF's Chinese multi-query, a Korean keyword finder), standalone
 * question rewrites (akcio in English and Chinese, ragent's Chinese rewrite-and-split, an enterprise JSON rewriter,
 * LangraBot, talk-to-page), related questions (iSOU search_with_ai), ragent's Chinese title and intent router,
 * gpt-researcher's agent router, LangraBot's Japanese answer judge and a context summary; negatives in
 * `_negatives_blind44.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind44.ts";
export { buildBlind44Negatives } from "./_negatives_blind44.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const RAGENT = "fccdb8627544aa3c63d702fa9fd56c24fc305325";
const AKCIO = "3d00c5284876324e0f05f194d197e5c753484f7c";
const ALBERT = "3c7b965e560c7c944e4d0c7d5f5402a2545b42a3";
const GPTR = "5d84d2f5553e70a2765a8ff3a0d2672d60437ce8";
const LANGRA = at("kyoky-Fundasta/LangraBot", {
  path: "app.py",
  commit: "2e430a17838413fec718a1448011dc08dd82b8f8",
});
const AI_RAG = "e3f250cfa396690f2efe068b174259d4e8fb855e";

/** The new question: the follow-up the user is about to send. */
const ask = (c: Conversation) => c.followUp;
const lastOf = (c: Conversation, role: Turn["role"]) =>
  c.turns.filter((t) => t.role === role).at(-1)?.content ?? "";
/** akcio `RewriteQuery._build_prompt`: `Q: …\nA: …` per exchange. */
const qaPairs = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "Q" : "A"}: ${t.content}`).join("\n");
/** ai_rag `recent_turns` as `- role: text` lines (the summariser cuts each text at 240 characters). */
const roleLines = (c: Conversation, cut = Infinity) =>
  c.turns.map((t) => `- ${t.role}: ${t.content.trim().slice(0, cut)}`).join("\n");
/** Python `repr` of a str, as an f-string or LangChain prints a list of (question, answer) tuples. */
const pyStr = (s: string) =>
  (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`)
    .replaceAll("\n", "\\n");
const pyPairs = (c: Conversation) => {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < c.turns.length; i += 2) {
    pairs.push(`(${pyStr(c.turns[i]?.content ?? "")}, ${pyStr(c.turns[i + 1]?.content ?? "")})`);
  }
  return `[${pairs.join(", ")}]`;
};
/** ragent `PromptTemplateLoader.render`: fill, collapse runs of blank lines, trim. */
const render = (template: string, values: Record<string, string>) =>
  P.fill(template, values).replace(/\n{3,}/g, "\n\n").trim();
/** ragent's intent tree is rows in its database; three leaf nodes in `DefaultIntentClassifier.buildPrompt` form. */
const INTENT_LIST = [
  [
    "hr-policy",
    "人事 / 制度 / 考勤与休假",
    "年假、病假、远程办公等考勤制度",
    "年假怎么计算 / 可以居家办公吗",
  ],
  [
    "fin-expense",
    "财务 / 报销 / 差旅报销",
    "差旅、住宿、交通费用的报销标准与流程",
    "出差住宿标准 / 发票怎么开",
  ],
  ["it-access", "IT / 账号 / 权限申请", "VPN、发布平台、代码仓库的权限申请", "VPN 连不上 / 找谁开权限"],
].map(([id, path, description, examples]) =>
  `- id=${id}\n  path=${path}\n  description=${description}\n  type=KB\n  examples=${examples}\n\n`
).join("");

export const BLIND_ROUND_44: Template[] = [
  {
    client: "jp-azureopenai-samples document search",
    task: "search-query",
    source: at("Azure-Samples/jp-azureopenai-samples", {
      path: "5.internal-document-search/src/backend/approaches/chatreadretrieveread.py",
      commit: "2ade071e0658b2cdd61a89d8562cba68b6f0091f",
    }),
    note:
      "query_prompt_template as system, the two few-shot pairs, the history, then 'Generate search query for: '; MessageBuilder order; temperature 0 (max_tokens computed per model)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.fill(P.AZ_QUERY, { user_question: ask(c) })),
        usr("What are my health plans?"),
        { role: "assistant", content: "Show available health plans" },
        usr("does my plan cover cardio?"),
        { role: "assistant", content: "Health plan cardio coverage" },
        ...toMessages(c.turns),
        usr(`Generate search query for: ${ask(c)}`),
      ],
      temperature: 0,
    }),
  },
  {
    client: "search_with_ai",
    task: "follow-ups",
    source: at("yokingma/search_with_ai", {
      path: "apps/server/src/service/rag/prompt.ts",
      commit: "07f371a1d464b37371212d24ef57a5e7a8a89e75",
    }),
    paraphrased: true,
    note:
      "MoreQuestionsPrompt util.format-ted with [[citation:n]] contexts plus ' ' + query as one user message, not streamed (rag/index.ts getRelatedQuestions); the search snippets are the conversation's answers",
    build: (c) => {
      const answers = c.turns.filter((t) => t.role === "assistant").map((t, i) =>
        `[[citation:${i + 1}]] ${t.content}`
      );
      return {
        model: MODEL,
        messages: [
          usr(`${P.SWA_MORE_QUESTIONS.replace("%s", answers.join("\n\n"))} ${firstExchange(c).question}`),
        ],
      };
    },
  },
  ...(["en", "zh"] as const).map((lang): Template => ({
    client: "akcio",
    task: "query-rewrite",
    source: at("zilliztech/akcio", { path: `src/towhee/prompts/${lang}.py`, commit: AKCIO }),
    paraphrased: true,
    note:
      "REWRITE_TEMP filled by pipelines/search/rewrite_query.py (history as Q:/A: lines), sent by the towhee LLM op as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.fill(lang === "en" ? P.AK_EN_REWRITE : P.AK_ZH_REWRITE, {
            history_str: qaPairs(c),
            question: ask(c),
          }),
        ),
      ],
    }),
  })),
  {
    client: "ragent",
    task: "title",
    source: at("nageoffer/ragent", {
      path: "rag/src/main/resources/prompt/conversation-title.st",
      commit: RAGENT,
    }),
    note:
      "ConversationTitleGenerator: rendered template as one user message, temperature 0.7, top_p 0.3 (omitted)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(render(P.RG_TITLE, { title_max_chars: "30", question: firstExchange(c).question }))],
      temperature: 0.7,
    }),
  },
  {
    client: "ragent",
    task: "query-rewrite",
    source: at("nageoffer/ragent", {
      path: "rag/src/main/resources/prompt/user-question-rewrite.st",
      commit: RAGENT,
    }),
    note:
      "MultiQuestionRewriteService: template as system, the last 4 user/assistant messages, the question; temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.RG_REWRITE), ...toMessages(c.turns.slice(-4)), usr(ask(c))],
      temperature: 0.1,
    }),
  },
  {
    client: "ragent",
    task: "classification",
    source: at("nageoffer/ragent", {
      path: "rag/src/main/resources/prompt/intent-classifier.st",
      commit: RAGENT,
    }),
    paraphrased: true,
    note:
      "DefaultIntentClassifier: rendered template as system, the question as user; temperature 0.1; the intent tree (database rows) reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(render(P.RG_INTENT, { intent_list: INTENT_LIST })), usr(ask(c))],
      temperature: 0.1,
    }),
  },
  {
    client: "ai_rag corporate-rag-service",
    task: "query-rewrite",
    source: at("meownm/ai_rag", {
      path: "services/corporate-rag-service/app/runners/query_rewriter.py",
      commit: AI_RAG,
    }),
    paraphrased: true,
    note:
      "_build_rewrite_prompt without summary or citation hints; Ollama generate(prompt) as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.AR_REWRITE, {
          prompt_summary: "",
          turns_text: roleLines(c),
          hints_text: "- (none)",
          clarification_block: "",
          user_query: ask(c),
        })),
      ],
    }),
  },
  {
    client: "ai_rag corporate-rag-service",
    task: "summary",
    source: at("meownm/ai_rag", {
      path: "services/corporate-rag-service/app/runners/conversation_summarizer.py",
      commit: AI_RAG,
    }),
    paraphrased: true,
    note: "ConversationSummarizer.summarize for the rewriter; Ollama generate(prompt) as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.AR_SUMMARY, { turns_text: roleLines(c, 240) }))],
    }),
  },
  {
    client: "Albert API",
    task: "search-query",
    source: at("etalab-ia/albert-api", { path: "app/helpers/_websearchmanager.py", commit: ALBERT }),
    note: "WebSearchManager.get_web_query: one user message, temperature 0.2, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.AL_WEB_QUERY, { prompt: ask(c) }))],
      temperature: 0.2,
      stream: false,
    }),
  },
  {
    client: "Albert API",
    task: "search-query",
    source: at("etalab-ia/albert-api", { path: "app/helpers/_deepsearch.py", commit: ALBERT }),
    note: "DeepSearch._generate_search_queries with lang fr and 2 queries; max_tokens 150",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Vous êtes un assistant de recherche précis et utile."),
        usr(`User request: ${ask(c)}\n\n${P.fill(P.AL_RESEARCHER_FR, { num_queries: "2" })}`),
      ],
      max_tokens: 150,
    }),
  },
  {
    client: "gpt-researcher",
    task: "search-query",
    source: at("assafelovic/gpt-researcher", { path: "gpt_researcher/prompts.py", commit: GPTR }),
    note:
      "generate_search_queries_prompt for a research_report without web context, one user message (actions/query_processing.py)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.GR_QUERIES, {
          max_iterations: "3",
          task: firstExchange(c).question,
          date: "May 09, 2026",
          context_prompt: "",
          dynamic_example: '"query 1", "query 2", "query 3"',
        })),
      ],
    }),
  },
  {
    client: "gpt-researcher",
    task: "classification",
    source: at("assafelovic/gpt-researcher", { path: "gpt_researcher/prompts.py", commit: GPTR }),
    note: "auto_agent_instructions as system, 'task: …' as user, temperature 0.15 (actions/agent_creator.py)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GR_AGENT), usr(`task: ${firstExchange(c).question}`)],
      temperature: 0.15,
    }),
  },
  {
    client: "ChatPDF",
    task: "search-query",
    source: at("shibing624/ChatPDF", {
      path: "rag_fusion.py",
      commit: "e6d9f5164ac23598570874a0300a0e5bf11f4f91",
    }),
    note: "RagFusion.requery_prompt: system and two user messages, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CP_SYSTEM), usr(P.fill(P.CP_USER, { original_query: ask(c) })), usr(P.CP_USER2)],
      temperature: 0,
    }),
  },
  {
    client: "LangraBot",
    task: "query-rewrite",
    source: LANGRA,
    paraphrased: true,
    note:
      "rewrite node after a failed answer: history as the Python list of (question, answer) tuples, the retrieved context and the failed answer reconstructed; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LB_REWRITE_SYSTEM),
        usr(P.fill(P.LB_REWRITE_HUMAN, {
          chat_history: pyPairs(c),
          question: ask(c),
          context: firstExchange(c).answer,
          answer: "情報が見つからなかったためお答えできません",
        })),
      ],
      temperature: 0,
    }),
  },
  {
    client: "LangraBot",
    task: "classification",
    source: LANGRA,
    note: "relevance_check node: judges the last answer against the last question; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LB_JUDGE_SYSTEM),
        usr(P.fill(P.LB_JUDGE_HUMAN, { question: lastOf(c, "user"), answer: lastOf(c, "assistant") })),
      ],
      temperature: 0,
    }),
  },
  {
    client: "talk-to-page",
    task: "query-rewrite",
    source: at("kom-senapati/talk-to-page", {
      path: "agent/rag_agent/nodes/question_rewriter.py",
      commit: "a66183a812b4c8db2a25bc7634ef3efa83c98bc7",
    }),
    note: "transform_query node: system and human message, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TP_SYSTEM), usr(P.fill(P.TP_HUMAN, { question: ask(c) }))],
      temperature: 0,
    }),
  },
  {
    client: "SUIN-BUNDANG-LINE AI",
    task: "search-query",
    source: at("SUIN-BUNDANG-LINE/AI", {
      path: "app/core/prompt/find_keyword_prompt.py",
      commit: "fae87e839160fd436497e9331a2c82d66a42adb5",
    }),
    paraphrased: true,
    note: "find_keyword_prompt (LangChain PromptTemplate) on the user's request, as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.SU_KEYWORD, { user_prompt: firstExchange(c).question }))],
    }),
  },
];
