/**
 * Blind round 60, hard negatives: the same clients' ordinary answer turns as they send them (RAG answers, an agent's
 * casual mode, a tool-result reply, a triage-era answer prompt) and user turns asking for a summary or a title of
 * the user's own text or of the chat, in English, Portuguese, Chinese and Spanish.
 */
import { CONVERSATIONS_BLIND_60 } from "./_conversations_blind60.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind60.ts";
import { at, fill, HEALTH_DATA } from "./_blind60_fill.ts";

const [EN, PT, ZH, ES] = CONVERSATIONS_BLIND_60;
const history = (c: typeof EN) => (c ? toMessages(c.turns) : []);

const FAY_ANSWER = fill(P.FAY_TOOL_ANSWER, {
  "{user_request}": "帮我查一下明天上海的天气，要不要带伞",
  "{tool_call_details}": '调用了 weather_query，参数: {"city": "上海", "date": "明天"}\n',
  "{tool_context}": "明天 上海 小雨转阴 14-19℃ 降水概率 70% 东北风3级",
}) + "\n请基于工具结果直接回答，用日常口语，不要说'工具调用'等技术术语。回复简洁，3-5句话即可。" +
  '\n注意：课程中的"封面""目录"等是结构性页面，不是正式章节内容，描述时请区分。';

