/**
 * Blind round 65: four sample conversations of its own (English, French, Simplified Chinese, Polish), the kind a
 * family assistant, a companion or a messenger bot holds, so the round's templates are filled with text that
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_65: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "Nana is staying with us for three weeks from Saturday. She can't do stairs well. How do I set up the downstairs study for her?",
      ),
      a(
        "Move the sofa bed against the inside wall so it's away from the draughty window, put a lamp she can reach from bed, and clear a straight path to the downstairs toilet. A night light in the hallway helps, and a small chair by the bed makes getting dressed easier.",
      ),
      u("She also takes tablets at 8am and 8pm. The kids keep forgetting to remind her."),
      a(
        "Set two recurring reminders on the kitchen speaker for 7:55 and 19:55 that say her name, and keep a weekly pill box on the dining table where everyone sees it. Tick a paper chart next to it so you can check at a glance whether the evening dose was taken.",
      ),
    ],
    followUp: "can you make the speaker say it in a quieter voice after 7pm?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Ma fille de neuf ans veut un hamster pour son anniversaire. Est-ce que c'est une bonne idée dans un appartement à Liège ?",
      ),
      a(
        "Oui, si vous acceptez qu'il vive surtout la nuit : un hamster doré fait du bruit en courant dans sa roue vers deux heures du matin. Prévoyez une cage d'au moins 100 × 50 cm, une roue de 28 cm et ne la placez pas dans la chambre de votre fille si elle a le sommeil léger.",
      ),
      u("Et qui s'en occupe quand nous partons une semaine à la mer en juillet ?"),
      a(
        "Un hamster supporte mal les voyages. Demandez à un voisin de passer tous les deux jours pour l'eau fraîche et la nourriture, ou confiez la cage à une pension pour petits animaux ; certaines animaleries de la région proposent ce service pour quelques euros par jour.",
      ),
    ],
    followUp: "combien coûte la pension à peu près ?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我爸今年七十二岁，最近总是半夜起来好几次上厕所，白天也没精神。我该怎么跟他说去医院看看？"),
      a(
        "可以从关心他的睡眠入手，而不是直接说“你身体有问题”。比如说：“爸，你晚上老起夜，睡不好白天才没劲，我们去泌尿科查一下，开点药说不定就好了。”老人常见的是前列腺增生，挂泌尿外科就行，最好你陪他一起去。",
      ),
      u("他怕麻烦，说等过完年再说。"),
      a(
        "那就把麻烦降到最低：你先在医院的公众号上帮他预约好周末的号，告诉他只要半天，检查主要是抽血和B超，不用住院。也可以请他信任的老朋友劝一劝，老人往往更听同龄人的。",
      ),
    ],
    followUp: "检查前需要空腹吗？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Przeprowadzamy się z Wrocławia do Gdańska w sierpniu, a syn idzie do czwartej klasy. Kiedy powinnam go zapisać do nowej szkoły?",
      ),
      a(
        "Jak najszybciej, najlepiej w czerwcu. Do szkoły rejonowej w Gdańsku dziecko zameldowane w obwodzie jest przyjmowane z urzędu, ale potrzebne będzie zaświadczenie o zameldowaniu albo umowa najmu. Poproś obecną szkołę o arkusz ocen, nowa szkoła i tak go zamówi.",
      ),
      u("A co jeśli umowę najmu podpiszemy dopiero w lipcu?"),
      a(
        "Wtedy złóż wniosek w czerwcu z oświadczeniem o planowanym miejscu zamieszkania i doślij umowę w lipcu. Dyrektorzy zwykle to akceptują, a w razie problemu wydział edukacji urzędu miasta wskaże szkołę z wolnymi miejscami.",
      ),
    ],
    followUp: "czy mogę też wybrać szkołę spoza rejonu?",
  },
];
