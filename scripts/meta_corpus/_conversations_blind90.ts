/**
 * Blind round 90: four sample conversations of its own (English, French, Japanese, Polish), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_90: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My sourdough starter smells like nail polish remover after three days in the fridge. Is it dead?"),
      a(
        "It is not dead, just hungry. That acetone smell comes from the yeast and bacteria running out of food and producing ethyl acetate. Discard all but a spoonful, feed it equal weights of flour and water, and keep it at room temperature for a day.",
      ),
      u("How many feedings before I can bake with it again?"),
      a(
        "Usually two or three feedings twelve hours apart. Bake once it reliably doubles within four to six hours and smells tangy rather than sharp.",
      ),
    ],
    followUp: "can I use rye flour for the feedings instead of white flour?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Je veux apprendre la guitare à 52 ans. Par quoi commencer pour ne pas abandonner au bout d'un mois ?"),
      a(
        "Commencez par dix minutes par jour plutôt qu'une heure le week-end. Apprenez d'abord quatre accords ouverts (sol, ré, mi mineur, do) : ils suffisent pour des centaines de chansons. Choisissez une chanson que vous aimez et visez-la comme premier objectif.",
      ),
      u("Et pour la douleur au bout des doigts ?"),
      a(
        "C'est normal les deux premières semaines. Jouez souvent mais peu longtemps, gardez des cordes fines et baissez l'action de la guitare chez un luthier si elle est trop haute. Les callosités se forment en quinze jours environ.",
      ),
    ],
    followUp: "une guitare classique ou folk pour débuter, laquelle conseillez-vous ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("ベランダでミニトマトを育てています。葉が下の方から黄色くなってきたのですが、原因は何でしょうか？"),
      a(
        "下葉から黄色くなる場合、多くは窒素不足か水のやりすぎです。土が常に湿っているなら水やりを控え、乾いてからたっぷり与えてください。実がつき始めた時期なら、二週間に一度の追肥も効果的です。",
      ),
      u("黄色くなった葉は取ったほうがいいですか？"),
      a(
        "はい、完全に黄色くなった葉は清潔なハサミで取り除いてください。風通しが良くなり、病気の予防にもなります。ただし一度に大量に取ると株が弱るので、数枚ずつにしましょう。",
      ),
    ],
    followUp: "追肥にはどんな肥料を使えばいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Planuję trzydniową wędrówkę po Bieszczadach we wrześniu. Co koniecznie zabrać?"),
      a(
        "Warstwowe ubranie, bo noce we wrześniu bywają chłodne, kurtkę przeciwdeszczową, buty z dobrą podeszwą i mapę papierową, bo zasięg w górach jest słaby. Zabierz też gotówkę: nie wszystkie schroniska przyjmują karty.",
      ),
      u("Czy muszę rezerwować noclegi w schroniskach?"),
      a(
        "We wrześniu w tygodniu zwykle są wolne miejsca, ale w weekendy warto zadzwonić kilka dni wcześniej. Pamiętaj, że w Bieszczadzkim Parku Narodowym nie wolno biwakować poza wyznaczonymi miejscami.",
      ),
    ],
    followUp: "czy na szlakach można spotkać niedźwiedzie i jak się wtedy zachować?",
  },
];
