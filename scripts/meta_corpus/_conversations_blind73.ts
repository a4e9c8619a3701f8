/**
 * Blind round 73: four sample conversations of its own (Scottish English, Belgian French, Japanese, Polish), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_73: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "Our village hall in Fife wants to start a repair café once a month. What do we need to sort out before the first one?",
      ),
      a(
        "Start with volunteers and insurance. You need two or three fixers for electricals, textiles and bikes, and the hall's public liability cover should be checked to make sure it includes repairs done by volunteers. Ask every visitor to sign a short disclaimer, and have anyone fixing mains appliances do a PAT test before the item goes home.",
      ),
      u("Should we charge people for the repairs?"),
      a(
        "Most repair cafés ask for a donation instead of a fee, which keeps you clear of trading rules and makes it easier to say that nothing is guaranteed. A donation jar beside the tea urn usually covers spare fuses, thread and bike inner tubes.",
      ),
    ],
    followUp: "what tools should we buy first with the donations?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Je voudrais installer un petit potager sur le toit plat de notre immeuble à Liège. Est-ce que la copropriété doit donner son accord ?",
      ),
      a(
        "Oui, le toit est une partie commune : il faut un vote de l'assemblée générale. Avant de le proposer, demandez à un architecte ou à un ingénieur de vérifier la charge que la toiture supporte, car des bacs de terre mouillée pèsent vite plusieurs centaines de kilos par mètre carré.",
      ),
      u("Et pour l'arrosage, on fait comment sans robinet sur le toit ?"),
      a(
        "Le plus simple est de récupérer l'eau de pluie dans une cuve posée près des bacs et d'ajouter un paillage épais pour limiter l'évaporation. En été, un arrosage goutte-à-goutte relié à la cuve suffit souvent pour des tomates et des herbes aromatiques.",
      ),
    ],
    followUp: "Quelles plantes résistent le mieux au vent sur un toit ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、金沢で祖母の米寿のお祝いをします。親戚が二十人ほど集まるのですが、会場はどう選べばいいですか？"),
      a(
        "まずは祖母が移動しやすいことを最優先にしてください。段差の少ない個室のある料亭やホテルの宴会場が安心です。椅子席を選べば足腰への負担も減ります。予約のときに米寿のお祝いだと伝えると、黄色の花やお赤飯を用意してくれる店も多いですよ。",
      ),
      u("記念品は何がいいでしょうか？"),
      a(
        "米寿の色は黄色なので、黄色のちゃんちゃんこや名前入りの湯呑みが定番です。家族全員の寄せ書きを額に入れて贈ると、後から何度も見返せるので喜ばれます。",
      ),
    ],
    followUp: "乾杯の挨拶は親戚の中で誰にお願いするのが良いですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Chcę zacząć trenować do pierwszego półmaratonu w Krakowie w kwietniu. Teraz biegam trzy razy w tygodniu po pięć kilometrów. Od czego zacząć?",
      ),
      a(
        "Masz dobrą bazę. Przez pierwsze tygodnie wydłużaj tylko jeden bieg w tygodniu, o około kilometr, a pozostałe dwa zostaw spokojne. Raz w tygodniu zrób krótki trening siłowy na nogi i brzuch, bo to chroni kolana przy rosnącym kilometrażu.",
      ),
      u("A co z bieganiem zimą, kiedy jest ślisko?"),
      a(
        "Przy oblodzeniu lepiej przenieść trening na bieżnię albo wybrać odśnieżone alejki w parku. Warto też kupić nakładki antypoślizgowe na buty i ubierać się na cebulkę, żeby nie przegrzać się po pierwszych kilometrach.",
      ),
    ],
    followUp: "Ile żeli energetycznych zabrać na sam bieg?",
  },
];
