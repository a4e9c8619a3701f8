/**
 * Blind round 82: four sample conversations of its own (English, German, Chinese, Portuguese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_82: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our five-a-side team keeps losing in the last ten minutes. We're all over 40. Is this a fitness thing or a tactics thing?",
      ),
      a(
        "Usually both, but at your age the bigger lever is rotation. With rolling subs, swap players every four to five minutes instead of waiting until someone is exhausted; sprint capacity drops sharply after repeated efforts, and fresh legs in the last ten minutes matter more than your best player staying on.",
      ),
      u("We only have six players, so one sub. Does rotation still help?"),
      a(
        "Yes. Run a fixed cycle: every four minutes the sub replaces the player who has been on longest, so everyone gets roughly four minutes of rest per twenty. Keep the goalkeeper out of the cycle unless he is also your quickest outfield player.",
      ),
    ],
    followUp: "and what should we do in the warm-up?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Wir wollen im Juni mit zwei Kindern (6 und 9) eine Hüttenwanderung im Salzburger Land machen. Wie viele Stunden Gehzeit pro Tag sind realistisch?",
      ),
      a(
        "Für diese Altersgruppe sind drei bis vier Stunden reine Gehzeit pro Tag ein guter Richtwert, mit reichlich Pausen. Plant höchstens 600 bis 700 Höhenmeter im Aufstieg und legt nach zwei Tagen einen Ruhetag auf einer Hütte mit Spielmöglichkeiten ein.",
      ),
      u("Müssen wir die Hütten im Juni schon reservieren?"),
      a(
        "Ja, unbedingt. Viele Alpenvereinshütten öffnen erst Mitte Juni, und Familienzimmer sind früh vergeben. Reserviert direkt bei den Hütten und fragt nach Lagerplätzen für Kinder, die oft ermäßigt sind.",
      ),
    ],
    followUp: "Welche Hütten sind für Kinder besonders geeignet?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家猫最近总是半夜三点叫个不停，已经绝育了，体检也正常。怎么办？"),
      a(
        "半夜叫多半是作息问题。睡前一小时用逗猫棒陪它剧烈玩十到十五分钟，玩完马上喂一顿正餐，猫吃饱后会进入睡眠。白天尽量别让它一直睡，晚上叫的时候不要回应，也不要喂食，否则会强化这个行为。",
      ),
      u("那自动喂食器有用吗？"),
      a(
        "有用。把自动喂食器设在凌晨四点左右放一小份粮，猫会把注意力从叫醒你转到等喂食器上。坚持两周左右，大多数猫半夜叫的次数会明显减少。",
      ),
    ],
    followUp: "喂食器放在卧室里还是客厅里比较好？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Vou abrir um MEI para vender doces por encomenda em Belo Horizonte. Preciso de alvará da vigilância sanitária?",
      ),
      a(
        "Para produção de alimentos em casa, sim: a prefeitura exige o licenciamento sanitário, mesmo para MEI. Em BH o pedido é feito online no portal da prefeitura, e a cozinha pode receber uma vistoria. Também é recomendável fazer um curso de boas práticas de manipulação de alimentos.",
      ),
      u("E posso vender pelo Instagram antes de sair a licença?"),
      a(
        "O ideal é esperar. Vender sem a licença sanitária pode gerar multa e apreensão dos produtos se houver denúncia. Enquanto isso, use o perfil para mostrar o processo, coletar pedidos de interesse e montar a lista de clientes.",
      ),
    ],
    followUp: "quanto custa o curso de boas práticas?",
  },
];
