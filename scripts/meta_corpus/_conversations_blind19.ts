/**
 * Blind round 19: four sample conversations of its own (English, Spanish, Korean, Polish), so the round's templates
 * are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_19: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("Our team's shared calendar shows every meeting an hour late since the clocks changed. Only on the phones."),
      a(
        "That usually means the phones have a fixed time zone set instead of automatic. Check Settings > General > Date & Time on each phone and turn 'Set Automatically' on; the calendar app also has its own time zone override that should be off.",
      ),
      u("Time zone override was on for two of them. Anything else?"),
    ],
    followUp: "and will the old invites fix themselves?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u("Tengo un limonero en maceta en el balcón y las hojas nuevas salen amarillas con las nervaduras verdes."),
      a(
        "Eso suele ser clorosis férrica: la planta no absorbe hierro, casi siempre porque el sustrato está demasiado alcalino o encharcado. Riega con agua de lluvia si puedes, revisa que la maceta drene bien y aplica un quelato de hierro siguiendo la dosis del envase.",
      ),
      u("¿Cada cuánto le pongo el quelato?"),
      a(
        "En general una vez al mes durante la primavera y el verano, y nada en invierno. Si en tres o cuatro semanas las hojas nuevas salen verdes, vas bien.",
      ),
    ],
    followUp: "¿y puedo usar abono de cítricos al mismo tiempo?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("전세 계약 만료 두 달 전인데 집주인이 연락이 안 돼요. 보증금을 돌려받으려면 뭘 해야 하나요?"),
      a(
        "먼저 계약 갱신 거절 의사를 내용증명으로 보내 기록을 남기세요. 만기 후에도 보증금을 받지 못하면 이사 전에 임차권등기명령을 신청해야 대항력과 우선변제권이 유지됩니다.",
      ),
      u("임차권등기명령은 어디에 신청해요?"),
    ],
    followUp: "비용은 얼마나 들어요?",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Chcę przejechać z Warszawy do Zakopanego rowerem w cztery dni. Czy to realne dla kogoś, kto jeździ 50 km w weekend?"),
      a(
        "To około 420 km, więc ponad 100 km dziennie, a ostatni odcinek za Krakowem jest mocno pod górę. Przy twojej formie bezpieczniej rozłożyć to na sześć dni albo skrócić trasę, dojeżdżając pociągiem do Krakowa.",
      ),
      u("A jak pojadę pociągiem do Krakowa, to ile zostaje?"),
      a("Z Krakowa do Zakopanego to około 110 km, z czego ostatnie 40 km to ciągłe podjazdy. Dwa dni wystarczą."),
    ],
    followUp: "a gdzie przenocować po drodze?",
  },
];
