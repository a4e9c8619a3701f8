/**
 * Blind round 92: four sample conversations of its own (English, Spanish, Japanese, Turkish) about a drip line
 * for a vegetable bed, a freelancer's first invoice with VAT, a beginner's barre chords and moving flats with a
 * cat, so the round's templates are filled with text the project's `_conversations.ts` and earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_92: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "I want to run a drip line to my raised vegetable bed from the outside tap. The bed is 3 m by 1.2 m. What do I need to buy?",
      ),
      a(
        "For a bed that size: a tap connector with a pressure reducer and filter, about 10 m of 16 mm supply pipe, two rows of 3 m dripline with emitters every 30 cm, two end caps, and a simple battery timer. The pressure reducer matters because mains pressure will pop the fittings.",
      ),
      u("Do I really need the filter? The water comes straight from the mains."),
      a(
        "Keep it: even mains water carries grit after repairs, and the emitters are only about 1 mm wide. A clogged emitter is hard to clean, a filter costs a few pounds and you rinse it twice a season.",
      ),
    ],
    followUp: "and how long should the timer run each morning in July?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u(
        "Acabo de darme de alta como autónoma y tengo que emitir mi primera factura a una agencia de Madrid por 1.200 euros de diseño. ¿Qué tiene que llevar?",
      ),
      a(
        "Debe incluir número de factura correlativo, fecha, tus datos y NIF, los datos y NIF de la agencia, la descripción del servicio, la base imponible de 1.200 €, el IVA al 21 % (252 €) y la retención de IRPF. Como nueva autónoma puedes aplicar el 7 % durante los tres primeros años: 84 €.",
      ),
      u("¿Entonces el total que me pagan cuánto es?"),
      a("1.200 + 252 − 84 = 1.368 €. Ese es el total a pagar que pones al pie de la factura."),
    ],
    followUp: "¿y el IVA lo tengo que declarar cada mes?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("ギターを始めて2か月です。Fコードのバレーがどうしても鳴りません。コツはありますか？"),
      a(
        "人差し指を少し横に倒して、指の骨に近い硬い側面で弦を押さえてみてください。親指はネックの裏の中央あたりに置き、腕の重さで引くようにすると力が少なくて済みます。",
      ),
      u("2弦と3弦だけがビビります。"),
      a(
        "その2本は人差し指の関節のくぼみに当たりやすいです。指の位置を少し上下にずらして、くぼみが弦に来ない場所を探してください。最初は簡単なFmaj7から練習するのもおすすめです。",
      ),
    ],
    followUp: "毎日どのくらい練習すればいいですか？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u(
        "Ay sonunda Kadıköy'den Üsküdar'a taşınıyorum ve yanımda 6 yaşında bir kedim var. Taşınma günü onu nasıl daha az strese sokarım?",
      ),
      a(
        "Taşınma günü kediyi kapısı kapalı boş bir odaya, su kabı, kumu ve taşıma çantasıyla birlikte koyun ve kapıya not asın ki nakliyeciler açmasın. Yeni evde de önce tek bir odayı hazırlayın, kediyi orada birkaç gün tutun.",
      ),
      u("Veteriner sakinleştirici vermeli mi sence?"),
      a(
        "Bu kararı veterinerinize bırakın; birçoğu ilaç yerine feromon spreyi ve yolculuktan önce aç bırakmamayı önerir. Yolculuk kısa olduğu için çoğu kedi ilaçsız da idare eder.",
      ),
    ],
    followUp: "yeni evde kum kabını nereye koymalıyım?",
  },
];
