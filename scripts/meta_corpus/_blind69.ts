/**
 * Blind round 69: RAG, search and document Q&A clients, read from their sources and measured without changing the
 * rules. Chat titles of three enterprise chat apps (Azure OpenAI sample app, Cohere Toolkit, Bedrock Chat);
 * standalone-question and search-query rewrites of document chatbots (a LangChain PDF chatbot, NVIDIA's sizing
 * advisor, AWS's GenAI chatbot in English and its shipped Canadian French, Tiledesk's RAG server, a Postgres RAG
 * sample that asks for a search_database tool call); query decomposition and follow-up queries of Zilliz's
 * deep-searcher, Jina's DeepResearch query expander, h2oGPT's HyDE step; Chinese query expansion and HyDE of
 * TrustRAG and HugeGraph-AI's keyword extraction; the MongoDB docs chatbot's input guardrail and MineContext's
 * Chinese query classifier; Tiledesk's summary of older history. The texts are in `_prompts_blind69.ts`;
 * negatives: `_negatives_blind69.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import {
  type ChatBody,
  firstExchange,
  MODEL,
  sys,
  type Template,
  toLines,
  toMessages,
  usr,
} from "./_types.ts";
import * as P from "./_prompts_blind69.ts";
export { buildBlind69Negatives } from "./_negatives_blind69.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
/** Fills the NUL-delimited names `_prompts_blind69.ts` uses for a source's interpolations. */
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replaceAll(`\u0000${key}\u0000`, value), text);

const AOAI = "54f0af2c09bfe71f93da4acfb06422e11f984d71";
const COHERE = "fdd4371edf164f2c1726a884e421049093c0128e";
const BEDROCK = "a739a6c0eff5d5048772165a3d9d5ee820a7865d";
const DEEPSEARCHER = "97df32e74dba06363be226709a8fcb18e061130a";
const JINA = "579fd95ffff6661bc331c6838ad930a652db46f3";
const PDF = "0ccc8b352af21f8e8d901b5959aed425f46b0560";
const NV = "401cb446f550c6dee8048a246e6c5dbc57f38dae";
const H2O = "a0ad1920a847cf12a4e9c3453f6cdb736fe97ba0";
const PG = "209d3de516a9301e12ed93e835f47a45792f596e";
const AWSBOT = "c0be107ad8ce2105fc0d163353dd6a8117ed0dbe";
const MONGO = "3f598d12d006bc4b986837419c3854eb1f277aca";
const TILE = "8d9dc937cf1b44b996ab428de27513f17bdabf32";
const MC = "fff9b3d64b4c405f46b3d6b7188ac7497cddabe8";
const TRUST = "0e2a7ed20501ae121c3f994e2ba3cfc05ccef3dd";
const HUGE = "4dd6a1642f203406403539ef0d96d7d378dfbaef";

