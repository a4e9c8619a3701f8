/**
 * Blind round 78: four sample conversations of its own (English, German, Chinese, Vietnamese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_78: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our community choir wants to record a carol album in the parish church. We have one laptop, a cheap audio interface with two inputs and three borrowed condenser mics. How should we place them?",
      ),
      a(
        "With two inputs, record the choir as a stereo pair: put two of the condensers in an ORTF arrangement (capsules 17 cm apart, angled 110 degrees) about three metres in front of the choir and a metre above head height. Keep the third mic as a spare. Check the church's reverb by clapping; if the tail is longer than three seconds, move the pair closer.",
      ),
      u("The organ will accompany us on two tracks. Will the pair pick it up well enough?"),
      a(
        "Usually yes, because the organ fills the room, but it may swamp the altos. Do a test take, listen on headphones and, if the organ dominates, turn the pair slightly towards the choir or ask the organist to use a quieter registration for the verses.",
      ),
    ],
    followUp: "what sample rate and bit depth should we record at?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Ich möchte im Mai mit dem Nachtzug von Wien nach Hamburg fahren und mein Faltrad mitnehmen. Muss ich dafür extra bezahlen?",
      ),
      a(
        "Ein zusammengeklapptes Faltrad gilt im Nightjet als Handgepäck und ist kostenlos, solange es in einer Tasche verpackt ist und in die Gepäckablage oder unter den Sitz passt. Ein nicht gefaltetes Rad braucht dagegen einen eigenen Fahrradstellplatz, der reserviert werden muss und etwa zehn Euro kostet.",
      ),
      u("Und wenn ich im Liegewagen fahre, wo stelle ich die Tasche dann hin?"),
      a(
        "Im Liegewagen gibt es über der Tür ein Gepäckfach, in das eine Faltradtasche meistens passt. Bei einem 20-Zoll-Rad kann es eng werden; dann hilft es, das Rad zusätzlich am Lenker einzuklappen.",
      ),
    ],
    followUp: "gilt das auch für die Rückfahrt mit der ÖBB-Sparschiene?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家阳台朝东，每天只有上午四个小时的阳光。想用花盆种樱桃番茄，能结果吗？"),
      a(
        "可以，但产量会比全日照少一些。建议选早熟、耐阴一点的品种，比如“千禧”或“红珍珠”，用至少二十升的深盆，每周追一次低氮高钾的液肥。开花时轻轻摇动花枝帮助授粉，因为阳台上昆虫少。",
      ),
      u("叶子下面开始发黄卷起来了，是浇水太多吗？"),
      a(
        "下部老叶发黄卷曲常见的原因有两个：一是盆土长期过湿导致根系缺氧，二是缺镁。先用手指插进土里三厘米，如果还是湿的就停两天再浇；如果浇水正常，可以每两周喷一次稀释的硫酸镁溶液。",
      ),
    ],
    followUp: "那发黄的叶子要不要剪掉？",
  },
  {
    language: "Vietnamese",
    locale: "vi-VN",
    turns: [
      u(
        "Tôi định mở một quán cà phê nhỏ khoảng 30 mét vuông ở Đà Nẵng. Nên mua máy pha espresso một group hay hai group?",
      ),
      a(
        "Với quán 30 mét vuông, nếu dự kiến bán dưới 150 ly mỗi ngày thì máy một group là đủ và tiết kiệm điện. Nếu bạn bán nhiều đồ uống từ espresso vào giờ cao điểm buổi sáng, máy hai group giúp hai người pha cùng lúc và tránh khách phải chờ lâu.",
      ),
      u("Còn máy xay thì sao, có cần loại xay theo liều không?"),
      a(
        "Nên có. Máy xay theo liều (on-demand) xay đúng lượng cho từng shot nên cà phê luôn tươi và ít hao hụt. Hãy chọn loại có lưỡi phẳng từ 64 mm trở lên để tốc độ xay đủ nhanh trong giờ đông khách.",
      ),
    ],
    followUp: "ngân sách khoảng 80 triệu thì nên chọn combo nào?",
  },
];
