/**
 * Blind round 26: four sample conversations of its own (English, French, Japanese, Turkish), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_26: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("My Python script that renames holiday photos by EXIF date crashes on some HEIC files with a KeyError. Why?"),
      a(
        "Pillow only reads HEIC once the pillow-heif plugin is registered, and even then some phones store the capture time under DateTimeOriginal in the EXIF IFD rather than the top-level DateTime tag. Use exif.get_ifd(0x8769).get(36867) first, fall back to DateTime, and skip files where both are missing instead of indexing them directly.",
      ),
      u("That fixed most of them. A few still have no date at all — can I use the file's modification time instead?"),
    ],
    followUp: "and keep the original name in a log file?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u("Mon érable argenté perd ses feuilles en plein mois de juillet. Est-ce qu'il est malade?"),
      a(
        "Pas forcément. Après une canicule, beaucoup d'érables argentés laissent tomber une partie de leurs feuilles pour réduire l'évaporation. Regardez si les feuilles ont des taches noires (tache goudronneuse, sans gravité) ou si l'écorce se fend à la base. Arrosez profondément une fois par semaine, environ 40 litres, tant qu'il ne pleut pas.",
      ),
      u("Les feuilles ont justement de grosses taches noires. Faut-il les ramasser?"),
      a(
        "Oui, ramassez-les et jetez-les avec les ordures plutôt qu'au compost : le champignon passe l'hiver dans les feuilles tombées et réinfecte l'arbre au printemps.",
      ),
    ],
    followUp: "et est-ce qu'un fongicide vaut la peine?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から在宅勤務になります。腰痛が心配なのですが、椅子と机の高さはどう調整すればいいですか？"),
      a(
        "座ったときに足裏全体が床につき、膝がほぼ90度になる高さに椅子を合わせてください。机は肘を90度に曲げて腕を置いたとき、肩が上がらない高さが目安です。モニターの上端は目の高さか少し下にし、30分ごとに立ち上がって体を伸ばすと腰への負担が減ります。",
      ),
      u("今の机は高すぎて調整できません。どうすればいいですか？"),
    ],
    followUp: "フットレストは100円ショップのもので大丈夫ですか？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Kiracıyım ve ev sahibi yıllık kira artışını yüzde 60 yapmak istiyor. Buna hakkı var mı?"),
      a(
        "Konut kiralarında artış, bir önceki kira yılının on iki aylık TÜFE ortalamasını geçemez. Ev sahibinin istediği oran bunu aşıyorsa yalnızca yasal sınıra kadar artış yapabilirsiniz. Farkı ödemeyi reddettiğinizi ve yasal oranda ödeme yaptığınızı banka dekontuyla belgeleyin; anlaşamazsanız önce arabulucuya başvurmanız zorunludur.",
      ),
      u("Ev sahibi tahliye davası açacağını söylüyor. Beni çıkarabilir mi?"),
    ],
    followUp: "arabuluculuk ücretini kim öder?",
  },
];
