/**
 * Blind round 77: four sample conversations of its own (English, French, Japanese, Polish), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_77: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "I'm restoring a 1970s wooden sailing dinghy. The plywood on the transom is soft near the drain plug. Can I just fill it with epoxy?",
      ),
      a(
        "Only if the rot is shallow. Probe it with an awl: if the soft patch is under a thumbnail deep, dig out the punky wood, dry it for a week, soak the area with thin penetrating epoxy and then fill with epoxy thickened with wood flour. If the awl sinks deeper or the veneer delaminates, cut out that section and scarf in a new piece of marine ply.",
      ),
      u("The awl goes in about a centimetre. How long should the scarf joint be for 9 mm ply?"),
      a(
        "A scarf ratio of 8:1 is standard for plywood, so plan on roughly 72 mm of taper on each piece. Plane the bevel with a block plane against a straight batten, glue with thickened epoxy and clamp lightly so you do not squeeze the joint dry.",
      ),
    ],
    followUp: "should I glass over the repair on the outside as well?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Mon frère de 82 ans vient de perdre sa femme et il veut rester seul dans sa maison à Namur. Quelles aides existent pour qu'il puisse continuer à vivre chez lui ?",
      ),
      a(
        "En Wallonie, il peut demander une aide familiale via un service d'aide aux familles et aux aînés agréé : une personne vient l'aider pour les courses, le ménage et les repas, avec une participation calculée selon ses revenus. La mutualité propose aussi la télévigilance, un bracelet d'appel relié à une centrale.",
      ),
      u("Et pour les repas, il ne cuisine pas du tout. Il y a une solution ?"),
      a(
        "Oui, la plupart des CPAS organisent un service de repas chauds livrés à domicile, souvent cinq jours par semaine, pour quelques euros le repas. Appelez le CPAS de Namur pour l'inscription ; ils peuvent aussi évaluer s'il a droit à l'allocation pour l'aide aux personnes âgées.",
      ),
    ],
    followUp: "est-ce que la mutualité rembourse une partie de la télévigilance ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("町内会で防災用の備蓄倉庫を管理することになりました。まず何をそろえればいいですか？"),
      a(
        "まずは水（1人1日3リットルを目安に3日分）、保存食、簡易トイレ、毛布、懐中電灯と予備の電池をそろえましょう。倉庫には品目と賞味期限を書いた一覧表を貼り、年に一度、防災訓練の日に中身を点検すると管理しやすくなります。",
      ),
      u("賞味期限が近づいた保存食はどうすればいいですか？"),
      a(
        "期限の半年ほど前に入れ替え、古いものは訓練の炊き出しで使ったり、町内の家庭に配ったりするのが一般的です。フードバンクに寄付する場合は、期限まで1か月以上残っている必要があることが多いので、早めに連絡してください。",
      ),
    ],
    followUp: "発電機も置いたほうがいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Chcę założyć w ogrodzie w Poznaniu mały staw dla płazów. Jak głęboki powinien być, żeby żaby przezimowały?",
      ),
      a(
        "Przynajmniej w jednym miejscu staw powinien mieć 80–100 cm głębokości, bo w Wielkopolsce woda rzadko zamarza głębiej niż na 40–50 cm. Brzegi zrób łagodne i płytkie, żeby płazy mogły łatwo wychodzić, i nie wpuszczaj ryb, bo zjadają skrzek.",
      ),
      u("A czy muszę mieć pompę albo filtr?"),
      a(
        "Nie, w stawie dla płazów lepiej ich nie mieć. Wystarczą rośliny natleniające, takie jak rogatek czy moczarka, oraz trochę roślin pływających, które zacieniają wodę. Wodę dolewaj deszczówką, a nie z kranu, żeby nie nawozić glonów.",
      ),
    ],
    followUp: "kiedy najlepiej posadzić rośliny w nowym stawie?",
  },
];
