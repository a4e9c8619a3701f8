/**
 * Blind round 48: four sample conversations of its own (British English, Canadian French, Japanese, Turkish), so
 * the round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_48: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "Our village choir wants to hold a carol concert in the church hall to raise money for the food bank. What should we sort out first?",
      ),
      a(
        "Book the hall and check its capacity and fire rules before anything else, because those fix how many tickets you can sell. Then agree a programme of about an hour, ask the vicar about using the piano, and decide whether you sell tickets in advance or take donations at the door.",
      ),
      u("Do we need any kind of licence to sell mulled wine in the interval?"),
      a(
        "Selling alcohol usually needs a Temporary Event Notice from the district council, submitted at least ten working days before the event. A simple way round it is to give the mulled wine away and invite donations, but check with the council, as some treat that as a sale too.",
      ),
    ],
    followUp: "how early would we have to send that notice off?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u(
        "Dans notre ruelle à Montréal, six voisins veulent acheter ensemble une souffleuse à neige. Comment partager les frais et l'entretien?",
      ),
      a(
        "Le plus simple est de diviser le prix d'achat en six parts égales et d'ouvrir une petite caisse commune pour l'essence et la mise au point annuelle. Notez dans un cahier qui l'utilise et quand, et désignez une personne responsable de l'entreposer dans son cabanon.",
      ),
      u("Et si la souffleuse brise pendant que quelqu'un l'utilise?"),
      a(
        "Convenez d'avance que les réparations normales sont payées par la caisse commune, sauf en cas de négligence évidente. Mettez cette entente par écrit et faites-la signer par les six voisins, ça évite bien des chicanes en plein mois de janvier.",
      ),
    ],
    followUp: "Combien devrait-on mettre dans la caisse commune chaque hiver?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("マンションの管理組合で初めて防災訓練を企画することになりました。何から始めればいいですか？"),
      a(
        "まず消防署に相談して、訓練の日程と内容（避難経路の確認、消火器の使い方、安否確認の方法など）を決めましょう。住民向けのお知らせは一か月前には掲示し、高齢の方や小さな子どもがいる家庭には個別に声をかけると参加率が上がります。",
      ),
      u("当日雨が降ったらどうしましょう？"),
      a(
        "雨天の場合は屋外の消火器体験を中止し、エントランスや集会室で安否確認の練習と備蓄品の説明だけ行う短縮版にするとよいです。あらかじめ雨天時の内容もお知らせに書いておくと混乱しません。",
      ),
    ],
    followUp: "備蓄品は一世帯あたりどのくらい用意するよう案内すべきですか？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u(
        "İzmir'de küçük bir fırınım var, ekşi mayalı ekmeğe geçmek istiyorum. Üretim planımı nasıl değiştirmeliyim?",
      ),
      a(
        "Ekşi maya hamuru uzun fermantasyon istediği için üretimi iki güne yaymanız gerekir: akşam hamuru yoğurup soğuk dolapta bekletirsiniz, sabah erkenden şekillendirip pişirirsiniz. Başlangıçta günde yirmi somunla deneyin ve satışları izleyin.",
      ),
      u("Müşteriler daha yüksek fiyatı kabul eder mi?"),
      a(
        "Genellikle kabul ederler, ama farkı anlatmanız gerekir. Tezgâhta kısa bir not ve tadım için küçük dilimler koymak işe yarar; fiyatı normal ekmeğin yaklaşık iki katı olarak başlatıp talebe göre ayarlayabilirsiniz.",
      ),
    ],
    followUp: "Soğuk dolap için hangi sıcaklık uygun olur?",
  },
];
