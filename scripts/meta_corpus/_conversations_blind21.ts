/**
 * Blind round 21: four sample conversations of its own (English, French, Japanese, Indonesian), so the round's
 * templates are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_21: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("The printer on the second floor says 'offline' for everyone on Wi-Fi but works over USB. What should I check first?"),
      a(
        "Start with the printer's IP address: print a network configuration page from its panel and compare the address with the one in the print queue on a laptop. If the router handed it a new address after a restart, the queue points at the old one. Reserving the address in the router's DHCP settings stops it from moving again.",
      ),
      u("The address changed from .42 to .57. I've reserved .57 now."),
    ],
    followUp: "do I have to re-add the printer on every laptop?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Mon voisin veut abattre un arbre qui est à cheval sur la limite de nos deux jardins. Il a le droit ?"),
      a(
        "Un arbre planté sur la limite est en principe mitoyen : il appartient aux deux propriétaires. Chacun peut demander qu'il soit abattu, mais les frais se partagent et le bois revient aux deux. Avant tout, vérifiez auprès de la commune si un permis d'abattage est exigé pour cette essence et cette taille.",
      ),
    ],
    followUp: "et s'il le coupe sans me demander ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("ベランダのミニトマト、実が割れてしまうのはなぜですか？"),
      a(
        "実割れの多くは水やりのむらが原因です。乾いた土に急にたくさん水を与えたり、雨が続いたりすると、果実の中が急に膨らんで皮が追いつかずに裂けます。土の表面が乾いたら朝に少しずつ与え、雨の日は軒下に移すと減らせます。",
      ),
      u("朝に水をあげるようにしてみます。肥料は関係ありますか？"),
      a(
        "窒素が多すぎると皮が薄くなり割れやすくなります。実がつき始めたら、リン酸とカリの多い追肥に切り替えるのがおすすめです。",
      ),
    ],
    followUp: "追肥はどのくらいの間隔でやればいいですか？",
  },
  {
    language: "Indonesian",
    locale: "id-ID",
    turns: [
      u("Saya mau perpanjang SIM A yang habis masa berlakunya minggu depan. Bisa online?"),
      a(
        "Bisa, lewat aplikasi Digital Korlantas POLRI selama SIM belum lewat masa berlaku. Siapkan KTP, tes kesehatan dan tes psikologi online, lalu bayar PNBP lewat bank. SIM baru dikirim ke alamat atau bisa diambil di Satpas.",
      ),
    ],
    followUp: "kalau sudah telat seminggu masih bisa online?",
  },
];
