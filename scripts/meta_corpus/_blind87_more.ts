/**
 * Blind round 87, continued: Ask Astro, graph-rag-agent, the Elastic chatbot-rag-app, the LangChain Next.js
 * template, RAG from scratch and chat-your-data.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind87_fill.ts";
import * as P from "./_prompts_blind87.ts";

const at = (repo: string, commit: string) => (path: string) => ({ repo, path, commit });
const ASTRO = at("astronomer/ask-astro", "6d8fd800ecbe740a78528515c76b5928763dbe9c");
const GRA = at("1517005260/graph-rag-agent", "4296b7c66307a856d0467c6ca635534c447c976b");
const ES = at("elastic/elasticsearch-labs", "77567655e8343607538e2ef203b4c0b322526d93");
const NJS = at("langchain-ai/langchain-nextjs-template", "6651b0bd697b3cc59518c28d2a047af23daa6de3");
const RFS = at("langchain-ai/rag-from-scratch", "1fdb7d0e4f1d3e731c8397332452715512f18667");
const CYD = at("hwchase17/chat-your-data", "fd195b0e7dede3ad3a2d328c1ad6d2b99a562ee0");

/** LangChain's default CONDENSE_QUESTION_PROMPT, which Ask Astro imports from langchain.chains. */
const LANGCHAIN_CONDENSE =
  "Given the following conversation and a follow up question, rephrase the follow up question to be a standalone question, in its original language.\n\nChat History:\n{chat_history}\nFollow Up Input: {question}\nStandalone question:";

/** The Elastic chatbot's condense_question_prompt.txt as Flask's Jinja renders it (`-%}` trims, no final newline). */
function elasticCondense(c: Parameters<Template["build"]>[0]): string {
  const [head] = P.ES_CONDENSE.split("{% for");
  const tail = P.ES_CONDENSE.split("{% endfor -%}\n")[1] ?? "";
  return `${head}${F.elasticHistory(c.turns)}${tail.replace("{{ question }}", c.followUp)}`.replace(
    /\n$/,
    "",
  );
}

const single = (text: string, temperature?: number) => ({
  model: MODEL,
  messages: [usr(text)],
  ...(temperature === undefined ? {} : { temperature }),
});

export const BLIND87_MORE: Template[] = [
  {
    client: "Ask Astro",
    task: "search-query",
    source: ASTRO("api/ask_astro/chains/answer_question.py"),
    paraphrased: true,
    note: "MultiQueryRetriever prompt (two rewordings) on the condensed question, as one user message",
    build: (c) => single(F.pyFormat(P.ASTRO_MULTI, { question: c.followUp })),
  },
  {
    client: "Ask Astro",
    task: "classification",
    source: ASTRO("api/ask_astro/chains/custom_llm_filter_prompt.py"),
    paraphrased: true,
    note: "LLMChainFilter YES/NO per retrieved document; temperature 0",
    build: (c) => single(F.pyFormat(P.ASTRO_FILTER, { question: c.followUp, context: F.passage(c) }), 0),
  },
  {
    client: "Ask Astro",
    task: "query-rewrite",
    source: ASTRO("api/ask_astro/chains/answer_question.py"),
    paraphrased: true,
    note:
      "ConversationalRetrievalChain question_generator with LangChain's CONDENSE_QUESTION_PROMPT (text from LangChain)",
    build: (c) =>
      single(
        F.pyFormat(LANGCHAIN_CONDENSE, { chat_history: F.langchainHistory(c.turns), question: c.followUp }),
      ),
  },
  {
    client: "graph-rag-agent",
    task: "query-rewrite",
    source: GRA("graphrag_agent/search/tool/local_search_tool.py"),
    note:
      "create_history_aware_retriever: contextualize_q_system_prompt (qa_prompts.py), the history, the input",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GRA_CONTEXTUALIZE), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "graph-rag-agent",
    task: "search-query",
    source: GRA("graphrag_agent/agents/graph_agent.py"),
    note: "GRAPH_AGENT_KEYWORD_PROMPT (agent_prompts.py) filled with the query, llm.invoke(str)",
    build: (c) => single(F.pyFormat(P.GRA_KEYWORD, { query: c.followUp })),
  },
  {
    client: "elasticsearch-labs chatbot-rag-app",
    task: "query-rewrite",
    source: ES("example-apps/chatbot-rag-app/api/chat.py"),
    note: "templates/condense_question_prompt.txt rendered with the stored history, llm.invoke(str)",
    build: (c) => single(elasticCondense(c)),
  },
  {
    client: "langchain-nextjs-template",
    task: "query-rewrite",
    source: NJS("app/api/chat/retrieval/route.ts"),
    note: "CONDENSE_QUESTION_TEMPLATE with formatVercelMessages history; ChatOpenAI temperature 0.2",
    build: (c) =>
      single(
        F.pyFormat(P.NJS_CONDENSE_QUESTION_TEMPLATE, {
          chat_history: F.vercelHistory(c.turns),
          question: c.followUp,
        }),
        0.2,
      ),
  },
  {
    client: "rag-from-scratch",
    task: "search-query",
    source: RFS("rag_from_scratch_5_to_9.ipynb"),
    note: "RAG-Fusion prompt_rag_fusion, ChatOpenAI(temperature=0)",
    build: (c) => single(F.pyFormat(P.RFS_FUSION, { question: c.followUp }), 0),
  },
  {
    client: "rag-from-scratch",
    task: "search-query",
    source: RFS("rag_from_scratch_5_to_9.ipynb"),
    note: "Decomposition prompt_decomposition (three sub-questions), ChatOpenAI(temperature=0)",
    build: (c) => single(F.pyFormat(P.RFS_DECOMP, { question: c.followUp }), 0),
  },
  {
    client: "rag-from-scratch",
    task: "search-query",
    source: RFS("rag_from_scratch_5_to_9.ipynb"),
    note: "HyDE prompt_hyde: a passage to embed instead of the question, ChatOpenAI(temperature=0)",
    build: (c) => single(F.pyFormat(P.RFS_HYDE, { question: c.followUp }), 0),
  },
  {
    client: "chat-your-data",
    task: "query-rewrite",
    source: CYD("query_data.py"),
    note: "CONDENSE_QUESTION_PROMPT with LangChain's history buffer; ChatOpenAI gpt-4, temperature 0",
    build: (c) =>
      single(
        F.pyFormat(P.CYD_CONDENSE, { chat_history: F.langchainHistory(c.turns), question: c.followUp }),
        0,
      ),
  },
];
