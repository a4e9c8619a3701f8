/**
 * Blind round 57: four sample conversations of its own (English, Spanish, Japanese, Russian), written for this round
 * so the messenger-bot and companion templates are filled with text the project's `_conversations.ts` and the earlier
 * rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_57: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("Theo's class goes to the aquarium on Thursday and the permission slip says packed lunch, no nuts. He only eats peanut butter sandwiches. Ideas?"),
      a(
        "Try sunflower seed butter on the same bread he likes; it looks and tastes close to peanut butter and is allowed in most nut-free rooms. Add a cheese stick and apple slices so there's something familiar if he refuses the sandwich.",
      ),
      u("Good call. Also remind me the slip has to be back by Wednesday and costs $12."),
      a(
        "Noted: the aquarium permission slip and $12 are due back at school on Wednesday. I'll bring it up Tuesday evening so it goes into his bag that night.",
      ),
    ],
    followUp: "does sunflower butter need to stay in the fridge once opened?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u("Mañana tengo la entrevista en la veterinaria y estoy muy nerviosa, casi no puedo dormir."),
      a(
        "Es normal sentirse así cuando algo te importa. Probá repasar tres ejemplos concretos de cuando cuidaste animales difíciles, y dejá la ropa y los papeles listos esta noche para que a la mañana no tengas que pensar en nada.",
      ),
      u("¿Y si me preguntan por qué dejé mi trabajo anterior en la tienda?"),
      a(
        "Decí la verdad en positivo: querías trabajar de cerca con animales y la tienda no te daba ese espacio. No hace falta criticar a nadie; mostrá que este puesto es un paso que elegiste.",
      ),
    ],
    followUp: "¿qué le pregunto yo al final de la entrevista?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("ベランダのバジルの葉が黄色くなってきた。毎朝水をあげてるのに、どうして？"),
      a(
        "毎朝だと水のあげすぎかもしれません。鉢の土の表面が乾いてから、底から流れ出るくらいたっぷりあげるのが基本です。受け皿にたまった水も捨ててください。根が蒸れると葉が黄色くなります。",
      ),
      u("なるほど。じゃあ花が咲きそうなつぼみは取ったほうがいい？"),
    ],
    followUp: "摘んだ葉は冷凍して保存できる？",
  },
  {
    language: "Russian",
    locale: "ru-RU",
    turns: [
      u("Ребята, в субботу едем на дачу к Лёше? Кто что берёт?"),
      a(
        "Предлагаю так: Лёша отвечает за мангал и уголь, Маша берёт овощи и хлеб, я привезу мясо и маринад. Выезжаем в десять от метро, чтобы успеть до пробок.",
      ),
      u("Отлично, только у Маши в субботу работа до обеда, она подъедет на электричке позже."),
    ],
    followUp: "во сколько есть электричка после двух часов?",
  },
];
