/**
 * Blind round 44's hard negatives: the same clients' ordinary answer turns (their RAG template with retrieved
 * context and a real question, in the client's own wrapping) and user turns asking to summarise or title the user's
 * own text.
 */
import { CONVERSATIONS_BLIND_44 } from "./_conversations_blind44.ts";
import { MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind44.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
const [EN, ES, KO, IT] = CONVERSATIONS_BLIND_44.map((c) => c.turns);
const TASK = "blind-44";

const RAGENT_ANSWER = at("nageoffer/ragent", {
  path: "bootstrap/src/main/resources/prompt/answer-chat-kb.st",
  commit: "2c178b4728bf80c42305a1014becd9c7f2d9c3a0",
});
/** ragent: cleaned system template, history, then documents and question in one user message. */
const ragent = (question: string, content: string): Negative["body"] => ({
  model: MODEL,
  messages: [
    sys(P.RG_ANSWER.replace(/\n{3,}/g, "\n\n").trim()),
    usr(`<documents>\n<content>\n${content}\n</content>\n</documents>\n\n<question>${question}</question>`),
  ],
  stream: true,
});
const AZURE = at("Azure-Samples/jp-azureopenai-samples", {
  path: "5.internal-document-search/src/backend/approaches/chatreadretrieveread.py",
  commit: "2ade071e0658b2cdd61a89d8562cba68b6f0091f",
});
/** jp-azureopenai-samples step 3: system, history, then the question with its sources appended. */
const azure = (
  history: Negative["body"]["messages"],
  { question, sources }: { question: string; sources: string },
): Negative["body"] => ({
  model: MODEL,
  messages: [sys(P.AZ_ANSWER_SYSTEM), ...history, usr(`${question}\n\nSources:\n${sources.slice(0, 1024)}`)],
  temperature: 0.3,
  max_tokens: 1024,
});
const ALBERT = "3c7b965e560c7c944e4d0c7d5f5402a2545b42a3";

export function buildBlind44Negatives(): Negative[] {
  return [
    {
      task: TASK,
      source: AZURE,
      note: "English answer turn with retrieved sources (temperature is the UI override)",
      body: azure(toMessages(EN ?? []), {
        question: "Do I have to use the insurer's own builder for the repairs?",
        sources:
          "policy-wording.pdf: You may choose your own repairer, but we must approve the quote before work starts. If you use our preferred builder the workmanship is guaranteed for five years.",
      }),
    },
    {
      task: TASK,
      source: AZURE,
      note: "English user turn asking to summarise the user's own pasted email, in the same client",
      body: azure([], {
        question:
          "Summarise this email from my landlord in two lines for my flatmates: 'Hi all, the council inspection is on Thursday 14th between 9 and 12. Please make sure the smoke alarms are not covered and the back door key is left in the kitchen drawer. Regards, Peter'",
        sources: "tenancy-guide.pdf: Landlords must give at least 48 hours' notice before an inspection.",
      }),
    },
    {
      task: TASK,
      source: at("yokingma/search_with_ai", {
        path: "apps/server/src/service/rag/prompt.ts",
        commit: "07f371a1d464b37371212d24ef57a5e7a8a89e75",
      }),
      note: "Spanish search answer turn (RagQueryPrompt with contexts + query, streamed)",
      body: {
        model: MODEL,
        messages: [
          usr(
            `${
              P.fill(P.SWA_RAG_QUERY, { date: "2026-05-09T17:40:00.000Z" }).replace(
                "%s",
                "[[citation:1]] El pago de derechos por la renovación de licencia de automovilista en Jalisco es de 1,020 pesos para el periodo de cuatro años.",
              )
            } ¿cuánto cuesta renovar la licencia de conducir en Jalisco?`,
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: at("zilliztech/akcio", {
        path: "src/towhee/prompts/zh.py",
        commit: "3d00c5284876324e0f05f194d197e5c753484f7c",
      }),
      note: "Chinese answer turn: SYSTEM_PROMPT, history, QUERY_PROMPT with context",
      body: {
        model: MODEL,
        messages: [
          sys(P.AK_ZH_SYSTEM),
          usr("Milvus 支持哪些索引类型？"),
          { role: "assistant", content: "Milvus 支持 FLAT、IVF_FLAT、IVF_PQ、HNSW 等多种索引类型。" },
          usr(P.fill(P.AK_ZH_QUERY, {
            context: "HNSW 索引的 M 参数决定每个节点的最大连接数，efConstruction 决定建索引时的搜索范围。",
            question: "HNSW 的 M 参数应该怎么设置？",
          })),
        ],
      },
    },
    {
      task: TASK,
      source: RAGENT_ANSWER,
      note:
        "Chinese knowledge-base answer turn (documents + question wrapping reconstructed from the template)",
      body: ragent(
        "出差住宿每晚的报销上限是多少？",
        "一线城市住宿标准为每晚 600 元，其他城市为每晚 450 元，超出部分需部门负责人审批。",
      ),
    },
    {
      task: TASK,
      source: RAGENT_ANSWER,
      note: "Chinese user turn asking for a title for the user's own notice text",
      body: ragent(
        "帮我给下面这段通知起个标题：本周五下午三点起办公楼停电检修两小时，请大家提前保存工作并关闭电脑。",
        "行政通知模板：标题应简明扼要，突出时间与事项。",
      ),
    },
    {
      task: TASK,
      source: at("etalab-ia/albert-api", { path: "ui/backend/chat.py", commit: ALBERT }),
      note: "French RAG answer turn: earlier messages, then the filled prompt_template, streamed",
      body: {
        model: MODEL,
        messages: [
          usr("Quelles aides existent pour rénover une maison ancienne ?"),
          { role: "assistant", content: "Il existe notamment MaPrimeRénov' et l'éco-prêt à taux zéro." },
          usr(P.fill(P.AL_CHAT, {
            prompt: "Est-ce que l'éco-prêt à taux zéro se cumule avec MaPrimeRénov' ?",
            chunks:
              "L'éco-PTZ peut être cumulé avec MaPrimeRénov' sous conditions de ressources, pour un montant maximal de 50 000 euros.",
          })),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: at("etalab-ia/albert-api", { path: "ui/backend/summarize.py", commit: ALBERT }),
      note: "French: the user's own document sent to the summary-plan tool (generate_toc), temperature 0.2",
      body: {
        model: MODEL,
        messages: [
          sys(P.AL_SUM_SYSTEM),
          usr(P.fill(P.AL_SUM_USER, {
            text:
              "Compte rendu du conseil d'école du 12 mars. Effectifs : 184 élèves, stables. Travaux : la cour sera végétalisée pendant l'été. Cantine : passage à deux repas végétariens par semaine à la rentrée. Sorties : classe de neige des CM2 maintenue en février.",
          })),
        ],
        temperature: 0.2,
        stream: false,
      },
    },
    {
      task: TASK,
      source: at("shibing624/ChatPDF", {
        path: "rag_fusion.py",
        commit: "e6d9f5164ac23598570874a0300a0e5bf11f4f91",
      }),
      note: "Chinese RAG_PROMPT answer turn, temperature 0",
      body: {
        model: MODEL,
        messages: [
          usr(P.fill(P.CP_RAG, {
            context: "气候变化导致极端天气更加频繁。\n全球变暖：气候变化的一个子集。",
            question: "气候变化对农业有什么影响？",
          })),
        ],
        temperature: 0,
      },
    },
    {
      task: TASK,
      source: at("kyoky-Fundasta/LangraBot", {
        path: "llm_chain.py",
        commit: "2e430a17838413fec718a1448011dc08dd82b8f8",
      }),
      note: "Japanese answer turn: work rules, web results and the question",
      body: {
        model: MODEL,
        messages: [
          sys(P.LB_ANSWER_SYSTEM),
          usr(P.fill(P.LB_ANSWER_HUMAN, {
            chat_history_str: "",
            document: "第18条 年次有給休暇は入社6か月後に10日付与する。",
            web_search: "",
            question: "有給休暇は入社後いつから使えますか？",
          })),
        ],
      },
    },
    {
      task: TASK,
      source: at("nashsu/FreeAskInternet", {
        path: "free_ask_internet.py",
        commit: "3fa58d17e9080171f4686c128df9f61b3265a4d9",
      }),
      note:
        "Korean question in the English gen_prompt branch (default answer language), streamed, max_tokens 1024",
      body: {
        model: MODEL,
        messages: [
          usr(
            `${P.FA_HEAD}\n\n\`\`\`\n\n [citation:1]  ${
              KO?.[1]?.content ?? ""
            }${P.FA_TAIL_A} Simplified Chinese ${P.FA_TAIL_B}재택근무 신청은 며칠 전까지 해야 하나요?`,
          ),
        ],
        stream: true,
        max_tokens: 1024,
        temperature: 0.2,
      },
    },
    {
      task: TASK,
      note: "Italian: after the chat's turns, the user asks for a one-line summary of their own pasted email",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(IT ?? []),
          usr(
            "Riassumimi in una frase questa mail del mio amministratore di condominio: 'Si comunica che la caldaia centralizzata sarà spenta dal 15 al 17 aprile per la manutenzione annuale; si prega di non accedere al locale tecnico.'",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      note: "Spanish follow-up question in the same chat, sent as the ordinary next turn",
      body: {
        model: MODEL,
        messages: [...toMessages(ES ?? []), usr("¿Puedo pagar con tarjeta en el módulo?")],
        stream: true,
      },
    },
  ];
}
