/**
 * Blind round 56 hard negatives: the same clients' ordinary answer turns as they send them (An Khang's RAG answer
 * prompt, IntegrAI's WhatsApp system prompt carrying the running summary, Jarvis' history with its injected summary,
 * RAGLab's answer system prompt) with a person's real question, and people asking for a summary or a title of their
 * own text in the round's languages.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_56 } from "./_conversations_blind56.ts";
import { asst, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind56.ts";
import { MEDBOT_QNA, RAGLAB_ANSWER_SYSTEM } from "./_prompts_blind56_rag.ts";
import { src } from "./_sources_blind56.ts";
import { writerNegative } from "./_blind56_agents.ts";

const conv = (i: number): Conversation => {
  const conversation = CONVERSATIONS_BLIND_56[i];
  if (!conversation) throw new Error(`no sample conversation ${i}`);
  return conversation;
};
const [EN, DE, ZH, PT] = [conv(0), conv(1), conv(2), conv(3)];
const TASK = "blind-56";

export function buildBlind56Negatives(): Negative[] {
  return [
    {
      task: TASK,
      source: src("ANKHANG", "src/prompts/rag_prompts.py"),
      note:
        "RESPONSE_PROMPT, the shop bot's ordinary RAG answer turn, with a customer's question (Vietnamese)",
      body: {
        model: MODEL,
        messages: [
          usr(P.VN_RESPONSE(
            "Laptop Lenovo IdeaPad Slim 5 bên mình bảo hành bao lâu vậy em?",
            "Lenovo IdeaPad Slim 5 14IAH8: CPU Intel Core i5-12450H, RAM 16GB, SSD 512GB. Bảo hành chính hãng 24 tháng.",
          )),
        ],
      },
    },
    {
      task: TASK,
      source: src("INTEGRAI", "app/services/chatbot/chatbot.py"),
      note:
        "get_llm_response's system prompt with the running summary as context, then the user's next message",
      body: {
        model: MODEL,
        messages: [
          sys(P.INTEGRAI_SYSTEM(
            "O usuário está treinando para a primeira meia maratona em Curitiba e corre hoje 8 km a 6:30/km.",
          )),
          usr(PT.followUp),
        ],
        temperature: 0.6,
        max_tokens: 2048,
        stream: false,
      },
    },
    {
      task: TASK,
      source: src("NEURO", "src/services/orchestrator/src/services/ConversationMemory.ts"),
      note:
        "formatForOpenAI: the stored summary as a user/assistant pair, the recent turns, then the next question (German); the CRM's own system prompt not read",
      body: {
        model: MODEL,
        messages: [
          usr(
            "[Zusammenfassung des bisherigen Gesprächs: User zieht Ende März aus der Wohnung in Winterthur aus und fragt nach der Wohnungsabgabe.]",
          ),
          asst("Verstanden, ich erinnere mich an den Kontext."),
          ...toMessages(DE.turns),
          usr(DE.followUp),
        ],
      },
    },
    {
      task: TASK,
      source: src("RAGLAB", "src/prompts.py"),
      note:
        "GENERATION_SYSTEM_PROMPT with a reader's question (the user message wrapper with sources reconstructed)",
      body: {
        model: MODEL,
        messages: [
          sys(RAGLAB_ANSWER_SYSTEM),
          usr(
            "Why does chronic stress make it harder to remember things?\n\n[1] Sapolsky, Behave, ch. 4: Glucocorticoids in excess impair hippocampal function...",
          ),
        ],
      },
    },
    writerNegative(EN),
    {
      task: TASK,
      source: src("MEDBOT_QNA", "src/prompts/qna.py"),
      note:
        "qna_prompt: system with the retrieved documents (str() of the Document list, as the chain passes it), the history ending with the message, then the message (ordinary answer turn)",
      body: {
        model: MODEL,
        messages: [
          sys(MEDBOT_QNA(
            "[Document(metadata={'page': 412.0}, page_content='Influenza: sudden onset of fever, chills, headache, myalgia and dry cough. Rest and fluids are recommended.')]",
          )),
          usr(
            "I've had a fever of 38.5 and a dry cough since yesterday, my whole body aches. What could it be?",
          ),
          usr(
            "I've had a fever of 38.5 and a dry cough since yesterday, my whole body aches. What could it be?",
          ),
        ],
      },
    },
    {
      task: TASK,
      note: "an agent user pasting their own PR description and asking for a two-line summary (English)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(EN.turns),
          usr(
            "Here's my PR description, can you squeeze it into a two-line summary for the changelog?\n\nThis PR adds fetch-retries=5 and fetch-retry-mintimeout=20000 to .npmrc, switches the Actions cache from node_modules to ~/.npm keyed on package-lock.json, and removes the manual re-run step from the nightly workflow.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      note: "a user asking for a title for their own flat listing (German)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Gib mir einen kurzen Titel für mein Nachmieter-Inserat: Helle 2.5-Zimmer-Wohnung in Winterthur-Veltheim, 62 m², Balkon, ab 1. April, 1'640.– inkl. NK, 5 Minuten zum Bahnhof.",
          ),
        ],
      },
    },
    {
      task: TASK,
      note: "a user asking the assistant to summarise their own complaint text before sending it (Chinese)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(ZH.turns),
          usr(
            "帮我把下面这段话总结成三句话，我要发给京东客服：我11月12日买的电饭煲，用了不到四个月内胆涂层就开始一片片脱落，煮饭时米粒粘在上面，我一直用的是自带的木饭勺，没有用钢丝球刷过，说明书写内胆保修六个月，希望能换一个新的内胆。",
          ),
        ],
      },
    },
    {
      task: TASK,
      note: "a runner asking to summarise their own training notes (Portuguese)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Resume minhas anotações da semana em tópicos curtos: seg 5 km leve 6:50; qua 6 km com 4 tiros de 400 m; sex descanso, panturrilha esquerda dolorida; dom longão 12 km a 7:10, terminei bem mas com sede.",
          ),
        ],
      },
    },
  ];
}
