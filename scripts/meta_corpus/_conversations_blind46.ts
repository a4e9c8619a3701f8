/**
 * Blind round 46: four sample conversations of its own (English, Spanish, Japanese, Polish), so the round's
 * chat front-end templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_46: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My sourdough starter smells like nail polish remover this morning. Did I kill it?"),
      a(
        "Almost certainly not. That acetone smell means the yeast and bacteria have run out of food and are producing ethyl acetate. Discard all but a tablespoon, feed it equal weights of flour and water, and keep it somewhere around 24 °C.",
      ),
      u("I only feed it once a week because it lives in the fridge. Is that the problem?"),
      a(
        "Partly. A weekly feed is fine for a fridge starter, but give it two room-temperature feeds a day before you bake so it is active again. If the smell comes back quickly, switch a third of the flour to wholemeal rye, which gives it more to eat.",
      ),
    ],
    followUp: "how do I know it's ready to bake with on Saturday?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u(
        "Quiero registrar la marca de mi taller de cerámica en Oaxaca. ¿Lo hago yo misma en el IMPI o necesito un abogado?",
      ),
      a(
        "Puedes hacerlo tú misma en línea con el sistema Marca en Línea del IMPI. Primero haz una búsqueda fonética para ver si ya existe una marca parecida, luego elige la clase correcta; para piezas de cerámica suele ser la clase 21.",
      ),
      u("¿Y si también vendo talleres para aprender a tornear?"),
      a(
        "Entonces conviene registrar también la clase 41, que cubre servicios de educación y formación. Cada clase se paga por separado, así que decide si los talleres son una parte importante del negocio.",
      ),
    ],
    followUp: "¿Cuánto tarda normalmente el IMPI en aprobar la solicitud?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("町内会で来月、防災訓練を企画することになりました。高齢の住民が多いのですが、何から準備すればいいですか？"),
      a(
        "まず避難経路を歩いて確認し、段差や狭い場所を地図に書き込みましょう。高齢の方が多いなら、集合場所を近くの公民館にして、車いす用の経路と、声かけ担当の住民を決めておくと安心です。",
      ),
      u("当日は雨の可能性もあります。中止の判断はどうしたらいいでしょう？"),
      a(
        "前日の夕方に気象警報が出ているかで判断するルールを事前に決め、回覧板と町内会のLINEで同時に知らせるのがおすすめです。小雨なら公民館の中で安否確認と消火器の使い方だけ行う縮小版にできます。",
      ),
    ],
    followUp: "参加者の名簿はどう管理すればいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Wyprowadzam się z wynajmowanego mieszkania w Krakowie, a właściciel nie chce oddać kaucji, bo twierdzi, że ściany są brudne. Co mogę zrobić?",
      ),
      a(
        "Zwykłe zużycie mieszkania, takie jak lekko zabrudzone ściany po kilku latach, nie uprawnia właściciela do zatrzymania kaucji. Poproś o protokół zdawczo-odbiorczy i porównaj go z tym z dnia wprowadzenia się.",
      ),
      u("Nie spisaliśmy protokołu przy wprowadzaniu. Czy to mi szkodzi?"),
      a(
        "Utrudnia sprawę, ale to właściciel musi wykazać, że szkody powstały z twojej winy. Zrób teraz zdjęcia z datą, wyślij mu pisemne wezwanie do zwrotu kaucji z terminem 14 dni i zachowaj potwierdzenie nadania.",
      ),
    ],
    followUp: "Co zrobić, jeśli po 14 dniach nadal nie odda pieniędzy?",
  },
];
