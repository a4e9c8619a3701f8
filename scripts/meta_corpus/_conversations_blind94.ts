/**
 * Blind round 94: four sample conversations of its own (English, French, Japanese, Polish), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_94: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My grandmother's sourdough starter smells like nail polish remover after a week in the fridge. Is it ruined?"),
      a(
        "Not at all. That acetone smell means the yeast ran out of food and produced hooch. Pour off the grey liquid, discard all but a spoonful, and feed it equal weights of flour and water twice a day for two or three days at room temperature.",
      ),
      u("Can I switch it to rye flour while I revive it?"),
      a(
        "Yes, rye actually speeds up the recovery because it carries more wild yeast and enzymes. Expect it to rise faster and smell a little sourer; you can go back to white flour once it doubles reliably within six hours.",
      ),
    ],
    followUp: "how long can I leave it unfed once it's healthy again?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Je veux installer un petit potager sur mon balcon à Liège, orienté nord. Quels légumes ont une chance de pousser ?",
      ),
      a(
        "Un balcon au nord reçoit surtout de la lumière indirecte : misez sur les salades à couper, la roquette, les épinards, la ciboulette et la menthe. Oubliez les tomates et les poivrons, qui réclament au moins six heures de soleil direct.",
      ),
      u("Et pour l'arrosage quand je pars deux semaines en août ?"),
      a(
        "Installez des bacs à réserve d'eau ou des cônes d'arrosage en terre cuite reliés à une bouteille. Regroupez les pots à l'abri du vent et paillez la surface avec du chanvre pour limiter l'évaporation.",
      ),
    ],
    followUp: "est-ce que les fraises supporteraient aussi l'ombre ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、祖父の米寿のお祝いを実家でやります。家族12人で、予算は一人3000円くらいです。何を用意すればいいですか？"),
      a(
        "米寿のテーマカラーは金色（黄色）なので、金色のちゃんちゃんこや黄色い花束が定番です。料理は仕出しのお寿司と煮物を中心にし、お祖父様が食べやすい柔らかい品を一品加えると喜ばれます。",
      ),
      u("お祝いのメッセージはどんな言葉がいいでしょう？"),
      a(
        "「米寿おめでとうございます。これからも元気で、私たちに昔話を聞かせてください」のように、感謝と長寿を願う言葉を入れると温かい印象になります。孫たちの寄せ書きにするのもおすすめです。",
      ),
    ],
    followUp: "写真撮影のタイミングはいつがいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Kupiłem stary rower szosowy z lat osiemdziesiątych. Łańcuch jest zardzewiały. Czy warto go czyścić, czy od razu wymienić?"),
      a(
        "Jeśli rdza jest tylko powierzchowna, wyczyść łańcuch odtłuszczaczem i szczotką, a potem sprawdź jego rozciągnięcie miarką. Powyżej 0,75 procent wydłużenia lepiej go wymienić, bo zniszczy zębatki.",
      ),
      u("A jaki łańcuch pasuje do sześciobiegowej kasety?"),
      a(
        "Do napędu 6-rzędowego pasuje każdy łańcuch 6/7/8-rzędowy o szerokości 3/32 cala, na przykład Shimano HG40 albo KMC Z8.3. Pamiętaj o dopasowaniu długości do przerzutki.",
      ),
    ],
    followUp: "czy mogę użyć spinki zamiast skuwacza?",
  },
];
