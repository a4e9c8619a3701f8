/**
 * Blind round 81: hard negatives from the round's own clients, their ordinary turns as sent (RAG answer prompts,
 * agent and shop system prompts) with real user questions, and user turns asking a title or summary of the user's
 * own text. Also the commits read and the source helper the templates share.
 */
import { MODEL, type Source, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind81.ts";
import * as F from "./_fill_blind81.ts";

/** The commit of each client read this round. */
export const C = {
  dwh: "5a7f3277c7c09de7cb63f6ddc666709b6cc06f87",
  ar: "aabb15e0f5ebdb98c15f5c6b13a0d9a6fe223cbf",
  cb: "65b861287db2a84b6ee91dcff581de5f60b7f736",
  vw: "1bcfd1c452cf97c3bfa70b6a54f3bc838c0f9c54",
  rc: "6dd754d515c7dfda25e4627d85f1ca375f574b91",
  kh: "4e792421424b0cd0a9e12cfc47beb2bb12eb0ad1",
  ig: "43a06dd7e7163e2c47b4668fb3cba080a481c6f0",
  qa: "f6f45a3f15949d008b182a1effc3e2c6e2399f13",
  cs: "260a585964df4dc9fe4a373c360cdc48acd17caf",
  zo: "cc93f983fc638eea4b549f38633ddb7bf7f96602",
  na: "46e238f95d901333b0d0768332a3f661b497dc65",
  ow: "3d640d13950d87de410cd391dc1c1393f6388fc2",
};

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

const negative = (source: Source, { note, body }: { note: string; body: Negative["body"] }): Negative => ({
  task: "blind-81",
  source,
  note,
  body,
});

/** MPSVCR/dwh_chat gradio_chatbot_frontend.py `chatbot_response` with one wiki document retrieved. */
const DWH_SYSTEM = P.DWH_CHATBOT_SYSTEM +
  "\nSTART OF PROVIDED CONTEXT:\n\nThese documents originate from our Wikipedia\nWiki Context:\n" +
  "Tabulka DWH_PRIJEMCI_DAVEK obsahuje měsíční přehled příjemců dávek podle krajů; plní se každou noc z evidence Úřadu práce." +
  "\nEnd of provided context\n\n";

export function buildBlind81NegativeList(): Negative[] {
  return [
    negative(at("MPSVCR/dwh_chat", { path: "gradio_chatbot_frontend.py", commit: C.dwh }), {
      note: "dwh_chat RAG answer, a Czech question about a table; stream, temperature 0.3",
      body: {
        model: MODEL,
        messages: [
          sys(DWH_SYSTEM),
          usr("Jak často se aktualizuje tabulka s příjemci dávek a odkud se plní?"),
        ],
        stream: true,
        temperature: 0.3,
      },
    }),
    negative(
      at("tienndm/agentic_rag", {
        path: "src/retriver/domain/processor/answer_generator/service.py",
        commit: C.ar,
      }),
      {
        note: "agentic_rag answer generation, a Vietnamese question with retrieved context",
        body: {
          model: MODEL,
          messages: [
            sys(P.AR_ANSWER_SYSTEM),
            usr(F.pyFormat(P.AR_ANSWER_USER, {
              query: "Thời gian làm hộ chiếu phổ thông ở Hà Nội mất bao lâu?",
              context:
                "Nguồn 1: Thời hạn cấp hộ chiếu phổ thông trong nước là 8 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
            })),
          ],
        },
      },
    ),
    negative(at("guymkaplan/codebase-llm", { path: "code_assistant/agent.py", commit: C.cb }), {
      note: "codebase-llm ReACT agent turn, a question about a repository; temperature 0.7",
      body: {
        model: MODEL,
        messages: [
          sys(P.CB_AGENT_SYSTEM),
          usr("How does the helpdesk repo rank search results before answering?"),
        ],
        temperature: 0.7,
      },
    }),
    negative(
      at("Angello-27/ventas-whatsapp", { path: "src/infrastructure/openai/OpenAIClient.js", commit: C.vw }),
      {
        note: "BoutiqueBot sales turn, a Spanish customer question; temperature 0.7",
        body: {
          model: MODEL,
          messages: [
            sys(P.VW_SYSTEM.trim()),
            usr(`Cliente (5493415550199) escribió: "¿Tienen camperas de jean para mujer en talle M?"`),
          ],
          temperature: 0.7,
        },
      },
    ),
    negative(
      at("Angello-27/ventas-whatsapp", { path: "src/infrastructure/openai/OpenAIClient.js", commit: C.vw }),
      {
        note: "BoutiqueBot turn where the customer asks a summary of their own complaint text (Spanish)",
        body: {
          model: MODEL,
          messages: [
            sys(P.VW_SYSTEM.trim()),
            usr(
              `Cliente (5493415550199) escribió: "Resumime en una línea este reclamo que voy a mandar: compré un buzo el 3 de noviembre, llegó con una costura abierta en la manga y quiero cambiarlo por otro del mismo talle."`,
            ),
          ],
          temperature: 0.7,
        },
      },
    ),
    negative(at("emily2552/RagChat", { path: "app/main.py", commit: C.rc }), {
      note: "RagChat RAG answer, a Chinese question with retrieved passages; stream",
      body: {
        model: MODEL,
        messages: [
          sys(P.RC_SYSTEM),
          usr(F.pyFormat(P.RC_DOC, {
            context: "[1] 员工每年享有带薪年假5天，工作满10年的享有10天。",
            question: "我工作了三年，每年有几天年假？",
          })),
        ],
        stream: true,
      },
    }),
    negative(at("KhushalM/RAG_Pipeline", { path: "backend/app/mistral.py", commit: C.kh }), {
      note: "RAG_Pipeline answer prompt with one source; temperature 0.7, max_tokens 500",
      body: {
        model: MODEL,
        messages: [usr(F.fString(P.KH_RAG, {
          context_text:
            "[Source 1: handbook.pdf]\nRemote work is allowed up to three days a week with manager approval.\n\n",
          query: "How many days a week can I work from home?",
        }))],
        temperature: 0.7,
        max_tokens: 500,
      },
    }),
    negative(at("IgnitionAI/landing-page", { path: "ai/agent/agent.ts", commit: C.ig }), {
      note:
        "IgnitionAI SDR agent turn (French system prompt), a prospect's question; streaming, temperature 0.5",
      body: {
        model: MODEL,
        messages: [
          sys(P.IG_SDR_FR),
          usr(
            "Bonjour, combien de temps faut-il pour mettre en place un chatbot RAG sur notre documentation interne ?",
          ),
        ],
        stream: true,
        temperature: 0.5,
      },
    }),
    negative(at("Palm1r/QodeAssist", { path: "sources/settings/ChatAssistantSettings.cpp", commit: C.qa }), {
      note: "QodeAssist chat turn asking what the user's own pasted function does; stream",
      body: {
        model: MODEL,
        messages: [
          sys(P.QA_CHAT_SYSTEM),
          usr(
            "Summarize what this does in one sentence:\n\nvoid Model::reload() {\n    beginResetModel();\n    m_items = m_store->load();\n    endResetModel();\n}",
          ),
        ],
        stream: true,
      },
    }),
    negative(at("nachoi1000/agent_with_sales_detection", { path: "main.py", commit: C.na }), {
      note: "QuantumChain RAG answer (English), a first question about the company",
      body: {
        model: MODEL,
        messages: [
          sys(F.pyFormat(P.NA_RAG, {
            context: "QuantumChain's Cybersecurity AI Suite is deployed on-premises or in a private cloud.",
            question: "Can your cybersecurity suite run in our own data centre?",
          })),
          usr("Can your cybersecurity suite run in our own data centre?"),
        ],
      },
    }),
    negative(at("66Ronghua99/Openworker", { path: "openworker/prompts/system.py", commit: C.ow }), {
      note:
        "Openworker agent turn where the user asks a title for their own notes; skills list reconstructed",
      body: {
        model: MODEL,
        messages: [
          sys(F.pyFormat(P.OW_SYSTEM, { skills: "- pdf: read and summarise PDF files" })),
          usr(
            "Give this note a short title, then save it as a markdown file:\n\nCall the plumber on Tuesday about the boiler pressure dropping overnight; ask whether the expansion vessel needs recharging.",
          ),
        ],
      },
    }),
  ];
}
