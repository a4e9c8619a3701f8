/**
 * Blind round 31: four sample conversations of its own (English, Russian, Chinese, Portuguese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_31: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u("Our community garden got a grant of 1,200 euros. What's the smartest way to split it between tools, seeds and a rain barrel?"),
      a(
        "Start with what lasts: put about half into shared tools that break often (spades, hoses, a wheelbarrow), a quarter into two or three linked rain barrels with a first-flush diverter, and keep the rest for seeds and compost. Ask members to vote on the seed list so the money follows what people actually plant.",
      ),
      u("Members keep forgetting to return the tools. Any cheap fix?"),
    ],
    followUp: "would a padlock with a shared code work?",
  },
  {
    language: "Russian",
    locale: "ru-RU",
    turns: [
      u("Я переезжаю из Казани в Екатеринбург с котом. Как лучше его везти — поездом или самолётом?"),
      a(
        "Поездом обычно спокойнее: дорога около суток, но кот остаётся с вами в купе, а в самолёте его могут отправить в багажное отделение, если переноска с котом тяжелее 8 кг. Для поезда нужен билет на животное и переноска; ветеринарный паспорт с отметкой о прививке от бешенства возьмите в любом случае.",
      ),
      u("Он очень нервный. Можно ли дать ему что-то успокоительное в дорогу?"),
      a(
        "Только после консультации с ветеринаром: некоторые препараты нарушают терморегуляцию. Часто помогают феромоновый спрей на подстилку переноски и привычка к переноске за неделю до поездки.",
      ),
    ],
    followUp: "сколько стоит билет на кота в купе?",
  },
  {
    language: "Chinese",
    locale: "zh-TW",
    turns: [
      u("我想在家裡的陽台種小番茄，陽台朝西，下午日照很強，適合嗎？"),
      a(
        "可以種，但要注意午後高溫。建議選擇耐熱的品種，例如「聖女」或「玉女」，用至少 20 公升的盆器，並在最熱的兩三個小時拉一層 30% 的遮光網。夏天每天早上澆一次水，盆土表面乾了再補水。",
      ),
      u("葉子開始有黃斑，是不是水澆太多了？"),
    ],
    followUp: "需要換盆嗎？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Quero começar a correr, mas tenho 45 anos e nunca fiz exercício. Por onde começo?"),
      a(
        "Comece com um check-up e depois alterne caminhada e corrida leve: por exemplo, 1 minuto correndo e 2 caminhando, repetido oito vezes, três vezes por semana. A cada semana aumente um pouco o tempo de corrida. Um tênis com bom amortecimento faz mais diferença do que qualquer aplicativo.",
      ),
      u("E se eu sentir dor no joelho depois do treino?"),
    ],
    followUp: "posso fazer musculação nos dias sem corrida?",
  },
];
