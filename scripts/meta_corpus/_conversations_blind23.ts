/**
 * Blind round 23: four sample conversations of its own (English, German, Chinese, Turkish), so the round's templates
 * are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_23: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("My sourdough starter smells like nail polish remover this morning. Is it ruined?"),
      a(
        "No, that sharp acetone smell means the yeast and bacteria are hungry: they have eaten through the flour and started producing different by-products. Discard all but a couple of spoonfuls, feed it equal weights of flour and water, and keep it somewhere around 24 °C. After two or three regular feeds the smell should go back to yoghurt-like and tangy.",
      ),
      u("I keep it in the fridge between bakes. Does that change anything?"),
      a(
        "A little. In the fridge it slows down but still eats, so after a week or more it gets hungry and sour. Take it out the evening before you bake, feed it, and use it when it has roughly doubled and has bubbles all the way through.",
      ),
    ],
    followUp: "can I use wholemeal flour for the feeds instead of white?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Ich habe eine Heizkostenabrechnung mit 640 Euro Nachzahlung bekommen, obwohl ich weniger geheizt habe als letztes Jahr. Kann das stimmen?",
      ),
      a(
        "Das kann stimmen, wenn der Energiepreis stark gestiegen ist: Die Abrechnung rechnet Ihren Verbrauchsanteil mit dem Preis des ganzen Abrechnungsjahres. Prüfen Sie aber drei Dinge: ob der Abrechnungszeitraum zwölf Monate umfasst, ob die Zählerstände der Heizkostenverteiler mit Ihren Ablesungen übereinstimmen und wie hoch der Grundkostenanteil ist. Sie haben das Recht, die Belege beim Vermieter oder der Hausverwaltung einzusehen.",
      ),
      u("Die Zählerstände passen. Der Grundkostenanteil ist 45 Prozent."),
    ],
    followUp: "bis wann muss ich die Nachzahlung überweisen?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("家里的小猫三个月大了，第一次带它去打疫苗，需要注意什么？"),
      a(
        "第一次打疫苗前一周内最好先做一次体内驱虫，打针当天要确认小猫精神好、不拉肚子、没有打喷嚏。一般先打猫三联，间隔三到四周再打第二针，最后一针三联时可以一起打狂犬疫苗。打完后在医院观察半小时，回家一周内不要洗澡，也尽量不要换粮。",
      ),
      u("打完针它一直睡觉，不太想吃东西，正常吗？"),
      a(
        "打完疫苗后一到两天精神差、食欲下降、轻微发热都是常见反应。如果超过两天还不吃东西，或者出现呕吐、呼吸急促、脸部肿胀，就要马上回医院。",
      ),
    ],
    followUp: "第二针可以推迟一周吗？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Kış lastiğine ne zaman geçmem gerekiyor? Ankara'da oturuyorum."),
      a(
        "Türkiye'de ticari araçlar için kış lastiği 1 Aralık ile 1 Nisan arasında zorunlu; özel araçlar için genel bir zorunluluk yok ama valilikler kar ve buzlanma olduğunda ek kurallar koyabiliyor. Pratikte hava sıcaklığı düzenli olarak 7 °C'nin altına inmeye başladığında, Ankara için genellikle kasım ortasında, geçmek en doğrusu. Diş derinliğinin en az 4 mm olmasına da dikkat edin.",
      ),
    ],
    followUp: "dört mevsim lastik de olur mu?",
  },
];
