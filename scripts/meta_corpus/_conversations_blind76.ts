/**
 * Blind round 76: four sample conversations of its own (US English, Spanish, Chinese, Japanese), customer-support
 * exchanges (a cracked blender jar, a shoe size swap, a broadband upgrade, a hotel date change), so the round's
 * support-desk templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 * No `$` in the texts: one client fills its templates with JavaScript `String.replace`, which would read `$&`.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_76: Conversation[] = [
  {
    language: "English",
    locale: "en-US",
    turns: [
      u(
        "My order #48213 arrived yesterday but the blender jar is cracked. Can I get a replacement instead of a refund?",
      ),
      a(
        "I'm sorry about that. Yes, we can send a replacement jar. Please reply with a photo of the crack and the order number, and we'll ship the new jar within two business days at no cost.",
      ),
      u("Photo sent just now. Do I need to return the broken jar?"),
      a(
        "No need to return it. Once our team confirms the photo, you'll get a tracking link by email, usually the same day.",
      ),
    ],
    followUp: "and how long does shipping usually take to Denver?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u("Hola, compré unas zapatillas de running en la talla 42 y me quedan pequeñas. ¿Puedo cambiarlas por una 43?"),
      a(
        "¡Hola! Claro que sí. Tienes 30 días desde la entrega para hacer el cambio. Entra en «Mis pedidos», elige «Cambiar talla» y te enviaremos una etiqueta de devolución gratuita.",
      ),
    ],
    followUp: "¿Y si la 43 está agotada, me devolvéis el dinero?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("你好，我家宽带现在是100兆的套餐，想升级到500兆，需要换光猫吗？"),
      a("您好！升级到500兆需要支持千兆端口的光猫。如果您的光猫是三年前安装的，我们会免费上门更换，升级后每月加收30元。"),
      u("那安装师傅一般多久能上门？我周末才在家。"),
      a("下单后通常1到3个工作日内上门，也可以预约周六或周日，在备注里写上方便的时间段即可。"),
    ],
    followUp: "周日上午九点到十二点可以预约吗？",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来週の金曜日に予約している京都のホテルですが、チェックインを土曜日に1日ずらすことはできますか？"),
      a(
        "ご連絡ありがとうございます。土曜日の空室を確認しましたところ、同じお部屋タイプでご用意できます。ただし土曜日は1泊あたり3,000円高くなります。",
      ),
    ],
    followUp: "それなら差額はチェックインのときにフロントで払えますか？",
  },
];
