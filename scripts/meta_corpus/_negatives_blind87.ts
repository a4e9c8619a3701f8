/**
 * Blind round 87: hard negatives from the round's clients, their ordinary answer turns as they send them (RAG
 * prompts with retrieved passages, agent and chat system prompts with the history), and users asking a title or a
 * summary of their own text inside those clients.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_87 } from "./_conversations_blind87.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as F from "./_blind87_fill.ts";
import * as P from "./_prompts_blind87.ts";

const [EN, ES, JA, NL] = CONVERSATIONS_BLIND_87 as [Conversation, Conversation, Conversation, Conversation];
const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

/** Medical-Agent generate_candidates_for_chunk without a chunk: system, history system message, question. */
const MED_SYSTEM =
  "This is a chat between a user and an artificial intelligence assistant in the medical field.\n The assistant gives helpful, detailed answers to the user's questions based on previous knowledge .\n";
const MED_PRE_HISTORY =
  "Please respect the following conversation history tagged by User and Assistant, continuing the dialogue in a logical and consistent manner based on the previous exchanges";
const MED_TURNS = [
  "User: I have had a dry cough for two weeks after a cold, no fever.",
  "Assistant: A cough that lingers after a viral infection is common and can last three to eight weeks.",
].join("\n");

/** The Elastic chatbot's rag_prompt.txt as Jinja renders it with one passage. */
function elasticAnswer(c: Conversation, name: string): string {
  const [head] = P.ES_RAG.split("{% for doc in docs -%}\n");
  const doc = `---\nNAME: ${name}\nPASSAGE:\n${F.passage(c)}\n---\n\n`;
  return `${head}${doc}----\nChat history:\n${F.elasticHistory(c.turns)}Question: ${c.followUp}\nResponse:`;
}

const ASTRO_DOC =
  "Document 1:\nDocument Link: https://docs.astronomer.io/learn/airflow-pools\nPools limit the number of concurrent task instances that draw from a shared resource. Each pool has a number of slots.\n===End of Document===\n";

