/**
 * Blind round 69 negatives: the same clients' ordinary turns as they send them (the Azure sample app's system
 * message, the CWYD answering prompt with retrieved documents, the PDF chatbot's QA template, the sizing advisor's
 * chat template, h2oGPT's document Q&A, the Postgres RAG sample's answer prompt, the AWS chatbot's conversation and
 * QA prompts in French and English, Tiledesk's QA prompt, TrustRAG's and HugeGraph-AI's Chinese RAG prompts,
 * MineContext's Chinese small-talk prompt, a question to the DeepResearch API) and people asking these apps to
 * summarise or title their own text (h2oGPT's summarise action, a Japanese meeting memo in Bedrock Chat, a blurb in
 * Cohere Toolkit, a Chinese notice). None of them is META.
 */
import type { Turn } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_69 as C } from "./_conversations_blind69.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, toLines, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind69.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const neg = (
  messages: WireMessage[],
  { source, note, extra = {} }: {
    source: ReturnType<typeof at>;
    note: string;
    extra?: Record<string, unknown>;
  },
): Negative => ({
  task: "blind-69",
  body: { model: MODEL, messages, stream: true, ...extra },
  source,
  note,
});
const turnsOf = (i: number) => C[i]?.turns ?? [];
const followOf = (i: number) => C[i]?.followUp ?? "";
const [EN, FR, ZH, PT] = [0, 1, 2, 3].map(turnsOf) as [Turn[], Turn[], Turn[], Turn[]];

const AOAI = at("microsoft/sample-app-aoai-chatGPT", {
  path: "app.py",
  commit: "54f0af2c09bfe71f93da4acfb06422e11f984d71",
});
const CWYD = at("Azure-Samples/chat-with-your-data-solution-accelerator", {
  path: "code/backend/batch/utilities/tools/question_answer_tool.py",
  commit: "c65a1ca1bbcb683d95274cb39408b6ec3b127036",
});
const COHERE = at("cohere-ai/cohere-toolkit", {
  path: "src/backend/services/chat.py",
  commit: "fdd4371edf164f2c1726a884e421049093c0128e",
});
const BEDROCK = at("aws-samples/bedrock-chat", {
  path: "backend/app/usecases/chat.py",
  commit: "a739a6c0eff5d5048772165a3d9d5ee820a7865d",
});
const JINA = at("jina-ai/node-DeepResearch", {
  path: "src/app.ts",
  commit: "579fd95ffff6661bc331c6838ad930a652db46f3",
});
const PDF = at("mayooear/gpt4-pdf-chatbot-langchain", {
  path: "utils/makechain.ts",
  commit: "0ccc8b352af21f8e8d901b5959aed425f46b0560",
});
const NV = at("NVIDIA/GenerativeAIExamples", {
  path: "community/ai-vws-sizing-advisor/src/prompt.yaml",
  commit: "401cb446f550c6dee8048a246e6c5dbc57f38dae",
});
const H2O = at("h2oai/h2ogpt", {
  path: "src/gpt_langchain.py",
  commit: "a0ad1920a847cf12a4e9c3453f6cdb736fe97ba0",
});
const PG = at("Azure-Samples/rag-postgres-openai-python", {
  path: "src/backend/fastapi_app/rag_advanced.py",
  commit: "209d3de516a9301e12ed93e835f47a45792f596e",
});
const AWSBOT = at("aws-samples/aws-genai-llm-chatbot", {
  path: "lib/model-interfaces/langchain/functions/request-handler/adapters/bedrock/base.py",
  commit: "c0be107ad8ce2105fc0d163353dd6a8117ed0dbe",
});
const TILE = at("Tiledesk/tiledesk-llm", {
  path: "tilellm/shared/const.py",
  commit: "8d9dc937cf1b44b996ab428de27513f17bdabf32",
});
const TRUST = at("gomate-community/TrustRAG", {
  path: "trustrag/modules/prompt/templates.py",
  commit: "0e2a7ed20501ae121c3f994e2ba3cfc05ccef3dd",
});
const HUGE = at("apache/incubator-hugegraph-ai", {
  path: "hugegraph-llm/src/hugegraph_llm/config/prompt_config.py",
  commit: "4dd6a1642f203406403539ef0d96d7d378dfbaef",
});
const MC = at("volcengine/MineContext", {
  path: "opencontext/context_consumption/context_agent/nodes/intent.py",
  commit: "fff9b3d64b4c405f46b3d6b7188ac7497cddabe8",
});

