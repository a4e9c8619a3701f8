/**
 * Blind round 93: four sample conversations of its own (English, Spanish, Japanese, Polish) about a community
 * garden's water butts, a freelance translator's invoice to a German client, a cat that stopped eating its dry
 * food and a choir's rehearsal plan, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_93: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our community garden has four 200-litre water butts connected to the shed gutter, but by July they are always empty within a week. How can we make the water last longer?",
      ),
      a(
        "Start by cutting what you pour on: water at the base in the early morning, mulch the beds with straw or grass clippings, and group the thirsty crops (courgettes, beans) near the butts. Then catch more: a second gutter on the polytunnel with a diverter kit can fill two more butts, and linking them at the bottom lets them level out.",
      ),
      u("The polytunnel has no gutter at all. Is it hard to fit one?"),
      a(
        "Not very. Most polytunnel suppliers sell a clip-on gutter that fixes to the base rail or a timber batten along the side; keep a slight fall of about 1 cm per metre towards the butt and add a leaf guard at the downpipe so the tank stays clean.",
      ),
    ],
    followUp: "how many extra litres would that realistically give us over a summer?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "Soy traductora freelance en Córdoba y tengo que facturarle por primera vez a una agencia en Alemania. ¿Qué tiene que llevar la factura para que no me la rechacen?",
      ),
      a(
        "Como monotributista emitís una factura E (exportación de servicios) desde AFIP/ARCA: datos completos de la agencia con su número de IVA europeo, descripción del servicio (por ejemplo, traducción de 12.000 palabras del inglés al español), moneda (euros) y condición de pago. Conviene aclarar en el pie que se trata de una exportación de servicios exenta de IVA.",
      ),
      u("¿Y el tipo de cambio lo tengo que poner yo o lo calcula el sistema?"),
      a(
        "En la factura E se informa la moneda extranjera y el sistema pide la cotización del día hábil anterior según el Banco Nación; la cargás vos al emitirla. Guardá ese valor, porque después vas a tener que liquidar las divisas y conviene que coincida con lo facturado.",
      ),
    ],
    followUp: "¿y cuánto tiempo tengo para ingresar los euros al país?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("うちの猫(7歳)が急にドライフードを食べなくなりました。ウェットフードは少し食べます。様子を見ても大丈夫でしょうか？"),
      a(
        "丸一日以上ほとんど食べない場合は、様子見より受診をおすすめします。猫は絶食が続くと肝リピドーシスになりやすいためです。ドライだけ食べない場合は、歯や口内の痛みが原因のこともあるので、口をさわると嫌がるか、よだれや口臭がないかも確認してください。",
      ),
      u("そういえば最近、片側だけで噛んでいる気がします。よだれは出ていません。"),
      a(
        "片側で噛むのは歯の痛みのサインとしてよく見られます。歯周病や歯の吸収病巣の可能性があるので、動物病院で口の中を診てもらいましょう。それまではウェットフードをぬるめに温めると食べやすくなります。",
      ),
    ],
    followUp: "歯石取りって全身麻酔が必要なんですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Prowadzę amatorski chór (22 osoby) i do koncertu zostało nam sześć prób po dwie godziny. Mamy pięć utworów, dwa jeszcze słabo idą. Jak rozplanować próby?",
      ),
      a(
        "Na każdej próbie zacznij od 15 minut rozśpiewania, potem dwa słabsze utwory, póki głosy są świeże, a na koniec jeden z pewnych utworów dla pewności siebie. Próby 1–3 poświęć na pracę głosami (osobno soprany i alty, potem tenory i basy), próby 4–5 na całość z dynamiką, a ostatnią na przebieg koncertowy z wejściami i ukłonami.",
      ),
      u("Tenorów mam tylko trzech i giną przy basach. Co z tym zrobić?"),
      a(
        "Ustaw tenorów w środku, między basami a altami, i poproś basy o śpiewanie o jeden stopień dynamiki ciszej w miejscach, gdzie tenory prowadzą melodię. Możesz też dopisać jednego barytona z basów do tenorów w najtrudniejszych fragmentach.",
      ),
    ],
    followUp: "a jak przygotować chór na akustykę kościoła, w którym śpiewamy?",
  },
];
