/**
 * Blind round 61: four sample conversations of its own (English, French, Japanese, Chinese), written like the
 * turns a messenger bot or a companion app keeps, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_61: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("I'm Priya, I teach year 6 in Leeds. Could you help me plan a rainy-day indoor sports lesson for 28 kids?"),
      a(
        "Of course, Priya. Try a carousel of four stations in the hall: beanbag target throws, balloon volleyball over a bench, a skipping-rope challenge and a 'sock basketball' into laundry baskets. Seven children per station, five minutes each, and a whistle to rotate keeps it orderly.",
      ),
      u("Lovely. Two of them use wheelchairs, so keep that in mind from now on."),
      a(
        "Noted. Lower the targets and baskets to seated height, swap skipping for seated ball passing, and keep the aisles between stations at least a metre and a half wide so everyone can move freely.",
      ),
    ],
    followUp: "could you turn that into a printable station card?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Salut ! Je déménage à Namur le mois prochain avec mon chat Biscotte. Comment l'habituer au nouvel appartement ?",
      ),
      a(
        "Prépare-lui d'abord une seule pièce calme avec sa litière, son eau, sa gamelle et un vêtement qui sent ta maison actuelle. Laisse-le explorer le reste de l'appartement après deux ou trois jours, quand il mange et joue normalement.",
      ),
      u("Il a 14 ans et il est un peu sourd, ça change quelque chose ?"),
      a(
        "Un peu : évite de le surprendre par derrière, signale ta présence par des vibrations au sol, et garde ses repères au même endroit plus longtemps. Une visite chez un vétérinaire de Namur dans le premier mois est une bonne idée.",
      ),
    ],
    followUp: "tu connais des diffuseurs de phéromones qui marchent vraiment ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来週の土曜日に妹の結婚式でスピーチをするんだけど、緊張してうまく話せる自信がない…"),
      a(
        "大丈夫ですよ。まずは三分くらいを目安に、妹さんとの思い出を一つだけ選んで、そこから新郎への一言とお祝いの言葉につなげると話しやすくなります。",
      ),
      u("子どもの頃、二人で自転車の練習をした話にしようかな。あと、本番前日に練習に付き合ってくれる？"),
      a(
        "素敵な思い出ですね。もちろんです。金曜日の夜に声をかけてくれたら、通しで読んでもらって、間の取り方を一緒に確認しましょう。",
      ),
    ],
    followUp: "最後の一言はどう締めたらいい？",
  },
  {
    language: "Chinese",
    locale: "zh-TW",
    turns: [
      u("最近每天加班到十一點，回家只想滑手機，睡眠越來越差，怎麼辦？"),
      a(
        "先從小地方開始：睡前一小時把手機放在臥室外，改成洗個熱水澡或看幾頁紙本書。如果週末可以，固定同一個時間起床，讓生理時鐘慢慢穩定下來。",
      ),
      u("我是做遊戲美術的，下個月專案上線後會比較輕鬆。以後可以叫我阿哲就好。"),
      a(
        "好的，阿哲。那這個月先以「不讓睡眠再變差」為目標，上線後再一起調整作息，也可以安排一些運動。",
      ),
    ],
    followUp: "那有推薦的睡前伸展動作嗎？",
  },
];
