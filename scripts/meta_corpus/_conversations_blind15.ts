/**
 * Blind round 15: four sample conversations of its own (English, French, Japanese, Brazilian Portuguese), so the
 * round's templates are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_15: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("The ice maker in our fridge keeps making tiny hollow cubes. The water filter is only two months old."),
      a(
        "Hollow or small cubes usually mean low water pressure at the inlet valve. Check that the supply tap behind the fridge is fully open and that the line is not kinked; a partly clogged inlet valve screen causes the same thing.",
      ),
      u("The tap is fully open. Where is that screen?"),
      a(
        "Unplug the fridge, shut the water off and remove the lower back panel. The valve sits where the supply line enters; unscrew the line fitting and the mesh screen is inside the valve port. Rinse it and refit.",
      ),
    ],
    followUp: "and if that doesn't fix it?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Mon propriétaire veut augmenter le loyer de 12 % au renouvellement du bail à Bruxelles. Il a le droit ?"),
      a(
        "À Bruxelles, le loyer ne peut être révisé à la fin d'un bail de courte durée qu'aux conditions de l'ordonnance régionale : une hausse libre n'est possible qu'entre deux locataires. En cours de bail ou au renouvellement avec vous, seule l'indexation annuelle est due, sauf travaux ou accord écrit.",
      ),
    ],
    followUp: "et s'il refuse de renouveler ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、京都で紅葉を見たいのですが、混雑を避けられる穴場はありますか？"),
      a(
        "東福寺や永観堂は非常に混みます。比較的静かなのは、大原の宝泉院、鷹峯の源光庵、山科の毘沙門堂です。朝8時台に着くとさらに空いています。",
      ),
      u("毘沙門堂へは京都駅からどう行けばいいですか？"),
      a("JR琵琶湖線で山科駅まで約5分、そこから徒歩20分ほどです。"),
    ],
    followUp: "雨の日でも楽しめますか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Meu pé de maracujá está cheio de flor mas não segura nenhum fruto. O que pode ser?"),
      a(
        "Quase sempre é falta de polinização: o maracujá depende das mamangavas. Se elas não aparecem no seu quintal, faça a polinização manual à tarde, passando o pólen de uma flor para outra com um pincel.",
      ),
    ],
    followUp: "preciso de duas plantas para isso?",
  },
];
