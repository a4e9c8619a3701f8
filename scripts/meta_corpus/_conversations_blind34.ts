/**
 * Blind round 34: four sample conversations of its own (English, French, Korean, Indonesian), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_34: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("Our allotment's water butt overflows every time it rains and floods the onion bed. Any cheap fix?"),
      a(
        "Fit a rain-butt diverter kit on the downpipe so the butt stops filling once it is full and the rest goes down the drain, or run an overflow hose from the top outlet to a second butt or a gravel soakaway well away from the beds. Raising the onions on a slightly mounded row also helps them shed standing water.",
      ),
      u("The shed has no downpipe, the gutter just drips off one corner. Does the diverter still work?"),
    ],
    followUp: "would a chain from the gutter corner into the butt be enough?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Je prépare un examen de néerlandais niveau B1 dans six semaines. Comment organiser mes révisions le soir après le travail ?"),
      a(
        "Fixe quarante minutes par soir : dix minutes de vocabulaire avec des fiches, vingt minutes sur une compétence qui tourne (écoute, lecture, écriture, expression orale) et dix minutes pour relire tes erreurs de la veille. Garde le samedi pour un examen blanc chronométré.",
      ),
      u("L'oral me stresse le plus. Je n'ai personne avec qui parler néerlandais."),
      a(
        "Enregistre-toi en répondant aux sujets types de l'examen, puis réécoute en notant les mots qui t'ont manqué. Les tables de conversation des bibliothèques publiques flamandes sont gratuites et souvent le mardi soir.",
      ),
    ],
    followUp: "est-ce qu'il existe des applications pour trouver un partenaire d'échange linguistique ?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("다음 달에 제주도로 자전거 일주를 하려고 해요. 초보자인데 며칠 정도 잡아야 할까요?"),
      a(
        "환상자전거길은 약 234km라서 초보자라면 하루 60km 정도로 4일을 잡는 것이 무난합니다. 바람이 강한 서쪽 구간은 오전에 지나가고, 인증센터 도장을 찍으면서 쉬어 가세요.",
      ),
      u("자전거는 현지에서 빌릴 수 있나요? 짐은 어떻게 하죠?"),
    ],
    followUp: "숙소에 짐을 미리 보내 주는 서비스도 있나요?",
  },
  {
    language: "Indonesian",
    locale: "id-ID",
    turns: [
      u("Saya mau mulai jualan kue kering lewat Instagram menjelang Lebaran. Bagaimana cara menentukan harga?"),
      a(
        "Hitung dulu biaya bahan per toples, tambahkan kemasan, gas atau listrik oven, dan ongkos tenaga Anda per jam. Setelah itu tambahkan margin 30 sampai 50 persen, lalu bandingkan dengan harga penjual lain di kota Anda supaya tidak terlalu jauh.",
      ),
      u("Kalau ada pembeli minta ongkir gratis, sebaiknya bagaimana?"),
      a(
        "Beri ongkir gratis hanya untuk pembelian minimal, misalnya tiga toples, atau untuk wilayah yang dekat. Dengan begitu biaya kirim tertutup oleh pesanan yang lebih besar.",
      ),
    ],
    followUp: "apakah perlu izin PIRT untuk jualan kue rumahan?",
  },
];