/** Retrieved passages the answering prompts carry; written for this round. */
const HANDBOOK_DOCS = [
  "Scanners roam to a new access point when the received signal falls below -70 dBm for more than two seconds.",
  "Scanner profiles are edited in the device console under Profiles > Wireless and pushed to a device group with Deploy.",
];
const TRAVEL_DOC =
  "第五条 出差人员住宿费实行限额标准：一类城市每人每晚不超过550元，二类城市不超过450元，其他城市不超过350元。第六条 出差伙食补助按出差自然日计算，每人每天100元。";
const LEASE_DOC =
  "Cláusula 11. A caução equivalente a três aluguéis será devolvida ao LOCATÁRIO em até 30 dias após a entrega das chaves, corrigida pela poupança, descontados eventuais débitos e reparos.";
const MEMO_JA =
  "4月の定例会議メモ：新しい受付システムは5月12日から本番運用。旧システムのデータ移行は総務の田中さんが担当し、4月末までに完了予定。来客用Wi-Fiのパスワードは毎月1日に変更する。次回の会議は5月8日（木）10時から。";

/** h2oGPT `get_template`: pre_prompt, the documents between triple quotes, then the instruction. */
const h2oDocs = (docs: string[]) => `\n"""\n${docs.join("\n\n")}\n"""\n`;

