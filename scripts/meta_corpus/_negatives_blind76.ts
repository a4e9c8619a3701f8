/**
 * Blind round 76 hard negatives: real user turns in the round's clients, sent with each client's ordinary system
 * prompt and history, several asking for a title, a rewrite or a summary of the user's own text.
 */
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind76.ts";
import { at, fill, robotTranscript } from "./_blind76_fill.ts";
import { CONVERSATIONS_BLIND_76 } from "./_conversations_blind76.ts";

const [EN, ES, ZH] = CONVERSATIONS_BLIND_76;
const TASK = "blind-76";
/** `_format_docs` in core/chat_engine.py when retrieval finds nothing. */
const AICS_NOT_FOUND =
  "【未找到】知识库中没有与此问题相关的任何信息。你对此问题的所有细节（人名、价格、课程名、数字等）均不了解，禁止编造任何具体信息，必须回复固定话术。";
const AICS = at("guifangjun/AICS", "core/chat_engine.py");
const ORION = at("mbunchsy/conversational_bot_api", "chatapp/application/create_conversation_use_case.py");
const ORION_SYSTEM = `${P.ORION_SYSTEM}\n\n${fill(P.ORION_LANGUAGE, { LANGUAGE: "es" })}`;
const LPS_SYSTEM =
  "Você é um assistente de conversa modelo gpt-4o-mini, utilizado para conversas com usuários finais, gerando respostas inteligentes, personalizadas e com profundidade.";

const NEGATIVES: Negative[] = [
  {
    task: TASK,
    source: at("Aenima4six2/negotiAItor", "src/server/prompts/refine-message.ts"),
    note: "English, the Refine button on the user's own draft to the rep (refineMessagePrompt + the draft)",
    body: {
      model: MODEL,
      messages: [
        sys(fill(P.NEGO_REFINE, {
          SERVICE: "Xfinity",
          GOAL: "Get my internet bill back to the old promo price",
          BOTTOM: "Cancel if they won't go under 60 a month",
          TONE: "firm but polite",
          CONTEXT: "Customer for six years; the bill jumped by 25 a month when the promotion ended",
        })),
        usr(
          "hi ive been with you for six years and my bill just jumped 25 a month. i want the old price back or i will cancel",
        ),
      ],
      max_tokens: 4096,
      temperature: 0.7,
    },
  },
  {
    task: TASK,
    source: at("PiyushTanay01/ChatBot", "server/src/controllers/chatController.js"),
    note:
      "English, a support chat turn (system text also sent as the first user part) asking to condense the user's own complaint",
    body: {
      model: MODEL,
      messages: [
        sys(P.PT_CHAT),
        usr(P.PT_CHAT),
        ...toMessages(EN?.turns ?? []),
        usr(
          "Before I fill in your return form: can you turn this into one sentence for the 'reason' box? 'The jar came cracked along the base, I noticed it when I unpacked it, and I'd like a new jar rather than my money back.'",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: AICS,
    note: "Chinese, a student's first question to the course-advice bot, nothing retrieved",
    body: {
      model: MODEL,
      messages: [
        sys(fill(P.AICS_SYSTEM, { CONTEXT: AICS_NOT_FOUND })),
        usr("我是护士，今年想考主管护师，基础比较差，你们哪个班型适合我？"),
      ],
    },
  },
  {
    task: TASK,
    source: AICS,
    note: "Chinese, the student asks for a one-line summary of their own leave note",
    body: {
      model: MODEL,
      messages: [
        sys(fill(P.AICS_SYSTEM, { CONTEXT: AICS_NOT_FOUND })),
        usr(
          "帮我把这段话总结成一句话，我要发给带教老师：下周二到周四我要去参加医院的护理技能培训，所以这三天的直播课没法上，我会看回放补上，作业周五前交。",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: ORION,
    note: "Spanish, the next customer question in the Orion support chat",
    body: {
      model: MODEL,
      messages: [sys(ORION_SYSTEM), ...toMessages(ES?.turns ?? []), usr(ES?.followUp ?? "")],
    },
  },
  {
    task: TASK,
    source: ORION,
    note: "Spanish, the customer wants a title for the review they wrote",
    body: {
      model: MODEL,
      messages: [
        sys(ORION_SYSTEM),
        ...toMessages(ES?.turns ?? []),
        usr(
          "Otra cosa: he escrito esta reseña para vuestra web y no sé qué título ponerle. «Las uso tres veces por semana, amortiguan muy bien y después de 200 km la suela sigue como nueva.» ¿Me propones uno corto?",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: ORION,
    note: "Japanese, the customer asks to shorten their own return reason",
    body: {
      model: MODEL,
      messages: [
        sys(ORION_SYSTEM),
        usr(
          "返品フォームに書く理由を一文に要約してください：「届いたジャケットの袖が写真より短く、肩幅もきつかったため、ワンサイズ上に交換したいです。」",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: at("chichiqiqi/AI-customer-robot", "backend/src/services/ai_engine.py"),
    note: "Chinese, the customer's next question answered without a knowledge-base hit (NO_CONTEXT_PROMPT)",
    body: {
      model: MODEL,
      messages: [
        sys("你是一个专业、友好的智能客服助手。"),
        usr(fill(P.CQ_NO_CONTEXT, { HISTORY: robotTranscript(ZH?.turns ?? []), QUERY: ZH?.followUp ?? "" })),
      ],
      temperature: 0.7,
      max_tokens: 2048,
    },
  },
  {
    task: TASK,
    source: at("lpsgabriel/chat-desafio-super-agentes", "src/utils/getAIResponse.ts"),
    note: "Portuguese, the user asks for a title for their own blog paragraph",
    body: {
      model: MODEL,
      messages: [
        sys(LPS_SYSTEM),
        usr(
          'Escrevi este parágrafo para o blog da minha padaria: "Desde 1987 a nossa massa-mãe descansa 48 horas antes de ir ao forno a lenha, e é isso que dá ao pão a casca estaladiça." Me sugere um título curto?',
        ),
      ],
    },
  },
  {
    task: TASK,
    source: at("RocketChat/Apps.Chat.Summarize", "app/constants/prompts.ts"),
    note: "English, `/chat-summary help <question>`: the help prompt with the FAQ and the user's question",
    body: {
      model: MODEL,
      messages: [
        sys(fill(P.RC_HELP, {
          FREQUENTLYASKEDQUESTIONS: P.RC_FAQ,
          USERQUESTION:
            "How do I point the summarizer at our own Ollama server, and does it need an API key?",
        })),
      ],
      temperature: 0,
    },
  },
];

export function buildBlind76Negatives(): Negative[] {
  return NEGATIVES;
}
