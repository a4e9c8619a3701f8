/**
 * Blind round 64: four sample conversations of its own (Australian English, Canadian French, Simplified Chinese,
 * Turkish), written for this round so the agent-framework, RAG and gateway templates are filled with text the
 * project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_64: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("We're picking up a retired racing greyhound from the adoption program on Saturday. Anything we should set up first?"),
      a(
        "Give her a thick bed in a quiet corner, since greyhounds have little padding, and block off stairs for the first week: most ex-racers have never climbed them. Keep her on a martingale collar and lead outdoors, because they can slip an ordinary collar and bolt after anything small that moves.",
      ),
      u("We have a cat. Is that going to be a problem?"),
      a(
        "The program tests every dog for cat tolerance, so ask for her result. Even if she was rated cat-safe, keep her muzzled around the cat for the first few weeks and never leave them alone together until you have seen calm behaviour many times.",
      ),
    ],
    followUp: "how long did you say to keep the muzzle on?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u("C'est quand la date limite pour poser les pneus d'hiver au Québec cette année?"),
      a(
        "Les pneus d'hiver sont obligatoires du 1er décembre au 15 mars pour les véhicules de promenade immatriculés au Québec. Les garages sont souvent débordés en novembre, alors prenez rendez-vous dès octobre.",
      ),
      u("Et les pneus quatre saisons, ils comptent?"),
      a(
        "Seulement s'ils portent le pictogramme de la montagne à trois pics avec un flocon de neige. Le simple marquage M+S ne suffit plus pour respecter la loi.",
      ),
    ],
    followUp: "pis si je me fais arrêter sans, c'est combien l'amende?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("卫生间装修，防水层要刷多高才够？我们家是淋浴不是浴缸。"),
      a(
        "地面要满刷，墙面一般刷到 30 厘米以上；淋浴区的墙面建议刷到 1.8 米，最好直接刷到顶，因为热水蒸汽会往上走。阴角和管道根部要先加一层无纺布加强。",
      ),
      u("刷完以后闭水试验要做多久？"),
      a("闭水试验至少 48 小时，水深 2 到 3 厘米。之后到楼下邻居家检查天花板有没有渗水痕迹，确认没问题再贴砖。"),
    ],
    followUp: "那它干透之前能不能先做吊顶？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("3D yazıcımda PETG basarken ince iplikler oluşuyor, parçanın her yeri örümcek ağı gibi. Ne yapmalıyım?"),
      a(
        "Bu sorun genelde nemli filamentten ya da düşük geri çekme ayarından kaynaklanır. Önce filamenti 65 derecede dört saat kurutun, sonra geri çekme mesafesini 0,5 mm artırarak deneme kulesi basın.",
      ),
      u("Kurutucum yok, fırında kurutabilir miyim?"),
      a(
        "Olur ama ev fırınlarının termostatı çok oynak; fırını bir termometreyle kontrol edin ve kapağı hafif aralık bırakın. Makarayı fırın tepsisinin ortasına, ısıtıcıdan uzak koyun.",
      ),
    ],
    followUp: "peki bu ayarlar TPU için de geçerli mi?",
  },
];