const ITEMS: Negative[] = [
  {
    task: "blind-87",
    source: src("h-k-nyosu/ChatToFind", {
      path: "app/llm/chat.py",
      commit: "b59d1e78947d47cfcd61381c6fc918245593c95c",
    }),
    note:
      "ChatToFind job-search chat turn: system, the recent history as a system message, the question (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CTF_CHAT_SYSTEM),
        sys(F.pyFormat(P.CTF_HISTORY, { history: F.chatToFindHistory(JA.turns) })),
        usr("大阪でリモート可のデータエンジニアの求人はありますか？年収600万円以上が希望です。"),
      ],
      temperature: 0.7,
      stream: true,
    },
  },
  {
    task: "blind-87",
    source: src("h-k-nyosu/ChatToFind", {
      path: "app/llm/chat.py",
      commit: "b59d1e78947d47cfcd61381c6fc918245593c95c",
    }),
    note: "ChatToFind chat turn where the user asks a title for their own self-introduction (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CTF_CHAT_SYSTEM),
        sys(F.pyFormat(P.CTF_HISTORY, { history: "" })),
        usr(
          "応募書類の自己PRにタイトルをつけてください：前職では物流倉庫の在庫管理システムを一人で刷新し、欠品率を3割減らしました。",
        ),
      ],
      temperature: 0.7,
      stream: true,
    },
  },
  {
    task: "blind-87",
    source: src("wahpiangle/DBGenie", {
      path: "app/utils/rag/tool_nodes.py",
      commit: "2d3079672bd395dfbba7595c7dde3ddb68a69b2d",
    }),
    note: "DBGenie rag_chain answer prompt with a retrieved passage (English)",
    body: {
      model: MODEL,
      messages: [usr(F.pyFormat(P.DBG_RAG, { question: EN.followUp, context: F.passage(EN) }))],
    },
  },
  {
    task: "blind-87",
    source: src("hipster4020/LangGraph_Practice", {
      path: "src/practice/nodes.py",
      commit: "028f7b84da308a2cf67b3cf0b020ef18c6187efd",
    }),
    note:
      "LangGraph_Practice generate turn where the user asks a summary of their own meeting notes (Korean)",
    body: {
      model: MODEL,
      messages: [
        sys(`Today is 2026-12-07.\n${P.LGP_SYSTEM}`),
        usr(
          "다음 회의록을 세 줄로 요약해 줘: 1월 출시 일정은 2주 연기, QA 인력 2명 추가 채용, 고객 베타 테스트는 12월 20일부터 시작.",
        ),
      ],
    },
  },
  {
    task: "blind-87",
    source: src("Medical-Conversational-LLM/Medical-Agent", {
      path: "lm/generate.py",
      commit: "7a478c175ad4c5889316624508df99c1a2277e56",
    }),
    note: "Medical-Agent answer turn without a retrieved chunk: system, history, question (English)",
    body: {
      model: MODEL,
      messages: [
        sys(MED_SYSTEM),
        sys(`${MED_PRE_HISTORY}${MED_TURNS}`),
        usr("##Question:\nShould I see a doctor if it is still there next week?\n##Answer:"),
      ],
    },
  },
  {
    task: "blind-87",
    source: src("fjmoronreyes/langchain_chatbot", {
      path: "langchain_chatbot/chat_bot.py",
      commit: "784f5404af8fd75eb8ed90f646e9229cef1f64f3",
    }),
    note:
      "langchain_chatbot answer turn: SYSTEM_QA_PROMPT with input and context, the history, the input (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(F.pyFormat(P.LCB_QA, { input: ES.followUp, context: F.passage(ES) })),
        ...toMessages(ES.turns),
        usr(ES.followUp),
      ],
    },
  },
  {
    task: "blind-87",
    source: src("fjmoronreyes/langchain_chatbot", {
      path: "langchain_chatbot/chat_bot.py",
      commit: "784f5404af8fd75eb8ed90f646e9229cef1f64f3",
    }),
    note: "langchain_chatbot turn where the user asks a summary of their own paragraph (Spanish)",
    body: {
      model: MODEL,
      messages: (() => {
        const ask =
          "Resume en dos frases este párrafo que escribí para el boletín de la comunidad: Desde enero, el garaje tendrá tres plazas con punto de carga compartido. Cada vecino podrá reservarlas por la aplicación y el consumo se cobrará con la cuota mensual.";
        return [sys(F.pyFormat(P.LCB_QA, { input: ask, context: F.passage(ES) })), usr(ask)];
      })(),
    },
  },
  {
    task: "blind-87",
    source: src("thangquang09/rag-chatbot-project", {
      path: "src/rag_class.py",
      commit: "ddec91df4e314371f9c4e29f29d5227761ba9b4f",
    }),
    note:
      "rag-chatbot-project agent turn: SYSTEM_MESSAGE with the source list, the history, the question (Dutch)",
    body: {
      model: MODEL,
      messages: [
        sys(F.pyFormat(P.RCP_SYSTEM_MESSAGE, { source_list: "\n- huurvoorwaarden_2025.pdf" })),
        ...toMessages(NL.turns),
        usr(NL.followUp),
      ],
      temperature: 0,
      max_tokens: 1024,
    },
  },
  {
    task: "blind-87",
    source: src("astronomer/ask-astro", {
      path: "api/ask_astro/chains/answer_question.py",
      commit: "6d8fd800ecbe740a78528515c76b5928763dbe9c",
    }),
    note:
      "Ask Astro web-app answer turn: system prompt with the retrieved document, then the question (English)",
    body: {
      model: MODEL,
      messages: [
        sys(F.pyFormat(P.ASTRO_WEBAPP, { context: ASTRO_DOC })),
        usr("How do I stop more than three tasks from hitting our Postgres at the same time?"),
      ],
    },
  },
  {
    task: "blind-87",
    source: src("1517005260/graph-rag-agent", {
      path: "graphrag_agent/agents/naive_rag_agent.py",
      commit: "4296b7c66307a856d0467c6ca635534c447c976b",
    }),
    note:
      "graph-rag-agent naive RAG system prompt, the user's question as a plain turn (Chinese; human wrapper omitted)",
    body: {
      model: MODEL,
      messages: [
        sys(F.pyFormat(P.GRA_NAIVE, { response_type: "多个段落" })),
        usr("公司差旅报销需要在出差结束后多少天内提交？"),
      ],
    },
  },
  {
    task: "blind-87",
    source: src("elastic/elasticsearch-labs", {
      path: "example-apps/chatbot-rag-app/api/chat.py",
      commit: "77567655e8343607538e2ef203b4c0b322526d93",
    }),
    note: "Elastic chatbot-rag-app answer: rag_prompt.txt with a passage and the history, streamed (English)",
    body: { model: MODEL, messages: [usr(elasticAnswer(EN, "Employee Handbook - Travel"))], stream: true },
  },
  {
    task: "blind-87",
    source: src("langchain-ai/langchain-nextjs-template", {
      path: "app/api/chat/retrieval/route.ts",
      commit: "6651b0bd697b3cc59518c28d2a047af23daa6de3",
    }),
    note: "Next.js template answer prompt (the talking puppy) with context and history (Dutch)",
    body: {
      model: MODEL,
      messages: [
        usr(F.pyFormat(P.NJS_ANSWER_TEMPLATE, {
          context: F.passage(NL),
          chat_history: F.vercelHistory(NL.turns),
          question: NL.followUp,
        })),
      ],
      temperature: 0.2,
      stream: true,
    },
  },
  {
    task: "blind-87",
    source: src("langchain-ai/rag-from-scratch", {
      path: "rag_from_scratch_5_to_9.ipynb",
      commit: "1fdb7d0e4f1d3e731c8397332452715512f18667",
    }),
    note: "RAG from scratch final answer prompt with context (Japanese)",
    body: {
      model: MODEL,
      messages: [usr(F.pyFormat(P.RFS_RAG, { context: F.passage(JA), question: JA.followUp }))],
      temperature: 0,
    },
  },
  {
    task: "blind-87",
    source: src("hwchase17/chat-your-data", {
      path: "query_data.py",
      commit: "fd195b0e7dede3ad3a2d328c1ad6d2b99a562ee0",
    }),
    note: "chat-your-data QA_PROMPT with a passage (English)",
    body: {
      model: MODEL,
      messages: [
        usr(F.pyFormat(P.CYD_QA, {
          question: "What did the president say about lowering the cost of insulin?",
          context: "We'll cap the cost of insulin at $35 a month so everyone with diabetes can afford it.",
        })),
      ],
      temperature: 0,
    },
  },
];

export function buildBlind87Negatives(): Negative[] {
  return ITEMS;
}
