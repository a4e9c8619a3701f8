/**
 * Blind round 39: four sample conversations of its own (English, German, Korean, Brazilian Portuguese), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_39: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u("Our allotment committee wants to set up a shared seed library in the tool shed. How should we run it?"),
      a(
        "Keep it simple: one labelled tin per crop family, a notebook where people write what they take and what they bring back, and a rule that anyone who takes seeds returns some from their own harvest in autumn. Store the tins off the floor in a dry corner, since damp kills germination quickly.",
      ),
      u("People worry about cross-pollinated squash seeds. Should we accept those?"),
      a(
        "Accept them but mark them 'surprise squash'. Squash crosses easily between varieties, so saved seeds rarely grow true to type. Beans, peas, lettuce and tomatoes are safer because they mostly self-pollinate.",
      ),
    ],
    followUp: "how many seeds of each kind should one person take at most?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Wir wollen im Stiegenhaus unseres Wohnhauses in Graz eine Bücherbox aufstellen. Brauchen wir dafür die Zustimmung der Hausverwaltung?",
      ),
      a(
        "Ja, das Stiegenhaus ist allgemeiner Teil des Hauses. Holt euch die schriftliche Zustimmung der Hausverwaltung und achtet darauf, dass die Box keinen Fluchtweg verstellt; die Feuerpolizei verlangt eine freie Durchgangsbreite.",
      ),
      u("Und wer haftet, wenn jemand über die Box stolpert?"),
      a(
        "Grundsätzlich der Eigentümer bzw. die Eigentümergemeinschaft, wenn die Box erlaubt aufgestellt wurde. Deshalb solltet ihr sie fest an der Wand montieren und die Haftpflichtversicherung des Hauses informieren.",
      ),
    ],
    followUp: "Welche Maße sollte die Box höchstens haben?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("회사 동호회에서 한강 야간 러닝 모임을 만들려고 해요. 처음에 무엇을 준비해야 할까요?"),
      a(
        "먼저 코스와 거리를 정하세요. 초보자가 많다면 반포에서 잠수교를 왕복하는 5km 코스가 좋습니다. 그리고 반사 조끼나 라이트를 준비하고, 페이스별로 두 그룹으로 나누면 아무도 뒤처지지 않습니다.",
      ),
      u("비가 오면 어떻게 하죠?"),
      a(
        "가벼운 비라면 그대로 진행하되 미끄러운 데크 구간은 피하세요. 폭우나 천둥 예보가 있으면 전날 저녁에 단체방에 취소 공지를 올리는 규칙을 미리 정해 두는 것이 좋습니다.",
      ),
    ],
    followUp: "회비는 얼마 정도 받는 게 적당할까요?",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Quero montar uma horta de temperos na varanda do meu apartamento em Curitiba. Por onde começo?"),
      a(
        "Comece pela luz: veja quantas horas de sol direto a varanda recebe. Manjericão e alecrim precisam de pelo menos quatro horas; salsinha e cebolinha aguentam meia-sombra. Use vasos com furos e uma camada de argila expandida no fundo.",
      ),
      u("E no inverno de Curitiba, as plantas aguentam o frio?"),
      a(
        "Alecrim, tomilho e salsinha aguentam bem. O manjericão sofre abaixo de 10 °C: nas noites de geada, leve o vaso para dentro ou cubra com TNT.",
      ),
    ],
    followUp: "de quanto em quanto tempo devo regar no verão?",
  },
];
