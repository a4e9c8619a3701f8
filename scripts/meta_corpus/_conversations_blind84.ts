/**
 * Blind round 84: four sample conversations of its own (English, French, Japanese, Italian) about home Wi-Fi,
 * sourdough baking, a first solo trip and repairing a bicycle, so the round's templates are filled with text the
 * project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_84: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u(
        "Our Wi-Fi drops every evening in the upstairs bedrooms. The router is in the basement next to the furnace. Should I buy a mesh system or just a range extender?",
      ),
      a(
        "With the router in the basement the signal has to pass through a floor, ductwork and the furnace, which is a lot of metal. An extender would halve the speed it repeats and still needs a decent signal where you place it. A two- or three-node mesh system is the better fix: put the main node where the router is and a satellite on the ground floor at the foot of the stairs, so each hop only crosses one floor.",
      ),
      u("Can I keep my internet provider's router or do I have to replace it?"),
      a(
        "You can keep it. Put the provider's router in bridge mode if it offers that, or switch off its Wi-Fi and plug the main mesh node into one of its LAN ports. Otherwise you end up with two networks fighting each other and double NAT, which breaks some game consoles and video calls.",
      ),
    ],
    followUp: "which channel width should I pick?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u(
        "Mon levain a dix jours et mon pain reste plat et dense. Je le nourris une fois par jour avec de la farine T65. Qu'est-ce que je fais de travers ?",
      ),
      a(
        "Dix jours, c'est encore jeune : beaucoup de levains ne sont vraiment actifs qu'après deux ou trois semaines. Nourrissez-le deux fois par jour, à parts égales de farine et d'eau, et ajoutez un peu de farine complète ou de seigle, qui apporte plus de levures. Il doit doubler de volume en quatre à six heures avant que vous l'utilisiez pour pétrir.",
      ),
      u("Et pour la pâte, combien de temps de pointage ?"),
      a(
        "Comptez quatre à cinq heures à 24 °C, avec trois ou quatre séries de rabats pendant les deux premières heures. Fiez-vous surtout à la pâte : elle doit avoir pris environ la moitié de son volume, être bombée et montrer des bulles sur les bords. Ensuite façonnez et laissez une nuit au réfrigérateur.",
      ),
    ],
    followUp: "quelle température pour le four ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、初めて一人で台湾に四日間行きます。台北を拠点にして日帰りで行ける場所を教えてください。"),
      a(
        "台北からなら九份と十分が定番です。瑞芳駅までは台鉄で約一時間、そこからバスで九份へ、平渓線で十分へ行けます。ほかに淡水は MRT で四十分ほどで、夕日がきれいです。北投温泉も MRT で行けるので、最終日にゆっくり過ごすのに向いています。",
      ),
      u("交通系のカードは何を買えばいいですか？"),
      a(
        "悠遊卡（EasyCard）を一枚買えば十分です。MRT、バス、台鉄の普通列車に使え、コンビニでも支払えます。空港の MRT 駅やコンビニで買えて、チャージも現金でできます。",
      ),
    ],
    followUp: "九份は何時ごろ行くと混んでいませんか？",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u(
        "La catena della mia bici da città salta quando pedalo forte in salita. L'ho pulita e oliata la settimana scorsa. Da cosa può dipendere?",
      ),
      a(
        "Se la catena salta sotto sforzo le cause più comuni sono due: la catena è allungata oppure i denti dei pignoni sono consumati. Misurala con un calibro per catene o con un metro: su dodici maglie non dovrebbe superare i 30,5 centimetri. Se è allungata, cambia la catena; se salta anche con la catena nuova, va cambiato anche il pacco pignoni.",
      ),
      u("Posso cambiarla da solo? Non ho mai usato uno smagliacatena."),
      a(
        "Sì, è un lavoro alla portata di tutti. Ti servono uno smagliacatena e, se la catena nuova ce l'ha, una maglia rapida. Conta le maglie della catena vecchia per tagliare quella nuova alla stessa lunghezza, falla passare sul deragliatore seguendo lo stesso percorso e chiudila con la maglia rapida.",
      ),
    ],
    followUp: "ogni quanti chilometri va cambiata?",
  },
];
