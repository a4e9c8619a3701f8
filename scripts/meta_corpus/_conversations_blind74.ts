/**
 * Blind round 74: four sample conversations of its own (Scottish English, Belgian French, Japanese, Polish), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_74: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "Our allotment in Leith keeps getting clubroot in the brassicas. Is there any point planting kale there again next spring?",
      ),
      a(
        "Clubroot spores survive in the soil for fifteen years or more, so the same bed will stay infected. You can still grow kale if you raise the pH: lime the bed to around 7.2 over the winter, raise the seedlings in pots of clean compost until they have a strong root ball, and choose a clubroot-resistant variety such as 'Kilaton' for cabbages; a few F1 kales are bred for resistance too.",
      ),
      u("How much lime are we talking about for a four-metre bed?"),
      a(
        "For a bed of roughly four square metres on average soil, about 200 to 300 grams of garden lime per square metre is typical, so one to one and a half kilograms in total. Test the pH first with a cheap kit, spread the lime in November, and don't add manure at the same time, because the two react and you lose nitrogen.",
      ),
    ],
    followUp: "and can I put the infected roots in the council green bin?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Je dois renouveler ma carte d'identité à Liège, elle expire en février. Je peux faire la demande en ligne ou je dois aller à la commune ?",
      ),
      a(
        "En Belgique, la carte d'identité se demande toujours en personne à l'administration communale, parce qu'on prend vos empreintes et votre signature. Vous recevez d'habitude une convocation par courrier environ deux mois avant l'expiration ; sinon, prenez rendez-vous sur le site de la Ville de Liège et apportez une photo récente conforme aux normes.",
      ),
      u("Et ça prend combien de temps avant de recevoir la nouvelle carte ?"),
      a(
        "Comptez deux à trois semaines en procédure normale. Vous recevrez alors un courrier avec vos codes PIN et PUK, et vous devrez retourner à la commune pour retirer la carte. En cas d'urgence, une procédure accélérée existe, mais elle coûte nettement plus cher.",
      ),
    ],
    followUp: "Est-ce que je peux voyager en France avec l'ancienne carte en attendant ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、札幌から函館まで車で行く予定です。冬の道は初めてなんですが、レンタカーでも大丈夫でしょうか？"),
      a(
        "北海道のレンタカーは冬はスタッドレスタイヤが標準なので、装備の面では問題ありません。ただ、中山峠や高速道路の一部は路面が凍結しやすいので、車間距離を普段の倍以上とり、急ブレーキ・急ハンドルを避けてください。所要時間は夏より1〜2時間多めに見ておくと安心です。",
      ),
      u("途中で泊まるならどのあたりがいいですか？"),
      a(
        "長万部や八雲あたりが中間地点としてちょうどいいです。長万部は温泉もあり、かにめしが名物です。吹雪の予報が出たら無理をせず、早めに宿を決めて移動を翌日に回すのがおすすめです。",
      ),
    ],
    followUp: "4WDを選んだほうがいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Mój tata ma 78 lat i chcemy, żeby przeprowadził się do nas do Poznania. Czy musi się od razu zameldować pod naszym adresem?",
      ),
      a(
        "Obowiązek meldunkowy nadal istnieje: na pobyt stały należy się zameldować najpóźniej 30. dnia od przyjazdu. Można to zrobić w urzędzie miasta albo przez internet z profilem zaufanym. Przy okazji warto zmienić przychodnię POZ, żeby tata miał lekarza rodzinnego blisko was.",
      ),
      u("A co z jego emeryturą, trzeba coś zgłaszać w ZUS-ie?"),
      a(
        "Tak, zmianę adresu trzeba zgłosić do ZUS, najlepiej przez PUE ZUS albo wnioskiem EZP w placówce. Jeśli emerytura przychodzi przekazem pocztowym, to szczególnie ważne, bo inaczej listonosz przyjdzie pod stary adres. Przy przelewie na konto wystarczy sama aktualizacja adresu korespondencyjnego.",
      ),
    ],
    followUp: "czy tata może dostać kartę parkingową dla osoby niepełnosprawnej w Poznaniu?",
  },
];