const NEGATIVES: Negative[] = [
  {
    task: "blind-60",
    source: at("GilbertoSLeite/serverless-chatgpt", {
      path: "services/conversation-openai/domain/entities/create-answer-prompt.ts",
      commit: "c881885989f4be200d08db53a1bf71c86b590690",
    }),
    note: "the RAG answer prompt with search context and the rewritten question, Portuguese",
    body: {
      model: MODEL,
      messages: [usr(fill(P.PT_ANSWER, {
        "${contextCognitiveSearch}":
          "O Contoso Atende permite abrir chamados pelo WhatsApp e pelo site. O prazo de resposta é de até 24 horas úteis.",
        "${product}": "Contoso Atende",
        "${client}": "Contoso",
        "${ultimaFrase.trim()}": "Qual é o prazo de resposta de um chamado aberto pelo WhatsApp?",
      }))],
      temperature: 0,
      max_tokens: 350,
    },
  },
  {
    task: "blind-60",
    source: at("goalieai/goalie.app", {
      path: "app/agent/prompts/casual.md",
      commit: "2f02de81f18d2078119f05e080e63673de641a74",
    }),
    note:
      "casual_node: casual.md and the current user as system message (system_base not reproduced), English",
    body: {
      model: MODEL,
      messages: [
        sys(`${P.GOALIE_CASUAL}\n\n## Current User\nUser's name: Priya\n\nNo active goals or tasks yet.`),
        usr(
          "I keep skipping my evening walks when it gets dark early. Any idea how to keep it going in winter?",
        ),
      ],
    },
  },
  {
    task: "blind-60",
    source: at("tomasleblancu/fizko", {
      path: "backend/app/agents/instructions/general_knowledge/1_system_overview.md",
      commit: "c97538568ebe79fee82598a808e7232ffa68aeab",
    }),
    note: "the general-knowledge agent's overview as system message and a Spanish tax question",
    body: {
      model: MODEL,
      messages: [
        sys(P.FIZKO_GK_OVERVIEW),
        usr("¿Qué diferencia hay entre el IVA débito y el IVA crédito en el F29?"),
      ],
    },
  },
  {
    task: "blind-60",
    source: at("sonitx/agentic-ai-go", {
      path: "ai/general/instruction.go",
      commit: "a9ca0cb3c6c871e7eb708c16c42c964497cef7d9",
    }),
    note: "the GENERAL pipeline's instruction filled with the question, English",
    body: {
      model: MODEL,
      messages: [usr(P.SONITX_GENERAL.replace("%s", () => "Why does bread go stale faster in the fridge?"))],
    },
  },
  {
    task: "blind-60",
    source: at("FilipeDevs/rag_playground", {
      path: "utils/prompts/prompts.py",
      commit: "6127fb094d3c71a763e5314bcd90d7b9c332102a",
    }),
    note: "QUESTION_CONTEXT_TEMPLATE with retrieved chunks and the question, English",
    body: {
      model: MODEL,
      messages: [usr(fill(P.FILIPE_QA, {
        "{context}":
          "Employees may carry over up to five unused vacation days into the next calendar year. Carried-over days expire on 31 March.",
        "{question}": "How many vacation days can I carry over and when do they expire?",
      }))],
    },
  },
  {
    task: "blind-60",
    source: at("AktanKasymaliev/predict-by-symptoms", {
      path: "webapp/chat/chatbot/prompts.py",
      commit: "806eb6f908aab33e3770f7ea1809b7c46590ada9",
    }),
    note: "get_chat_prompt for a symptom message (completion model, sent as one user message), English",
    body: {
      model: MODEL,
      messages: [usr(fill(P.PBS_CHAT, {
        "{chat_history}": "[]",
        "{complain}": "I've had a dry cough and a sore throat for three days",
        "{person}": HEALTH_DATA,
        "{intent}": "symptom",
        "{dataset}": "Common cold: cough, sore throat, runny nose; usually resolves within 7-10 days.",
      }))],
      temperature: 0,
      stream: true,
    },
  },
  {
    task: "blind-60",
    source: at("xszyou/Fay", {
      path: "llm/nlp_cognitive_stream.py",
      commit: "2462bd269e5e46905f23d3841bdcac0d079e5ca0",
    }),
    note: "_auto_reply_after_execution: the reply after a tool ran, Chinese",
    body: {
      model: MODEL,
      messages: [sys(FAY_ANSWER), usr("帮我查一下明天上海的天气，要不要带伞")],
      stream: true,
    },
  },
  {
    task: "blind-60",
    source: at("l15y/wenda", { path: "autos/0-zsk.js", commit: "f577766acebefe2bcb5114c45972950c29bd2526" }),
    note: "the knowledge-base answer prompt with the digests and the question, Chinese",
    body: {
      model: MODEL,
      messages: [
        usr(
          "根据以下资料，用中文回答问题。\n出差前喂养后冷藏，十天内一般无碍。\n回来后连续喂养两三次再使用。\n问题：酸种冷藏十天还能用吗？",
        ),
      ],
    },
  },
  {
    task: "blind-60",
    source: at("Azure/gpt-rag-orchestrator", {
      path: "orc/plugins/Conversation/Answer/skprompt.txt",
      commit: "e2dba5ec4af35d2cca0f4cdee2dfed727936afdc",
    }),
    note: "the Answer function with sources and a conversation summary, English",
    body: {
      model: MODEL,
      messages: [usr(fill(P.GPTRAG_ANSWER, {
        "{{$bot_description}}": P.GPTRAG_BOT,
        "{{$language}}": "English",
        "{{$ask}}": "Which home improvement categories grew fastest last quarter?",
        "{{$conversation_summary}}": "- The user asked about home improvement retail sales in 2023.",
        "{{$sources}}": "[q3_retail.pdf] Paint and outdoor living grew 6% and 4% quarter over quarter.",
      }))],
      max_tokens: 1000,
      temperature: 0,
    },
  },
  {
    task: "blind-60",
    source: at("Azure/gpt-rag-orchestrator", {
      path: "orc/prompts/prompt_samples/spanish/question_answering.rioplatense.prompt",
      commit: "71fee05a131028d5af245c968d084d78dc50dbc5",
    }),
    note: "the Rioplatense system message sample and a Spanish question",
    body: {
      model: MODEL,
      messages: [
        sys(P.GPTRAG_RIOPLATENSE),
        usr("¿Cómo hago para dar de baja una línea de celular a mi nombre?"),
      ],
    },
  },
  {
    task: "blind-60",
    note: "own text: a user asks to summarise the e-mail they wrote, Portuguese, after the chat",
    body: {
      model: MODEL,
      messages: [
        ...history(PT),
        usr(
          "Resume em duas frases esse e-mail que eu escrevi pro síndico: Boa tarde, seu Álvaro. Desde segunda a garagem fica aberta depois das 22h porque o portão não fecha sozinho. Já avisei o porteiro duas vezes. Pode chamar o técnico ainda esta semana?",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-60",
    note: "own text: a user asks for a title for their self-introduction, Chinese",
    body: {
      model: MODEL,
      messages: [
        usr(
          "帮我给这段自我介绍起个标题，不超过十个字：我叫林晓，做了六年烘焙，最近开始在小区里教孩子们做面包。",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-60",
    note: "own chat: a user asks for a recap of this conversation to send to her accountant, Spanish",
    body: {
      model: MODEL,
      messages: [
        ...history(ES),
        usr("¿Me haces un resumen corto de lo que hablamos para mandárselo a mi contadora por WhatsApp?"),
      ],
      stream: true,
    },
  },
  {
    task: "blind-60",
    note: "own notes: a user asks to turn their stand-up notes into three bullets, English, after the chat",
    body: {
      model: MODEL,
      messages: [
        ...history(EN),
        usr(
          "Different thing: summarise my stand-up notes into three bullets. Notes: finished the invoice export, blocked on the VAT rounding bug, pairing with Sam tomorrow on the refund flow.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-60",
    note: "an ordinary follow-up in the Chinese chat",
    body: { model: MODEL, messages: [...history(ZH), usr(ZH?.followUp ?? "")], stream: true },
  },
];

export function buildBlind60Negatives(): Negative[] {
  return NEGATIVES;
}
