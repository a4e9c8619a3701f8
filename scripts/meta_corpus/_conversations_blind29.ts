/**
 * Blind round 29: four sample conversations of its own (English, Spanish, Chinese, Polish), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_29: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("Our book club wants to switch from monthly meetings to every six weeks. How do I tell the group without it sounding like I'm losing interest?"),
      a(
        "Frame it around the books, not your schedule: say that longer novels keep getting half-read and six weeks would let everyone finish. Offer it as a trial for two cycles and ask for a quick thumbs-up poll in the group chat, so the decision belongs to everyone.",
      ),
      u("Good idea. Should I also suggest we rotate who picks the book?"),
    ],
    followUp: "how do we pick a book if nobody volunteers?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("Mi perra de 9 años empezó a tomar mucha más agua de lo normal y orina dentro de la casa. ¿Debo preocuparme?"),
      a(
        "Sí, conviene llevarla al veterinario pronto. Beber y orinar de más en una perra mayor puede deberse a diabetes, una infección urinaria, problemas renales o síndrome de Cushing. Mide cuánta agua toma en 24 horas y, si puedes, lleva una muestra de orina de la mañana a la consulta.",
      ),
      u("¿Cómo recojo la muestra de orina sin que se asuste?"),
      a(
        "Usa un recipiente plano y limpio, como una tapa de plástico, y deslízalo bajo ella cuando empiece a orinar durante el paseo. Guárdala en el refrigerador y llévala en menos de 12 horas.",
      ),
    ],
    followUp: "¿qué análisis de sangre le van a pedir?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我们公司年会要组织一个20人左右的桌游环节，有没有适合新手、一局半小时以内的推荐？"),
      a(
        "可以考虑《行动代号》（分两队，适合多人）、《只言片语》（讲故事猜图，气氛轻松）和《谁是卧底》（不需要道具）。20人可以分成3到4桌同时进行，每桌安排一位熟悉规则的同事当主持。",
      ),
      u("预算只有500块，这几款都要买吗？"),
    ],
    followUp: "有没有可以用手机玩的替代方案？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Wynajmuję mieszkanie i właściciel chce podnieść czynsz o 20% od przyszłego miesiąca. Czy może to zrobić tak szybko?"),
      a(
        "Nie. Przy umowie na czas nieokreślony podwyżkę czynszu trzeba wypowiedzieć z co najmniej trzymiesięcznym wyprzedzeniem, na koniec miesiąca kalendarzowego, na piśmie. Jeśli podwyżka przekracza 3% wartości odtworzeniowej lokalu rocznie, możesz zażądać pisemnego uzasadnienia.",
      ),
      u("Umowę mamy na czas określony do końca roku. Czy to coś zmienia?"),
    ],
    followUp: "czy mogę zakwestionować podwyżkę w sądzie?",
  },
];
