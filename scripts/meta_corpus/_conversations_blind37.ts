/**
 * Blind round 37: four sample conversations of its own (English, French, Japanese, Dutch), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_37: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("Our canoe club wants to run a beginner paddling day on the lake in June. What do we need to sort out first?"),
      a(
        "Start with three things: check the lake's booking rules with the conservation authority, confirm your club insurance covers non-members for a trial day, and count how many certified instructors you have, since that caps the group size at roughly six beginners per instructor. After that, plan boats and life jackets in every size.",
      ),
      u("We have four instructors and eleven canoes. Is that enough for twenty people?"),
      a(
        "Twenty beginners with four instructors works if you run two sessions of ten, morning and afternoon. Eleven canoes seat twenty-two at two per boat, so one session at a time leaves spares for instructors and a rescue boat.",
      ),
    ],
    followUp: "what should we do if the wind picks up in the afternoon?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Je veux installer un petit poulailler au fond du jardin à Namur. Est-ce qu'il faut une autorisation ?"),
      a(
        "Pour quelques poules, un poulailler de moins de 10 m² est en général dispensé de permis d'urbanisme en Wallonie, mais il doit rester à distance des limites mitoyennes et ne pas gêner les voisins. Renseignez-vous aussi auprès de la commune : certaines distribuent même des poules pour réduire les déchets.",
      ),
      u("Et combien de poules pour une famille de quatre ?"),
    ],
    followUp: "il faut les vacciner contre la grippe aviaire ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、札幌から函館まで車で行く予定です。途中でおすすめの寄り道はありますか？"),
      a(
        "道央道で行くなら、洞爺湖と昭和新山に寄るのが定番です。時間に余裕があれば、長万部でかにめしを食べて、大沼公園で少し散歩するのもおすすめです。全体で休憩込み五時間から六時間を見ておくと安心です。",
      ),
      u("雪はもう大丈夫でしょうか。タイヤはノーマルでいいですか？"),
      a(
        "四月下旬でも峠や朝晩は路面が凍ることがあるので、中山峠などを通るならスタッドレスのままが安全です。高速中心でも、出発前に道路情報を確認してください。",
      ),
    ],
    followUp: "函館で夜景を見るなら何時ごろがいいですか？",
  },
  {
    language: "Dutch",
    locale: "nl-NL",
    turns: [
      u("Ik wil mijn oude fiets ombouwen tot elektrische fiets met een voorwielmotor. Is dat verstandig?"),
      a(
        "Het kan goed, maar let op drie dingen: de voorvork moet stevig genoeg zijn voor het koppel, bij voorkeur staal in plaats van aluminium; de remmen moeten de extra snelheid aankunnen; en de motor mag wettelijk maximaal 250 watt leveren en tot 25 km/u ondersteunen, anders telt hij als speed pedelec.",
      ),
      u("Mijn vork is van aluminium. Wat raad je aan?"),
    ],
    followUp: "en hoeveel kost zo'n ombouwset ongeveer?",
  },
];
