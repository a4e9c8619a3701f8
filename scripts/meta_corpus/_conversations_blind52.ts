/**
 * Blind round 52: four sample conversations of its own (English, Spanish, Japanese, Czech), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_52: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "Our rowing club's ergometers keep showing different split times for the same effort. Is it the machines or us?",
      ),
      a(
        "Probably the machines' drag settings. Each ergometer measures how fast the flywheel slows down, and dust in the fan cage changes that. Check the drag factor on every machine (most monitors show it in a menu) and adjust the damper until they all read about the same, for example 115 to 125 for juniors.",
      ),
      u("We cleaned two of them last year. Should the drag factor be set before every session?"),
      a(
        "Before every test piece, yes; for ordinary training once a week is enough. Write the damper setting that gives the target drag factor on a label on each machine so rowers can reset it in ten seconds.",
      ),
    ],
    followUp: "and what about the older model with the analogue monitor?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u("Quiero hacer dulce de leche casero para la feria del colegio. ¿Conviene hacerlo en olla o en frasco al baño maría?"),
      a(
        "Para cantidad, la olla: un litro de leche entera, 300 g de azúcar, media cucharadita de bicarbonato y una chaucha de vainilla, a fuego bajo y revolviendo unas dos horas hasta que tome color y espese. El método del frasco sirve para porciones chicas, pero es más difícil controlar el punto.",
      ),
      u("¿Y cómo sé que está listo sin termómetro?"),
      a(
        "Poné una gota en un plato frío: si al inclinarlo no se corre y al pasar el dedo queda un surco limpio, está listo. Recordá que al enfriarse espesa bastante más.",
      ),
    ],
    followUp: "¿cuánto dura en la heladera si lo envaso en frascos esterilizados?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から町内会の会計を担当します。現金の出納帳とネットバンキング、どちらで管理するのがいいですか？"),
      a(
        "小さな町内会なら、通帳付きの口座を主にして、現金は最小限にするのが安全です。出納帳は表計算ソフトで作り、日付・科目・金額・領収書番号を一行ずつ記録してください。月末に通帳残高と帳簿残高を照合すれば、引き継ぎも楽になります。",
      ),
      u("領収書がない支出はどう扱えばいいですか？"),
      a(
        "支払証明書を作り、支払日・相手・金額・内容を書いて、会長と会計の二人が署名する形がよいでしょう。総会で監査を受けるときにも説明しやすくなります。",
      ),
    ],
    followUp: "監査の担当者には何を準備して渡せばいいですか？",
  },
  {
    language: "Czech",
    locale: "cs-CZ",
    turns: [
      u("Chci na chalupě vyměnit starou dřevěnou podlahu v kuchyni. Je lepší vinyl, nebo dlažba?"),
      a(
        "V nevytápěné chalupě je dlažba odolnější: nevadí jí vlhkost ani mráz, jen ji potřebujete položit na rovný a suchý podklad. Vinyl je teplejší na nohy a rychleji se pokládá, ale při teplotách pod nulou může křehnout a lepené spoje se mohou uvolnit.",
      ),
      u("Chalupu v zimě vůbec netopíme. Mění to něco?"),
      a(
        "Ano, pak bych volil mrazuvzdornou dlažbu a flexibilní lepidlo třídy C2 S1. Před pokládkou nechte podklad vyschnout a kolem stěn nechte dilatační spáru.",
      ),
    ],
    followUp: "a kolik lepidla budu potřebovat na dvanáct metrů čtverečních?",
  },
];