export function buildBlind69Negatives(): Negative[] {
  return [
    neg([sys(P.AOAI_SYSTEM), ...toMessages(EN), usr(followOf(0))], {
      source: AOAI,
      note:
        "the default system message, the conversation and the next question (prepare_model_args), English",
      extra: { temperature: 0, max_tokens: 1000 },
    }),
    neg(
      [
        usr(
          P.CWYD_ANSWERING_USER.replace(
            "{sources}",
            HANDBOOK_DOCS.map((text, i) => `[doc${i + 1}]: ${text}`).join("\n\n"),
          ).replace("{question}", followOf(0)),
        ),
      ],
      {
        source: CWYD,
        note: "generate_messages: answering_user_prompt with [docN] sources and the question, English",
        extra: { temperature: 0, stream: false },
      },
    ),
    neg(
      [
        usr(
          "Can you give this a short, punchy title for our intranet? It's the blurb for the new bike-to-work scheme: from June, staff can lease an e-bike through payroll for up to 36 months, with insurance and servicing included and a secure cage in the basement car park.",
        ),
      ],
      {
        source: COHERE,
        note: "a user asking for a title of their own blurb, as the toolkit relays the message, English",
      },
    ),
    neg([usr(`次のメモを3行で要約してください。\n\n${MEMO_JA}`)], {
      source: BEDROCK,
      note: "a user asking Bedrock Chat to summarise their own meeting memo, Japanese",
    }),
    neg([
      usr(
        "What changed in the EU rules for e-bike batteries sold after 2025, and does it affect second-hand sales?",
      ),
    ], {
      source: JINA,
      note: "a research question sent to the DeepResearch OpenAI-compatible endpoint, English",
    }),
    neg(
      [
        usr(
          P.PDF_QA.replace("{context}", LEASE_DOC)
            .replace("{chat_history}", toLines(PT, { user: "Human", assistant: "Assistant" }))
            .replace("{question}", "A caução é devolvida corrigida? Em quanto tempo?"),
        ),
      ],
      {
        source: PDF,
        note: "QA_TEMPLATE with the retrieved clause, the history and the question, Portuguese",
      },
    ),
    neg([
      sys(P.NV_CHAT_TEMPLATE),
      ...toMessages(EN),
      usr("Thanks. Does raising the power affect battery life?"),
    ], {
      source: NV,
      note: "chat_template as system, the history and a question (src/chains.py), English",
    }),
    neg(
      [
        sys(P.H2O_SYSTEM_DOCQA),
        usr(`${P.H2O_PRE_QUERY}${h2oDocs(HANDBOOK_DOCS)}${P.H2O_QUERY}\n${followOf(0)}`),
      ],
      {
        source: H2O,
        note: "document Q&A: system_docqa, pre_prompt_query, the documents, prompt_query and the question",
      },
    ),
    neg(
      [
        sys(P.H2O_SYSTEM_SUMMARY),
        usr(`${P.H2O_PRE_SUMMARY}${h2oDocs([MEMO_JA, TRAVEL_DOC])}${P.H2O_SUMMARY}\n`),
      ],
      {
        source: H2O,
        note:
          "the user's Summarize action over their own uploaded documents (system_summary, pre_prompt_summary, prompt_summary)",
      },
    ),
    neg(
      [
        sys(P.PG_ANSWER),
        usr(
          "quero uma bota de trilha impermeável até 400 reais\n\nSources:\n[27]:Name:Bota Serra Alta Description:Bota de trilha de couro com membrana impermeável e solado de borracha Price:389.9 Brand:Rumo Type:Footwear\n\n\n[31]:Name:Tênis Trilha Leve Description:Tênis respirável para trilhas secas Price:259.0 Brand:Rumo Type:Footwear\n\n",
        ),
      ],
      {
        source: PG,
        note: "prepare_context: answer.txt as system and the question with its sources, Portuguese",
      },
    ),
    neg([sys(P.AWSBOT_CONVERSATION_FR), ...toMessages(FR), usr(followOf(1))], {
      source: AWSBOT,
      note: "get_prompt: the fr-ca conversation_prompt as system, the history and the question, French",
    }),
    neg([sys(`${P.AWSBOT_QA_EN}\n\n${HANDBOOK_DOCS.join("\n\n")}`), ...toMessages(EN), usr(followOf(0))], {
      source: AWSBOT,
      note: "get_qa_prompt: qa_prompt with the context as system, the history and the question, English",
    }),
    neg([sys(P.TILEDESK_QA.replace("{context}", TRAVEL_DOC)), usr(followOf(2))], {
      source: TILE,
      note: "qa_system_prompt with the retrieved context and the question, Chinese",
    }),
    neg([usr(P.TRUSTRAG_RAG.replace("{question}", followOf(2)).replace("{context}", TRAVEL_DOC))], {
      source: TRUST,
      note:
        "CHAT_PROMPT_TEMPLATES.RAG_PROMPT_TEMPALTE with the question and the retrieved regulation, Chinese",
    }),
    neg([
      usr(
        P.HUGEGRAPH_ANSWER_CN.replace("{context_str}", TRAVEL_DOC).replace(
          "{query_str}",
          "二类城市住宿标准是多少？",
        ),
      ),
    ], {
      source: HUGE,
      note: "answer_prompt_CN with the context and the question as one user message, Chinese",
    }),
    neg([sys(P.MINECONTEXT_SOCIAL_SYSTEM), ...toMessages(ZH).reverse(), usr("谢谢你，帮了大忙！\n")], {
      source: MC,
      note:
        "_simple_chat: social_interaction system, the recent history inserted at index 1 (so reversed), the query",
    }),
    neg(
      [
        usr(
          "帮我给这段通知起个标题：各位同事，本周五下午三点在三楼会议室进行消防演练，请大家听到警报后沿安全通道有序撤离。",
        ),
      ],
      { source: MC, note: "a user asking for a title of their own notice, Chinese" },
    ),
  ];
}
