/**
 * Blind round 41: four sample conversations of its own (English, Canadian French, Chinese, Polish), so the round's
 * chat-bot templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_41: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "Our canal-boat club wants to do a two-day trip from Skipton to Gargrave in late September. How many locks is that and how long should we plan?",
      ),
      a(
        "It is about four miles with three locks on the Leeds and Liverpool Canal, so one easy day is enough. With a group and lunch at the Mason's Arms, plan five hours and keep the second day for the return.",
      ),
      u("Some of the newer members have never worked a lock. Anything we should tell them beforehand?"),
      a(
        "Yes: never leave a windlass on the spindle, keep well back from the cill when the lock empties, and let one experienced member call every step. A ten-minute briefing at the first lock saves a lot of shouting.",
      ),
    ],
    followUp: "do we need to book moorings in Gargrave for the Saturday night?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u(
        "Le comité du centre communautaire veut organiser une collecte de manteaux d'hiver à Sherbrooke en octobre. On commence par où?",
      ),
      a(
        "Fixez d'abord un point de dépôt fixe et des heures claires, par exemple le samedi de 10 h à 14 h au gymnase. Demandez des manteaux propres et sans déchirure, et prévoyez des bacs séparés pour enfants et adultes.",
      ),
      u("Est-ce qu'on peut accepter les bottes et les mitaines aussi?"),
      a(
        "Oui, ce sont souvent les articles les plus demandés. Attachez les paires avec un élastique dès le dépôt, sinon vous passerez la soirée à chercher la deuxième mitaine.",
      ),
    ],
    followUp: "à quel organisme pourrait-on remettre ce qui reste après la distribution?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我们小区业主群想在3号楼门口加装一组快递柜，需要物业同意吗？费用一般谁来出？"),
      a(
        "需要。楼门口属于共有部分，要先跟物业和业委会沟通，位置不能挡消防通道。快递柜一般由运营公司免费安装，物业收一点场地费，业主按次付超时保管费。",
      ),
      u("有邻居担心快递柜的电费会摊到物业费里，这个怎么办？"),
      a("可以在协议里写明由运营公司单独装电表、自己承担电费，并把协议在业主群里公示，大家就放心了。"),
    ],
    followUp: "协议签多少年比较合适？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Chcemy zrobić w bibliotece w Toruniu comiesięczny wieczór gier planszowych dla dorosłych. Ile stołów i gier potrzeba na start?",
      ),
      a(
        "Na początek wystarczą cztery stoły i około dziesięciu gier: kilka lekkich imprezowych, jak Dixit czy Codenames, i dwie, trzy średnie, na przykład Carcassonne. Jedna osoba przy wejściu powinna pomagać nowym znaleźć stolik.",
      ),
      u("A co z zapisami? Robić listę czy niech przychodzi, kto chce?"),
      a(
        "Przez pierwsze dwa miesiące bez zapisów, żeby sprawdzić frekwencję. Jeśli przyjdzie więcej niż dwadzieścia osób, wprowadźcie prosty formularz online.",
      ),
    ],
    followUp: "czy biblioteka może pobierać drobną opłatę za wstęp?",
  },
];
