/**
 * Blind round 45: four sample conversations of its own (English, French, Japanese, Polish), written as the
 * small talk a companion or desktop-pet character has with its user, so the round's templates are filled with
 * text that the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_45: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("I finally took Biscuit to the vet today. She hid under the sofa for an hour before I could get her into the carrier."),
      a(
        "Poor Biscuit, and poor you! Leaving the carrier open in the living room for a few days before the next visit helps a lot: once it smells like home, cats stop treating it as a trap. What did the vet say?",
      ),
      u("She's fine, just a bit overweight. The vet wants her to lose about half a kilo before spring."),
      a(
        "That's very doable. Measure her dry food with a kitchen scale instead of a cup, and swap a few treats for play sessions with a feather wand before dinner, when she's most active anyway.",
      ),
    ],
    followUp: "how often should I weigh her to see if it's working?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "J'ai enfin acheté une guitare d'occasion au marché de la place du Jeu de Balle. Par quoi je commence, sachant que je n'ai jamais joué ?",
      ),
      a(
        "Commence par accorder la guitare avec une application, puis apprends trois accords ouverts : mi mineur, do et sol. Avec ces trois-là, tu peux déjà jouer des centaines de chansons. Dix minutes par jour valent mieux qu'une heure le dimanche.",
      ),
      u("Le bout de mes doigts me fait vraiment mal après cinq minutes. C'est normal ?"),
      a(
        "Oui, c'est tout à fait normal les deux ou trois premières semaines, le temps que la peau durcisse. Fais des pauses, vérifie que les cordes ne sont pas trop hautes au-dessus du manche, et arrête si la douleur devient vive.",
      ),
    ],
    followUp: "Quelle chanson facile je pourrais apprendre avec ces trois accords ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、仕事の都合で札幌に引っ越すことになったんだ。雪国に住むのは初めてでちょっと不安。"),
      a(
        "引っ越しおめでとう！札幌の冬は寒いけど、室内はしっかり暖房が効いているから、家の中は意外と快適だよ。まずは滑りにくい靴底の冬靴を一足用意しておくと安心かな。",
      ),
      u("部屋は地下鉄の駅から歩いて十五分なんだけど、冬でも歩ける？"),
      a(
        "歩けるけど、雪の日は二十分以上かかると思っておいたほうがいいよ。歩道はロードヒーティングがない所も多いから、朝は早めに出て、疲れた日はバスを使うのもありだね。",
      ),
    ],
    followUp: "冬のあいだ、自転車は使えないのかな？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "W sobotę babcia kończy osiemdziesiąt lat. Chcę jej upiec tort, ale nigdy nie piekłam niczego bardziej skomplikowanego niż szarlotka.",
      ),
      a(
        "To piękny pomysł! Na początek wybierz prosty biszkopt z kremem mascarpone i owocami. Biszkopt upiecz w piątek wieczorem, żeby odpoczął przez noc, a przełóż go kremem dopiero w sobotę rano.",
      ),
      u("Babcia uwielbia wiśnie. Mogę użyć tych ze słoika, które sama zrobiła latem?"),
      a(
        "Oczywiście, to nawet lepiej, bo będą miały dla niej wyjątkowy smak. Dobrze je odsącz, a sok zagęść odrobiną skrobi i użyj do nasączenia biszkoptu.",
      ),
    ],
    followUp: "Ile świeczek powinnam postawić na torcie, żeby nie było ich za dużo?",
  },
];
