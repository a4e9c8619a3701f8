/**
 * Blind round 53: four sample conversations of its own (Australian English, Mexican Spanish, Simplified Chinese,
 * Korean), chatty like the turns people send companion bots, so the round's templates are filled with text the
 * project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_53: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("ugh, my kelpie dug up the whole veggie patch again while I was at work. third time this month"),
      a(
        "Oh no, not the tomatoes again! Kelpies need a job or they invent one, and digging is a favourite. A long run before you leave and a frozen treat toy can take the edge off the boredom.",
      ),
      u("I already walk her at 6am though. would a sandpit of her own actually work?"),
      a(
        "It often does. Bury a few chews in a sandpit in a corner she already likes, praise her loudly when she digs there, and lay chicken wire just under the soil of the veggie beds so digging there feels rubbish.",
      ),
    ],
    followUp: "how deep should the chicken wire go?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("Mi abuela cumple 90 años en marzo y queremos sorprenderla con una comida en Puebla. ¿Por dónde empiezo?"),
      a(
        "¡Qué bonito! Primero confirma con tus tíos la fecha y cuántos van a venir, porque de eso depende el lugar. Luego piensa en lo que a ella más le gusta: si es el mole, busca una fonda que lo haga casero o pide que una tía lo prepare.",
      ),
      u("Somos como 40. ¿Conviene rentar un salón o hacerlo en el patio de mi tío?"),
      a(
        "Con 40 personas el patio sale mucho más barato; sólo renta mesas, sillas y una lona por si llueve. Un salón vale la pena si quieren música fuerte hasta tarde, pero para tu abuela quizá sea más cómodo estar en casa.",
      ),
    ],
    followUp: "¿Cuánto suele costar rentar la lona y las sillas?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家猫这两天老是半夜三点跑酷，把我吵醒好几次了，怎么办啊"),
      a("哈哈，这是猫的“疯跑时间”啦。睡前陪它用逗猫棒玩十五分钟，再喂一小份晚餐，它消耗完精力吃饱了，半夜就会安静很多。"),
      u("可是我下班回来已经很累了，有没有不用我陪的办法？"),
      a("可以试试自动逗猫玩具或者漏食球，让它自己玩；卧室门关上，客厅留一盏小夜灯。坚持一两周，作息一般就能调整过来。"),
    ],
    followUp: "漏食球里放猫粮还是冻干比较好？",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("이번 주말에 처음으로 혼자 북한산 등산을 가보려고 해. 초보한테 괜찮은 코스 있을까?"),
      a(
        "좋은 계획이에요! 초보라면 북한산성 입구에서 시작해 대서문을 거쳐 중성문까지 다녀오는 코스를 추천해요. 왕복 세 시간 정도이고 길이 넓어서 혼자 가도 부담이 적어요.",
      ),
      u("물이랑 간식은 얼마나 챙겨야 해?"),
      a(
        "물은 500ml 두 병, 간식은 초콜릿이나 견과류처럼 가볍고 열량 높은 걸로 챙기세요. 해가 빨리 지니까 늦어도 오후 세 시 전에는 하산을 시작하는 게 좋아요.",
      ),
    ],
    followUp: "등산화 없이 운동화 신고 가도 될까?",
  },
];
