/**
 * Blind round 44: four sample conversations of its own (English, Mexican Spanish, Korean, Italian), questions a
 * knowledge-base or search assistant gets, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_44: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("A pipe burst under our kitchen sink last night. Does my home and contents policy cover the water damage?"),
      a(
        "Under the policy wording, sudden and accidental escape of water is covered, including damage to the cabinets and walls. Gradual leaks and the cost of fixing the pipe itself are excluded. Lodge the claim within 30 days and keep photos of the damage before anything is thrown away.",
      ),
      u("The plumber says the vinyl floor will have to come up. Is that part of the same claim?"),
      a(
        "Yes, flooring damaged by the same event is part of the same claim, and one excess applies. The insurer may send an assessor before the floor is lifted, so ask the plumber for a written report first.",
      ),
    ],
    followUp: "how long does it usually take them to pay it out?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("¿Qué necesito para renovar mi licencia de conducir en Guadalajara si ya se me venció?"),
      a(
        "Según la guía de trámites del estado de Jalisco, si la licencia venció hace menos de un año basta con presentar identificación oficial, comprobante de domicilio reciente y la licencia vencida. Si pasó más de un año, tienes que volver a hacer el examen teórico.",
      ),
      u("Se me venció hace ocho meses. ¿Tengo que sacar cita?"),
      a(
        "Sí, la cita se agenda en línea en el portal de la Secretaría de Transporte. Con ocho meses de vencimiento no necesitas examen, solo el pago de derechos y la toma de fotografía el día de la cita.",
      ),
    ],
    followUp: "¿y cuánto cuesta ese pago?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("우리 회사 재택근무 규정에서 주 몇 회까지 재택이 가능한지 알려줘."),
      a(
        "사내 근무 규정 제12조에 따르면 정규직은 주 2회까지 재택근무를 할 수 있습니다. 수습 기간 중인 직원은 팀장 승인이 있는 경우에만 가능합니다.",
      ),
      u("수습 끝난 지 한 달 됐는데 그럼 나도 바로 쓸 수 있어?"),
      a(
        "네, 수습이 끝났다면 정규직 기준이 적용됩니다. 다만 재택 요일은 전주 금요일까지 근태 시스템에 등록해야 합니다.",
      ),
    ],
    followUp: "그거 등록하는 메뉴가 어디에 있어?",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u("Posso detrarre la sostituzione della caldaia con una a condensazione nella dichiarazione dei redditi?"),
      a(
        "Sì: secondo la guida dell'Agenzia delle Entrate la sostituzione con una caldaia a condensazione di classe A rientra nell'ecobonus, con una detrazione del 50% ripartita in dieci rate annuali. Serve la comunicazione all'ENEA entro 90 giorni dalla fine dei lavori.",
      ),
      u("L'idraulico ha finito il 3 marzo. Chi la manda, la comunicazione?"),
      a(
        "Può inviarla lei stesso sul portale ENEA oppure delegare l'installatore o un tecnico. Il termine di 90 giorni decorre dal collaudo, quindi nel suo caso scade all'inizio di giugno.",
      ),
    ],
    followUp: "e per il pagamento va bene anche un bonifico normale?",
  },
];
