/**
 * Blind round 20: four sample conversations of its own (English, French, Japanese, Brazilian Portuguese), so the
 * round's templates are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_20: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("My sourdough starter smells like nail polish remover after two days in the fridge. Is it dead?"),
      a(
        "No, that acetone smell means it is hungry, not dead. Discard all but a tablespoon, feed it equal weights of flour and water, and keep it at room temperature for a couple of feeds until it doubles within six to eight hours again.",
      ),
      u("It doubled after the second feed. Can I bake with it tomorrow morning?"),
    ],
    followUp: "and should it go back in the fridge afterwards?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Notre association veut louer une salle communale pour un repas de 80 personnes. Quelles assurances faut-il prévoir ?",
      ),
      a(
        "En général, la commune exige une responsabilité civile organisateur qui couvre les dommages aux tiers et à la salle. Vérifiez aussi si votre contrat d'association inclut déjà les manifestations ponctuelles, et demandez l'attestation à joindre au contrat de location.",
      ),
      u("Notre assureur dit que c'est couvert jusqu'à 100 participants. Et pour la vente de boissons ?"),
      a(
        "Pour vendre des boissons, il faut une autorisation de la commune pour un débit occasionnel ; les boissons fermentées comme la bière et le vin sont en principe admises, les spiritueux demandent une autorisation séparée.",
      ),
    ],
    followUp: "combien de temps avant faut-il demander l'autorisation ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から在宅勤務になります。ノートパソコンだけで作業すると首が痛くなるのですが、どうすればいいですか？"),
      a(
        "画面の高さが低すぎることが多いです。ノートパソコンをスタンドで目の高さまで上げ、外付けのキーボードとマウスを使うと首への負担がかなり減ります。1時間に一度は立ち上がって肩を回すのもおすすめです。",
      ),
      u("スタンドは買いました。椅子も替えたほうがいいですか？"),
    ],
    followUp: "予算は2万円くらいです",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Quero começar a correr, mas nunca fiz exercício. Quantas vezes por semana devo treinar no início?"),
      a(
        "Comece com três treinos por semana, em dias alternados, alternando um minuto de corrida leve com dois de caminhada por uns 20 minutos. Aumente o tempo de corrida aos poucos a cada semana.",
      ),
      u("Sinto dor na canela depois do segundo treino. É normal?"),
      a(
        "Uma dor leve pode ser canelite, comum em iniciantes. Diminua o ritmo, descanse um ou dois dias e confira se o tênis tem bom amortecimento. Se a dor for pontual e forte, procure um médico.",
      ),
    ],
    followUp: "posso nadar nos dias de descanso?",
  },
];
