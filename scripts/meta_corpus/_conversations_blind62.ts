/**
 * Blind round 62: four sample conversations of its own (English, Spanish, Korean, Polish), the kind of chat a desktop
 * client, a voice speaker or a messenger bot keeps, so the round's templates are filled with text that neither the
 * project's `_conversations.ts` nor the earlier rounds hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_62: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My 2014 Trek road bike skips gears when I climb. Chain is about 3,000 km old. What should I check first?"),
      a(
        "Measure chain wear first: a checker reading 0.75% or more means the chain is stretched and has likely worn the cassette too. If the chain is fine, look at cable tension — a quarter turn anticlockwise on the rear barrel adjuster often cures skipping under load.",
      ),
      u("Checker drops in at 0.75. So new chain and cassette both?"),
      a(
        "Most likely. Fit the new chain first and test on your usual climb; if it still jumps on the cogs you use most, replace the 10-speed cassette as well.",
      ),
    ],
    followUp: "which chain tool do I need for a 10-speed quick link?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u(
        "Voy a alquilar un piso en Valencia y el casero me pide dos meses de fianza más uno de garantía adicional. ¿Es legal?",
      ),
      a(
        "La fianza legal para vivienda es de una mensualidad y debe depositarse en el organismo autonómico. Las garantías adicionales están permitidas, pero en contratos de vivienda habitual no pueden superar dos mensualidades de renta.",
      ),
      u("¿Y quién paga los honorarios de la inmobiliaria?"),
      a(
        "Desde la Ley de Vivienda de 2023, cuando el arrendador es quien contrata a la agencia, los gastos de gestión inmobiliaria y de formalización del contrato corren a su cargo, no del inquilino.",
      ),
    ],
    followUp: "¿puedo exigir que me devuelvan lo que ya pagué a la agencia?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("김장 김치가 너무 빨리 시어져요. 베란다에 두었는데 온도 때문일까요?"),
      a(
        "네, 온도가 가장 큰 원인입니다. 김치는 0~4도에서 천천히 익어야 하는데, 베란다는 낮에 10도 이상 올라가는 경우가 많아요. 김치냉장고나 일반 냉장고 안쪽으로 옮기시는 걸 추천합니다.",
      ),
      u("소금 양도 영향이 있나요? 이번엔 좀 싱겁게 절였거든요."),
      a(
        "있습니다. 싱겁게 절이면 유산균 발효가 빨라져서 더 빨리 십니다. 다음에는 배추 절임 염도를 2~3% 정도로 맞추고, 국물 간도 조금 더 세게 해 보세요.",
      ),
    ],
    followUp: "이미 신 김치는 어떻게 활용하면 좋을까요?",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Chcę zrobić patent żeglarza jachtowego na Mazurach latem. Ile to trwa i ile kosztuje?"),
      a(
        "Typowy kurs na Mazurach trwa 10–14 dni i kosztuje zwykle od 2500 do 3500 zł z zakwaterowaniem na jachcie. Egzamin składa się z części teoretycznej i praktycznej na wodzie.",
      ),
      u("A czy po kursie mogę od razu czarterować jacht sam?"),
      a(
        "Tak, patent żeglarza jachtowego pozwala prowadzić jachty żaglowe na wodach śródlądowych bez ograniczeń długości, ale armatorzy często pytają o praktykę, więc warto mieć wpisane rejsy.",
      ),
    ],
    followUp: "jakie ubezpieczenie warto wykupić na czarter?",
  },
];
