/**
 * Blind round 25: four sample conversations of its own (English, Spanish, Korean, Polish), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_25: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("Our sourdough starter smells like nail polish remover after two days in the fridge. Is it ruined?"),
      a(
        "No, that acetone smell means the yeast has run out of food and is producing more acetic and ethyl compounds. Pour off the grey liquid on top, discard all but a tablespoon, and feed it with equal weights of flour and lukewarm water. After two or three feeds at room temperature it should smell tangy and yeasty again.",
      ),
      u("It doubled after the second feed. Can I bake with it tomorrow morning?"),
    ],
    followUp: "should I use rye flour for the next feed?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u("Me llegó una multa por exceso de velocidad de una ruta en la que no estuve ese día. ¿Qué puedo hacer?"),
      a(
        "Podés presentar un descargo ante el juzgado de faltas que figura en el acta, dentro del plazo indicado (suele ser de 10 a 15 días hábiles). Adjuntá pruebas de dónde estabas: tickets, registros del GPS del celular o el resumen de la tarjeta. Pedí también la foto del radar para verificar la patente.",
      ),
    ],
    followUp: "¿y si la foto muestra una patente parecida a la mía?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("전세 계약이 두 달 남았는데 집주인이 연락을 안 받아요. 보증금은 어떻게 지키죠?"),
      a(
        "먼저 계약 만료 6개월에서 2개월 전 사이에 갱신 거절이나 조건 변경 의사를 내용증명으로 보내 두세요. 만료 후에도 보증금을 못 받으면 이사 전에 법원에 임차권등기명령을 신청해야 대항력과 우선변제권이 유지됩니다.",
      ),
      u("내용증명은 우체국에서 바로 보낼 수 있나요?"),
      a("네, 같은 내용의 문서 세 부를 가져가면 우체국에서 한 부는 보관하고 한 부는 발송, 한 부는 돌려줍니다. 인터넷우체국에서도 보낼 수 있어요."),
    ],
    followUp: "임차권등기명령 신청 비용은 얼마나 들어요?",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Syn dostał w szkole uwagę za telefon na przerwie, a statut tego nie zabrania. Czy szkoła może tak zrobić?"),
      a(
        "Szkoła może ograniczać korzystanie z telefonów tylko na podstawie zasad zapisanych w statucie. Jeśli statut nie zakazuje używania telefonu na przerwie, możecie złożyć pisemne zastrzeżenie do wychowawcy albo dyrektora i poprosić o wskazanie przepisu, na którym oparto uwagę.",
      ),
    ],
    followUp: "a do kogo się odwołać, jeśli dyrektor odmówi?",
  },
];
