/**
 * Blind round 50: four sample conversations of its own (English, Mexican Spanish, Chinese, Vietnamese), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_50: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u("My rear bike tyre keeps going flat overnight but I can't find a hole. What should I check first?"),
      a(
        "Start with the valve: pump the tube up, put a drop of soapy water on the valve core and watch for bubbles. A loose core is the most common slow leak. If the valve is fine, check the rim tape, because a shifted strip lets a spoke hole pinch the tube from the inside.",
      ),
      u("The valve bubbles a little. Can I tighten it or do I need a new tube?"),
      a(
        "If it is a Presta valve with a removable core, tighten the core with a core tool or small pliers, gently. If it still bubbles after that, replace the core; it costs far less than a new tube.",
      ),
    ],
    followUp: "where would I buy just a valve core in a small town?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u(
        "Vamos a abrir una radio comunitaria en el barrio. ¿Qué programas deberíamos tener en la primera temporada?",
      ),
      a(
        "Para empezar conviene un noticiero vecinal corto por la mañana, un programa de música local con artistas del barrio y un espacio semanal donde la gente llame para contar problemas del servicio de agua o de la basura. Tres programas bien hechos valen más que diez improvisados.",
      ),
      u("¿Y cómo conseguimos voluntarios que no se vayan al mes?"),
      a(
        "Dales un horario fijo y corto, una capacitación de dos sesiones y un nombre en la programación. La gente se queda cuando siente que el programa es suyo; rotar a todos por todo suele cansarlos.",
      ),
    ],
    followUp: "¿cuánto cuesta más o menos un transmisor pequeño?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我阳台上的多肉最近叶子变软、发黄，是不是浇水太多了？"),
      a(
        "很可能是浇水过多。多肉的根怕闷，盆土长期潮湿就会烂根，叶子先变软再发黄。先停水一到两周，把花盆移到通风的位置，再轻轻拔出来看看根，黑色发软的根要剪掉。",
      ),
      u("剪完根以后要马上种回去吗？"),
      a("不要马上种。先把伤口晾干两三天，再用颗粒多、排水好的土种下，种完一周内不浇水，让新根慢慢长出来。"),
    ],
    followUp: "颗粒土可以自己用什么材料配？",
  },
  {
    language: "Vietnamese",
    locale: "vi-VN",
    turns: [
      u("Tháng sau tôi thi bằng lái xe máy A1. Phần thi lý thuyết có khó không?"),
      a(
        "Phần lý thuyết gồm 25 câu hỏi trắc nghiệm, bạn cần đúng ít nhất 21 câu và không được sai câu điểm liệt. Nếu ôn kỹ bộ 250 câu hỏi và làm thử vài đề trên ứng dụng thì không khó.",
      ),
      u("Còn phần thi sa hình thì tôi nên tập thế nào?"),
      a(
        "Hãy tập nhiều nhất bài chạy theo hình số 8, vì đây là bài dễ bị trừ điểm nhất: đi chậm, giữ ga đều và không chống chân. Nếu có thể, hãy thuê xe tập ở sân thi một buổi trước ngày thi.",
      ),
    ],
    followUp: "nếu trượt sa hình thì bao lâu được thi lại?",
  },
];
