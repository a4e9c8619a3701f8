/**
 * Blind round 34 hard negatives: ordinary turns of the round's clients as they send them (code-assistant's turn with
 * its session-naming reminder, flavIA's turn after a compaction, GAIA's turn with retrieved notes, Hive's next node
 * reading a hand-off), and users of these clients asking for a title, summary or follow-up questions of their own
 * text, in English, French, Spanish, Portuguese, Chinese, Korean and Indonesian.
 */
import { CONVERSATIONS_BLIND_34 as C } from "./_conversations_blind34.ts";
import { asst, MODEL, type Source, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import type { Conversation, Turn } from "./_conversations.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind34.ts";
import { fill, SRC } from "./_blind34_fill.ts";

const neg = (
  source: Source,
  { note, messages, stream = true }: { note: string; messages: WireMessage[]; stream?: boolean },
): Negative => ({
  task: "blind-34",
  source,
  note,
  body: { model: MODEL, messages, stream },
});

/** code-assistant appends its reminder as a second text block of the last real user message (joined here). */
const withReminder = (turns: Turn[]) => {
  const messages = toMessages(turns);
  const last = messages.at(-1)?.content ?? "";
  return [...messages.slice(0, -1), usr(`${last}\n${P.CODE_ASSISTANT_REMINDER}`)];
};

const [EN, FR] = C as [Conversation, Conversation, Conversation, Conversation];

/** flavIA's history after compact_conversation: the summary turn, the canned answer, then the new question. */
const afterCompaction = (summary: string, question: string) => [
  usr(`[Conversation summary from compaction]: ${summary}`),
  asst("Understood, I have the context from our previous conversation. How can I continue helping you?"),
  usr(question),
];

const notes = (items: Array<[string, string]>) =>
  items.map(([title, content]) => `- Title: ${title}\n  Content: ${content}\n`).join("\n");

const hiveInput = (summary: string) =>
  `--- CONTEXT FROM: research (4 turns, ~1850 tokens) ---\n\nSUMMARY:\n${summary}\n\n--- END CONTEXT ---`;

export function buildBlind34Negatives(): Negative[] {
  return [
    neg(SRC.codeAssistantName, {
      note: "main turn with the name_session reminder appended (English)",
      messages: withReminder(EN.turns),
    }),
    neg(SRC.codeAssistantName, {
      note: "main turn with the name_session reminder appended (French)",
      messages: withReminder([...FR.turns, { role: "user", content: FR.followUp }]),
    }),
    neg(SRC.flavia, {
      note: "turn after a compaction, flavIA's profile system prompt not reproduced (English)",
      messages: afterCompaction(
        "The user keeps an allotment; the water butt overflows onto the onion bed. Suggested a diverter kit or an overflow hose to a soakaway, and mounding the onion rows.",
        "The shed gutter just drips off one corner with no downpipe. Can I still fit a diverter?",
      ),
    }),
    neg(SRC.flavia, {
      note: "turn after a compaction (Korean)",
      messages: afterCompaction(
        "사용자는 다음 달 제주도 자전거 일주를 계획 중. 초보자 기준 하루 60km, 4일 일정 제안함.",
        "제주 공항 근처에서 자전거를 빌리고 반납은 다른 곳에서 할 수 있을까요?",
      ),
    }),
    neg(SRC.gaiaConvo, {
      note: "NOTES_PROMPT turn: the user asks for a title of their own draft (English)",
      messages: [
        usr(fill(P.GAIA_NOTES, {
          notes: notes([["Allotment", "Plot 14, water butt by the shed"]]),
          message:
            "Give my newsletter piece a title: 'After three wet weekends the plot holders voted to share one big water tank, split the cost of a pump, and finally fix the shed gutter.'",
        })),
      ],
    }),
    neg(SRC.gaiaConvo, {
      note: "NOTES_PROMPT turn: the user asks to summarize their own text (Indonesian)",
      messages: [
        usr(fill(P.GAIA_NOTES, {
          notes: notes([["Usaha kue", "Nastar dan kastengel, harga per toples"]]),
          message:
            "Ringkas catatan saya ini jadi tiga poin: bahan naik 20 persen, pesanan Lebaran sudah 40 toples, kurir langganan minta tarif baru mulai minggu depan.",
        })),
      ],
    }),
    neg(SRC.gaiaFollowUp, {
      note: "ordinary turn with history: follow-up questions for the user's own interview draft (French)",
      messages: [
        ...toMessages(FR.turns),
        usr(
          "Voici mon brouillon de présentation pour l'oral : « Je travaille à Gand depuis deux ans dans la logistique et j'apprends le néerlandais pour parler avec mes collègues. » Propose-moi trois questions que l'examinateur pourrait me poser ensuite.",
        ),
      ],
    }),
    neg(SRC.hive, {
      note: "the next node's input carrying a hand-off summary, with its task",
      messages: [
        sys("You are the writer node. Turn the research into a short answer for the user."),
        usr(
          `${
            hiveInput(
              "Jeju's cycle path is about 234 km; beginners should plan four days at 60 km a day and ride the windy west side in the morning.",
            )
          }\n\nWrite the day-by-day plan.`,
        ),
      ],
    }),
    neg(SRC.zukus, {
      note: "Cursor chat: the user asks to summarize their own README section (Spanish)",
      messages: [
        usr(
          "Resume en dos frases esta sección que escribí para el README: «El módulo de fichas calcula las tiradas de salvación a partir de los atributos base, aplica los modificadores de raza y clase, y guarda el historial de cambios para poder deshacerlos.»",
        ),
      ],
    }),
    neg(SRC.echodent, {
      note: "Copilot chat: the user asks for a title of their own commit text (Portuguese)",
      messages: [
        usr(
          "Sugira um título curto para este texto do meu commit: 'Corrige o cálculo do odontograma quando o paciente tem dentes decíduos e permanentes ao mesmo tempo e adiciona testes.'",
        ),
      ],
    }),
    neg(SRC.claw, {
      note: "chat turn: the user asks to compress their own meeting notes (Chinese)",
      messages: [
        usr(
          "帮我把这段会议记录压缩成三句话：周一确认了新版本的发布时间定在月底，测试组需要再加两名同事，市场部希望提前一周拿到宣传素材。",
        ),
      ],
    }),
    neg(SRC.flavia, {
      note: "CLI turn: the user asks for a title of their own essay paragraph (Korean)",
      messages: [
        usr(
          "제가 쓴 글의 제목을 지어 주세요: '처음으로 혼자 제주도를 자전거로 돌면서, 바람이 얼마나 큰 변수인지 그리고 천천히 가는 것이 얼마나 좋은지 배웠다.'",
        ),
      ],
      stream: false,
    }),
  ];
}
