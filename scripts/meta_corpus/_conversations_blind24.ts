/**
 * Blind round 24: four sample conversations of its own (English, German, Japanese, Brazilian Portuguese), so the
 * round's templates are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_24: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("My sourdough starter smells like nail polish remover after two days in the fridge. Is it ruined?"),
      a(
        "No, that acetone smell means the yeast has run out of food and is producing ethyl acetate. Pour off the grey liquid on top, discard all but about 50 g, and feed it equal weights of flour and water at room temperature. After two or three feedings twelve hours apart it should smell sour and yeasty again.",
      ),
      u("I fed it this morning and it doubled by lunch. Can I bake with it tonight?"),
    ],
    followUp: "how long should the bulk ferment be in a cold kitchen?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u("Unser Vermieter will die Betriebskosten um 40 Euro im Monat erhöhen. Muss er das begründen?"),
      a(
        "Ja. Eine Erhöhung der Betriebskostenpauschale oder der Vorauszahlungen muss sich auf die letzte Abrechnung stützen: Der Vermieter sollte Ihnen die Jahresabrechnung mit den einzelnen Posten vorlegen. Sie haben das Recht, die Belege einzusehen, und können innerhalb der Frist schriftlich Einspruch erheben, wenn Posten unklar oder nicht umlegbar sind.",
      ),
      u("Die Abrechnung zeigt plötzlich Kosten für einen Hausbetreuer, den es vorher nicht gab."),
      a(
        "Dann fragen Sie schriftlich nach dem Vertrag mit dem Hausbetreuer und seit wann er beauftragt ist. Neue Posten dürfen nur umgelegt werden, wenn der Mietvertrag das vorsieht oder die Leistung tatsächlich allen Mietern zugutekommt.",
      ),
    ],
    followUp: "und wenn er mir die Belege nicht zeigen will?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、京都から金沢まで電車で行きます。一番楽な行き方は？"),
      a(
        "京都駅から特急サンダーバードで敦賀まで行き、北陸新幹線に乗り換えるのが一般的です。全体で約2時間10分です。敦賀駅では同じ建物の上下階で乗り換えられるので、荷物が多くても迷いにくいです。",
      ),
      u("乗り換えの時間はどのくらい見ておけばいいですか？"),
    ],
    followUp: "指定席はいつから予約できますか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Minha planta costela-de-adão está com as folhas amarelando de baixo para cima. O que pode ser?"),
      a(
        "Folhas amarelando de baixo para cima geralmente indicam excesso de água ou falta de nitrogênio. Verifique se o vaso tem furos de drenagem e se a terra fica encharcada por mais de dois dias. Deixe a camada de cima secar uns cinco centímetros antes de regar de novo.",
      ),
      u("O vaso não tem furo nenhum e a terra está sempre molhada."),
      a(
        "Então o mais provável é excesso de água. Troque para um vaso com furos, use um substrato mais aerado com casca de pinus e corte as raízes escuras e moles antes de replantar.",
      ),
    ],
    followUp: "posso aproveitar a muda que saiu com a raiz?",
  },
];
