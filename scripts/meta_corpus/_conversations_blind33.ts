/**
 * Blind round 33: four sample conversations of its own (English, Spanish, Japanese, Vietnamese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_33: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("Our netball club wants to swap paper scoresheets for an app. Volunteers are mostly over 60. What should we look for?"),
      a(
        "Pick something that works offline at courts with bad reception, has big buttons and a single screen per quarter, and lets a coach fix a wrong entry afterwards. Run a trial on one Saturday with two volunteers who are keen, and keep the paper sheets as a backup for the first month.",
      ),
      u("Two of the older umpires refuse to use phones at all. How do we handle that without upsetting them?"),
    ],
    followUp: "could a tablet at the scorer's table be shared by everyone?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("Quiero hacer pan de muerto en casa por primera vez. ¿Qué harina me conviene y cuánto tiempo tiene que reposar la masa?"),
      a(
        "Usa harina de trigo de fuerza o, si no consigues, harina común con un poco más de amasado. La masa lleva mantequilla, huevo, ralladura de naranja y agua de azahar; déjala reposar tapada en un lugar tibio hasta que doble su tamaño, normalmente entre una hora y media y dos horas.",
      ),
      u("La última vez me quedó muy seco. ¿Qué hice mal?"),
      a(
        "Lo más común es hornearlo de más o poner demasiada harina al amasar. Saca el pan cuando la base suene hueca, unos 30 minutos a 180 °C, y barnízalo con mantequilla apenas salga del horno antes de espolvorear el azúcar.",
      ),
    ],
    followUp: "¿puedo congelar la masa para hornearla otro día?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から在宅勤務が週3日になります。ワンルームで仕事と生活のメリハリをつけるコツはありますか？"),
      a(
        "机の位置を固定して「そこに座ったら仕事」と決めるのが効果的です。始業前に短い散歩をして通勤の代わりにし、終業時にはノートパソコンを閉じて引き出しや棚にしまうと、気持ちを切り替えやすくなります。照明を仕事用と夜用で分けるのもおすすめです。",
      ),
      u("昼休みにだらだらしてしまい、午後の集中力が落ちます。どうすればいいですか？"),
    ],
    followUp: "仮眠は何分くらいがいいですか？",
  },
  {
    language: "Vietnamese",
    locale: "vi-VN",
    turns: [
      u("Tôi muốn trồng rau muống trên ban công chung cư ở Sài Gòn. Nên dùng chậu gì và đất thế nào?"),
      a(
        "Rau muống dễ trồng: dùng thùng xốp hoặc chậu nhựa sâu khoảng 20–25 cm, có lỗ thoát nước. Trộn đất thịt với phân trùn quế và một ít xơ dừa để giữ ẩm. Gieo hạt đã ngâm nước ấm qua đêm, tưới hai lần mỗi ngày vào mùa khô, khoảng ba tuần là có thể cắt đợt đầu.",
      ),
      u("Lá bị sâu ăn lỗ chỗ, có cách nào trừ sâu mà không dùng thuốc hóa học không?"),
    ],
    followUp: "nước tỏi ớt pha theo tỉ lệ nào?",
  },
];
