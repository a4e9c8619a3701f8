/**
 * Four sample conversations of blind round 13, written for it (not the project's `_conversations.ts` ones): a bike
 * repair in English, a German tenancy question, a Japanese autumn trip and a Brazilian Portuguese recipe.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND13: Conversation[] = [
  {
    language: "English",
    locale: "en-US",
    turns: [
      u("My bike chain squeaks every time I pedal uphill, even after I wiped it. What am I doing wrong?"),
      a(
        "Wiping only removes the outside grime. Degrease the chain with a rag and some citrus degreaser, let it dry, then put one drop of wet lube on each roller while backpedalling and wipe off the excess after ten minutes.",
      ),
      u("Do I need to take the chain off for that?"),
      a("No. You can do it on the bike; shifting to the middle of the cassette keeps the chain straight while you work."),
    ],
    followUp: "how often should I repeat it in winter?",
  },
  {
    language: "German",
    locale: "de-DE",
    turns: [
      u("Mein Vermieter will die Wohnung wegen Eigenbedarf kündigen. Welche Frist gilt, wenn ich seit sieben Jahren dort wohne?"),
      a(
        "Nach § 573c BGB verlängert sich die Kündigungsfrist für den Vermieter nach fünf Jahren Mietdauer auf sechs Monate, nach acht Jahren auf neun Monate. Bei sieben Jahren sind es also sechs Monate zum Monatsende.",
      ),
    ],
    followUp: "Und kann ich dem widersprechen?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("11月の終わりに京都で紅葉を見たいです。混雑を避けられるお寺はありますか？"),
      a(
        "東福寺や永観堂は有名で混みますが、大原の三千院や宝泉院、洛北の蓮華寺なら比較的落ち着いて見られます。朝8時台に着くとさらに空いています。",
      ),
      u("大原までは京都駅からどう行けばいいですか？"),
      a("京都駅前から京都バス17系統で約1時間です。地下鉄で国際会館駅まで行き、19系統のバスに乗り換えるほうが早い場合もあります。"),
    ],
    followUp: "帰りに寄れる温泉はありますか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Meu pão de queijo fica murcho depois de sair do forno. O que pode ser?"),
      a(
        "Normalmente é falta de polvilho azedo ou forno frio demais. Use metade polvilho azedo e metade doce, escalde com leite e óleo bem quentes e asse a 200 °C já pré-aquecido, sem abrir a porta nos primeiros 15 minutos.",
      ),
    ],
    followUp: "e dá para congelar a massa crua?",
  },
];
