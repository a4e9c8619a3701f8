/**
 * Training round 12 hard negatives, everyday questions: short and long user turns in ten languages, bare or under a
 * studied chat app's system prompt (its source on the import), some after a few turns of conversation.
 */
import { asst, sys, usr, type WireMessage } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import { APP_SOURCES_12 as S, KHOJ_PERSONALITY } from "./_prompts_training12_apps.ts";
import { HAY_SYSTEM_FULL, OPENCHAT_INSTRUCTIONS, READ_SOURCES_12 as R } from "./_prompts_training12_read.ts";

const day = (
  lang: string,
  messages: WireMessage[],
  { source }: { source?: Item12["source"] } = {},
): Item12 => ({
  kind: "everyday",
  lang,
  ...(source ? { source } : {}),
  messages,
});

export const EVERYDAY_ITEMS_12: Item12[] = [
  day("en", [usr("how long do I boil an egg for a runny yolk")]),
  day("en", [
    usr(
      "My 9-year-old wants a phone because 'everyone in class has one'. I'm not against it, but I worry about screen time and group chats at night. What rules have worked for other parents, and is a basic phone without apps a reasonable middle ground?",
    ),
  ]),
  day("en", [
    sys(OPENCHAT_INSTRUCTIONS),
    usr("what's the difference between a Roth IRA and a traditional one?"),
  ], { source: R.OPENCHAT }),
  day("en", [
    usr("I'm planning a week in Scotland in May."),
    asst("Lovely time to go! Do you want cities, the Highlands, or both?"),
    usr("Both, but no car. Is that doable by train and bus?"),
  ]),
  day("de", [usr("Was ist der Unterschied zwischen Backpulver und Natron?")]),
  day("de", [
    usr(
      "Wir wollen im Frühjahr unser Bad renovieren und überlegen, ob wir die Badewanne gegen eine bodengleiche Dusche tauschen. Worauf muss man beim Gefälle und der Abdichtung achten, und gibt es dafür Förderung von der KfW?",
    ),
  ]),
  day("fr", [usr("Combien de temps faut-il laisser reposer une pâte à crêpes ?")]),
  day("fr", [
    usr("Je cherche un cadeau pour ma grand-mère."),
    asst("Avec plaisir ! Qu'est-ce qu'elle aime ?"),
    usr("Le jardinage et les romans policiers. Budget 40 euros."),
  ]),
  day("es", [usr("¿Cada cuánto hay que cambiar el aceite del coche?")]),
  day("es", [
    sys(KHOJ_PERSONALITY),
    usr("¿Me explicas de forma sencilla cómo funciona el interés compuesto?"),
  ], { source: S.KHOJ_PERSONALITY }),
  day("pt", [usr("Qual é a melhor época para visitar Lisboa?")]),
  day("pt", [sys(HAY_SYSTEM_FULL), usr("Vocês entregam em Portugal ou só no Brasil?")], { source: R.HAY }),
  day("it", [usr("Come si toglie una macchia di vino rosso da una tovaglia di cotone?")]),
  day("it", [
    usr("Sto imparando il tedesco."),
    asst("Ottimo! A che livello sei?"),
    usr("A2. Mi consigli qualche podcast per migliorare l'ascolto?"),
  ]),
  day("ru", [usr("Как правильно заварить зелёный чай?")]),
  day("ru", [
    usr(
      "Мы с женой хотим взять собаку из приюта, но живём в небольшой квартире и оба работаем до шести. Какие породы или какой темперамент нам подойдут, и как подготовить квартиру к её появлению?",
    ),
  ]),
  day("zh", [usr("北京到上海坐高铁要多久？")]),
  day("zh", [
    usr("我最近睡眠不太好。"),
    asst("很抱歉听到这个。是入睡困难还是容易醒？"),
    usr("容易半夜醒，醒了就睡不着。有什么办法吗？"),
  ]),
  day("ja", [usr("東京で雨の日に子どもと行ける場所を教えてください。")]),
  day("ja", [
    usr(
      "来年から在宅勤務が週3日になります。集中できる作業スペースを6畳の部屋に作りたいのですが、机と椅子の選び方や照明のコツを教えてください。",
    ),
  ]),
  day("ko", [usr("김치찌개 맛있게 끓이는 법 알려줘")]),
  day("ko", [
    usr("다음 달에 처음으로 마라톤 10km에 나가."),
    asst("멋지네요! 지금 얼마나 달리고 계세요?"),
    usr("일주일에 두 번, 5km 정도. 한 달 동안 어떻게 준비하면 좋을까?"),
  ]),
];
