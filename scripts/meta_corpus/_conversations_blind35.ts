/**
 * Blind round 35: four sample conversations of its own (English, German, Chinese, Turkish), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_35: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u("I'm moving my sourdough starter to rye flour because wheat keeps going sluggish in my cold kitchen. Anything to watch?"),
      a(
        "Rye ferments faster and smells sharper, so feed it a bit more often at first and use slightly more water, around 100 to 120 percent hydration. Keep a spoon of the old wheat starter in the fridge as a backup for a week, and expect the rye starter to peak earlier, usually four to six hours after feeding at 20 degrees.",
      ),
      u("My kitchen is about 16 degrees in the mornings. Would an oven with just the light on be too warm?"),
      a(
        "An oven with the light on often sits between 26 and 30 degrees, which is warm enough to make rye overshoot. Try it with the door slightly open, put a thermometer inside for a day, and aim for 24 to 26.",
      ),
    ],
    followUp: "and how long would it keep in the fridge between bakes?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u("Unser Verein will die Mitgliedsbeiträge künftig per SEPA-Lastschrift einziehen. Was brauchen wir dafür?"),
      a(
        "Ihr braucht eine Gläubiger-Identifikationsnummer, die ihr bei der Nationalbank beantragt, ein schriftliches Mandat jedes Mitglieds mit Mandatsreferenz und eine Bank, die Lastschriften für Vereine anbietet. Kündigt den ersten Einzug mindestens 14 Tage vorher an, am einfachsten zusammen mit der Beitragsrechnung.",
      ),
      u("Und was passiert, wenn ein Mitglied die Lastschrift zurückbuchen lässt?"),
    ],
    followUp: "dürfen wir die Rücklastschriftgebühr an das Mitglied weitergeben?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我想给爸妈的老房子装一套太阳能热水器，屋顶朝南，大概能省多少电费？"),
      a(
        "以三口之家每天用 150 升热水估算，电热水器一年大约耗电 1500 到 2000 度。朝南屋顶的太阳能热水器在晴天多的地区能覆盖七成左右，冬天和阴雨天需要电辅热。按每度电 0.55 元算，一年大概能省 600 到 800 元，设备加安装一般 4000 元左右，五六年回本。",
      ),
      u("老房子屋顶是瓦片的，安装会不会漏水？需要注意什么？"),
    ],
    followUp: "冬天水管会不会冻裂？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Balkonda domates yetiştirmek istiyorum, balkon batıya bakıyor ve öğleden sonra güneş alıyor. Olur mu?"),
      a(
        "Olur, domates günde en az altı saat güneş ister ve batı cephesi öğleden sonra bunu sağlar. En az 20 litrelik saksı kullanın, cherry gibi küçük meyveli bir çeşit seçin ve sıcak günlerde akşamları bol sulayın. Rüzgâr varsa bitkiyi bir çubuğa bağlayın.",
      ),
      u("Yapraklarda sarı lekeler çıkmaya başladı, neden olabilir?"),
    ],
    followUp: "gübreyi ne sıklıkla vermeliyim?",
  },
];