/** Cohere Toolkit `extract_details_from_conversation`: the last five messages as "USER: …" / "CHATBOT: …" lines. */
const cohereChatlog = (c: Conversation) => toLines(c.turns.slice(-5), { user: "USER", assistant: "CHATBOT" });
/** deep-searcher `ChainOfRAG.retrieve`: each earlier step as "Intermediate queryN: …\nIntermediate answerN: …". */
const intermediate = (turns: Turn[]) => {
  const steps: string[] = [];
  for (let i = 0; i + 1 < turns.length; i += 2) {
    const n = steps.length + 1;
    steps.push(
      `Intermediate query${n}: ${turns[i]?.content ?? ""}\nIntermediate answer${n}: ${
        turns[i + 1]?.content ?? ""
      }`,
    );
  }
  return steps.join("\n");
};
/** Python `json.dumps(list_of_dicts)` with its defaults: ", " and ": " separators, non-ASCII escaped as \uXXXX. */
const pyJson = (turns: Turn[]) => {
  const s = (text: string) =>
    JSON.stringify(text).replace(
      /[\u0080-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  return `[${turns.map((t) => `{"role": ${s(t.role)}, "content": ${s(t.content)}}`).join(", ")}]`;
};
/** The clock the round fixes where a client stamps the current time into its prompt. */
const NOW = new Date("2026-03-14T09:30:00.000Z");

export const BLIND69: Template[] = [
  {
    client: "sample-app-aoai-chatGPT",
    task: "title",
    source: at("microsoft/sample-app-aoai-chatGPT", { path: "app.py", commit: AOAI }),
    note:
      "generate_title at a new conversation: the request's messages (the first question) then title_prompt as a user message, temperature 1, max_tokens 64, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(firstExchange(c).question), usr(P.AOAI_TITLE)],
      temperature: 1,
      max_tokens: 64,
    }),
  },
  {
    client: "Cohere Toolkit",
    task: "title",
    source: at("cohere-ai/cohere-toolkit", { path: "src/backend/services/conversation.py", commit: COHERE }),
    paraphrased: true,
    note:
      "GENERATE_TITLE_PROMPT % chatlog sent as the chat request's message, not streamed; the Cohere chat call rendered as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.COHERE_TITLE.replace("%s", cohereChatlog(c)))],
      stream: false,
    }),
  },
  {
    client: "Bedrock Chat",
    task: "title",
    source: at("aws-samples/bedrock-chat", { path: "backend/app/usecases/chat.py", commit: BEDROCK }),
    note:
      "propose_conversation_title: the conversation's messages then PROMPT as a user message, Converse API not streamed (rendered as chat messages)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.BEDROCK_CHAT_TITLE)],
      stream: false,
    }),
  },
  {
    client: "deep-searcher",
    task: "query-rewrite",
    source: at("zilliztech/deep-searcher", {
      path: "deepsearcher/agent/deep_search.py",
      commit: DEEPSEARCHER,
    }),
    note: "SUB_QUERY_PROMPT filled with the original question as the one user message (query decomposition)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.DEEPSEARCHER_SUB_QUERY.replace("{original_query}", firstExchange(c).question))],
    }),
  },
  {
    client: "deep-searcher",
    task: "query-rewrite",
    source: at("zilliztech/deep-searcher", {
      path: "deepsearcher/agent/chain_of_rag.py",
      commit: DEEPSEARCHER,
    }),
    note:
      "FOLLOWUP_QUERY_PROMPT as the one user message; the conversation's exchanges stand for the earlier intermediate queries and answers, the follow-up for the main query",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.DEEPSEARCHER_FOLLOWUP_QUERY.replace("{intermediate_context}", intermediate(c.turns)).replace(
            "{query}",
            c.followUp,
          ),
        ),
      ],
    }),
  },
  {
    client: "node-DeepResearch",
    task: "search-query",
    source: at("jina-ai/node-DeepResearch", { path: "src/tools/query-rewriter.ts", commit: JINA }),
    note:
      "getPrompt system and user texts via generateObject (queryRewriter schema, rendered as a JSON response format); the follow-up is the search request, the assistant turns stand for the SERP soundbites, the motivation sentence is ours",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.JINA_REWRITER_SYSTEM, { time: NOW.toISOString(), year: "2026", month: "3" })),
        usr(
          fill(P.JINA_REWRITER_USER, {
            query: c.followUp,
            think: "The user asked this in a chat and I need up-to-date sources before I answer.",
            context: c.turns.filter((t) => t.role === "assistant").map((t) => t.content).join("\n"),
          }),
        ),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "gpt4-pdf-chatbot-langchain",
    task: "query-rewrite",
    source: at("mayooear/gpt4-pdf-chatbot-langchain", { path: "utils/makechain.ts", commit: PDF }),
    note:
      "CONDENSE_TEMPLATE via ChatPromptTemplate.fromTemplate (one human message), history as Human:/Assistant: lines from pages/api/chat.ts, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.PDF_CONDENSE.replace(
            "{chat_history}",
            toLines(c.turns, { user: "Human", assistant: "Assistant" }),
          )
            .replace("{question}", c.followUp),
        ),
      ],
      temperature: 0,
    }),
  },
  {
    client: "NVIDIA vGPU sizing advisor",
    task: "query-rewrite",
    source: at("NVIDIA/GenerativeAIExamples", {
      path: "community/ai-vws-sizing-advisor/src/prompt.yaml",
      commit: NV,
    }),
    note:
      "query_rewriter_prompt as system, the history, the latest question as human (src/chains.py), temperature 0.7, max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NV_QUERY_REWRITER), ...toMessages(c.turns), usr(c.followUp)],
      temperature: 0.7,
      max_tokens: 1024,
    }),
  },
  {
    client: "h2oGPT",
    task: "query-rewrite",
    source: at("h2oai/h2ogpt", { path: "src/gpt_langchain.py", commit: H2O }),
    paraphrased: true,
    note:
      "HyDE level 0: auto_hyde '%s {query}' with hyde_llm_prompt1 from src/enums.py, run without documents; sent as one user message (the model-specific wrapper is not reproduced)",
    build: (c) => ({ model: MODEL, messages: [usr(`${P.H2O_HYDE} ${c.followUp}`)], stream: true }),
  },
  {
    client: "rag-postgres-openai-python",
    task: "search-query",
    source: at("Azure-Samples/rag-postgres-openai-python", {
      path: "src/backend/fastapi_app/rag_advanced.py",
      commit: PG,
    }),
    note:
      "generate_search_query: prompts/query.txt as system, query_fewshots.json, the past messages, the question; search_database tool with tool_choice auto, temperature 0, max_tokens 500",
    build: (c) =>
      ({
        model: MODEL,
        messages: [
          sys(P.PG_QUERY),
          ...(P.PG_QUERY_FEWSHOTS as never[]),
          ...toMessages(c.turns),
          usr(c.followUp),
        ],
        temperature: 0,
        max_tokens: 500,
        n: 1,
        tools: P.PG_SEARCH_TOOLS,
        tool_choice: "auto",
      }) as unknown as ChatBody,
  },
  {
    client: "aws-genai-llm-chatbot",
    task: "query-rewrite",
    source: at("aws-samples/aws-genai-llm-chatbot", {
      path:
        "lib/model-interfaces/langchain/functions/request-handler/adapters/shared/prompts/system_prompts.py",
      commit: AWSBOT,
    }),
    note:
      "condense_question_prompt (en) as system, the chat history, the question as human (adapters/bedrock/base.py get_condense_question_prompt), condense LLM not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AWSBOT_CONDENSE_EN), ...toMessages(c.turns), usr(c.followUp)],
      stream: false,
    }),
  },
  {
    client: "aws-genai-llm-chatbot",
    task: "query-rewrite",
    source: at("aws-samples/aws-genai-llm-chatbot", {
      path:
        "lib/model-interfaces/langchain/functions/request-handler/adapters/shared/prompts/system_prompts.py",
      commit: AWSBOT,
    }),
    note: "the shipped fr-ca condense_question_prompt, same shape as the English one",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AWSBOT_CONDENSE_FR), ...toMessages(c.turns), usr(c.followUp)],
      stream: false,
    }),
  },
  {
    client: "MongoDB docs chatbot",
    task: "classification",
    source: at("mongodb/chatbot", {
      path: "packages/chatbot-server-mongodb-public/src/processors/mongoDbInputGuardrail.ts",
      commit: MONGO,
    }),
    note:
      "input guardrail: the system prompt without custom features and the latest user message, generateObject mode json (rendered as a JSON response format)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MONGODB_GUARDRAIL_SYSTEM), usr(c.followUp)],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "tiledesk-llm",
    task: "query-rewrite",
    source: at("Tiledesk/tiledesk-llm", { path: "tilellm/controller/controller_utils.py", commit: TILE }),
    note:
      "create_contextualize_query: contextualize_q_system_prompt from tilellm/shared/const.py as system, the chat history, the question as human",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TILEDESK_CONTEXTUALIZE), ...toMessages(c.turns), usr(c.followUp)],
    }),
  },
  {
    client: "tiledesk-llm",
    task: "summary",
    source: at("Tiledesk/tiledesk-llm", { path: "tilellm/controller/controller.py", commit: TILE }),
    note:
      "_summarize_history of the turns beyond max_messages, as one human message with the source's indentation; history as User:/Assistant: lines (_format_history_as_text)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          fill(P.TILEDESK_SUMMARIZE, {
            history_text: toLines(c.turns, { user: "User", assistant: "Assistant" }),
          }),
        ),
      ],
    }),
  },
  {
    client: "MineContext",
    task: "classification",
    source: at("volcengine/MineContext", { path: "config/prompts_zh.yaml", commit: MC }),
    note:
      "chat_workflow.query_classification (zh) as system and user, history as json.dumps of role/content dicts (opencontext/context_consumption/context_agent/nodes/intent.py)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MINECONTEXT_CLASSIFY_SYSTEM),
        usr(
          P.MINECONTEXT_CLASSIFY_USER.replace("{query}", c.followUp).replace(
            "{chat_history}",
            pyJson(c.turns),
          ),
        ),
      ],
    }),
  },
  {
    client: "TrustRAG",
    task: "query-rewrite",
    source: at("gomate-community/TrustRAG", {
      path: "trustrag/modules/rewriter/llm_rewriter.py",
      commit: TRUST,
    }),
    note:
      "LLMRewriter: DEFAULT_SYSTEM_PROMPT as system (OpenAIChat.chat inserts it first), DEFAULT_REWRITE_PROMPT with the query as user, temperature 0.1, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TRUSTRAG_REWRITE_SYSTEM), usr(P.TRUSTRAG_REWRITE.replace("{query}", c.followUp))],
      temperature: 0.1,
    }),
  },
  {
    client: "TrustRAG",
    task: "query-rewrite",
    source: at("gomate-community/TrustRAG", { path: "trustrag/modules/rewriter/promptor.py", commit: TRUST }),
    paraphrased: true,
    note:
      "HydeRewriter with Promptor(task=WEB_SEARCH, language=zh): WEB_SEARCH_ZH filled with the question; the source runs it on a local GLM chat (llm_only), rendered here as one user message",
    build: (c) => ({ model: MODEL, messages: [usr(P.TRUSTRAG_HYDE_ZH.replace("{}", c.followUp))] }),
  },
  {
    client: "HugeGraph-AI",
    task: "query-rewrite",
    source: at("apache/incubator-hugegraph-ai", {
      path: "hugegraph-llm/src/hugegraph_llm/config/prompt_config.py",
      commit: HUGE,
    }),
    note:
      "keywords_extract_prompt_CN (keyword extraction with synonym rewrite before graph retrieval) with max_keywords 5 and the question, one user message via OpenAIClient.generate(prompt=...) (operators/llm_op/keyword_extract.py)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.HUGEGRAPH_KEYWORDS_CN.replace("{max_keywords}", "5").replace("{question}", c.followUp)),
      ],
    }),
  },
];
