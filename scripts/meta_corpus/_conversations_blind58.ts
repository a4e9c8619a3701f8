/**
 * Blind round 58: four sample conversations of its own (English, French, Chinese, Polish), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_58: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My sourdough starter smells like nail polish remover after three days in the fridge. Is it dead?"),
      a(
        "No, it is hungry. That acetone smell comes from the yeast running out of food and producing ethyl acetate. Discard all but a spoonful, feed it equal weights of flour and water, and leave it on the bench overnight; it should smell sour and yeasty again by morning.",
      ),
      u("Should I switch to rye flour for the feeds?"),
      a(
        "A few rye feeds help a sluggish starter because rye carries more enzymes and wild yeast. You can go back to white flour once it doubles within six hours again.",
      ),
    ],
    followUp: "how long can I leave it in the fridge between feeds?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Notre club de vélo veut organiser une sortie de 80 km dans les Ardennes en octobre. Quels points faut-il prévoir pour la sécurité ?",
      ),
      a(
        "Prévoyez un capitaine de route à l'avant et un serre-file équipé d'une trousse de réparation, un point de regroupement tous les 20 km, des éclairages avant et arrière puisque les journées raccourcissent, et un véhicule d'assistance joignable par téléphone.",
      ),
      u("Faut-il déclarer la sortie à la commune ?"),
      a(
        "Pour une randonnée sans classement ni chronométrage, une déclaration n'est généralement pas obligatoire, mais prévenez les communes traversées si le groupe dépasse une cinquantaine de cyclistes et vérifiez votre assurance en responsabilité civile.",
      ),
    ],
    followUp: "et combien de bénévoles faut-il pour quarante participants ?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家阳台朝北，冬天几乎晒不到太阳，想种点香草，哪些比较容易活？"),
      a(
        "朝北阳台光照弱，建议选薄荷、香芹、细香葱和紫苏，它们耐半阴。罗勒和迷迭香需要充足阳光，不太适合。可以在花盆底部铺陶粒，避免冬天浇水后积水烂根。",
      ),
      u("需要补光灯吗？"),
      a("如果每天直射光不足三小时，可以加一盏全光谱补光灯，每天开八到十小时，离植物二十到三十厘米即可。"),
    ],
    followUp: "薄荷和香芹可以种在同一个盆里吗？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Chcę przejść z arkusza kalkulacyjnego na prostą aplikację do budżetu domowego. Na co zwrócić uwagę przy imporcie danych z banku?"),
      a(
        "Sprawdź, czy bank eksportuje wyciągi w formacie CSV lub MT940, ustaw poprawne kodowanie znaków (często Windows-1250), ujednolić format dat i separator dziesiętny, a przed importem usuń duplikaty transakcji z nakładających się okresów.",
      ),
      u("A jak kategoryzować przelewy na BLIK?"),
      a(
        "Najlepiej tworzyć reguły po nazwie odbiorcy lub numerze telefonu z opisu transakcji; przelewy BLIK na telefon warto oznaczać osobną kategorią i przypisywać ręcznie raz w miesiącu.",
      ),
    ],
    followUp: "czy da się automatycznie rozpoznać stałe opłaty, np. abonament za internet?",
  },
];
