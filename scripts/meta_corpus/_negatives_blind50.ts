/**
 * Blind round 50 hard negatives: the same clients' ordinary turns as they send them (the WhatsApp bot's system
 * prompt with its running summary, the Chinese chat server's plain chat, the attendance bot's answer generator, the
 * QQ group bot's reply, the chat widget's Gemini chat, the Discord bot's 👍 reply), and user turns that ask for a
 * title or summary of the user's own text.
 */
import { CONVERSATIONS_BLIND_50 } from "./_conversations_blind50.ts";
import { asst, type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind50.ts";
import * as F from "./_blind50_fill.ts";

const conv = (i: number) => CONVERSATIONS_BLIND_50[i] ?? CONVERSATIONS_BLIND_50[0]!;
const history = (i: number) => toMessages(conv(i).turns);
const src = (key: keyof typeof P.SRC, path: string): Source => ({ ...P.SRC[key], path });
const turn = (...messages: ChatBody["messages"]): ChatBody => ({ model: MODEL, messages, stream: true });

/** The WhatsApp bot's system prompt with the summary its previous call returned (written for the case). */
const waSystem = P.WA_SYSTEM.replace("{today}", F.NOW.date).replace(
  "{history_summary}",
  "El usuario organiza una radio comunitaria y preguntó por programas y voluntarios.",
);

/** aimolt's 👍 reply: CONVERSATIONS_PROMPT, the relationship block, recent history, then the message. */
function aimoltLike(i: number, message: string): ChatBody {
  const rel = F.fill(P.AM_REL_CTX, {
    "${relationship.impression_summary || 'なし'}": "なし",
    "${relationship.mentor_focus || 'なし'}": "なし",
    "${relationship.affection_score}": "50",
  });
  const recent = conv(i).turns.map((t) => `${t.role === "user" ? "ユーザー" : "AImolt"}: ${t.content}`).join(
    "\n",
  );
  const prompt = `${P.AM_CONV}${rel}\n\n【直近の会話履歴】\n${recent}\n\nユーザーのメッセージ: ${message}`;
  return { model: MODEL, messages: [sys(P.AM_SYSTEM), usr(prompt)] };
}

/** attendance-bot's answer node: generator_1.md with the queried data, then the question. */
function attendanceAnswer(question: string): ChatBody {
  const prompt = F.fill(P.AB_GENERATOR, {
    "{{ api_session.data.current_time }}": "2026-12-07",
    "{{ api_session.data.topic }}": "thời gian check in",
    "{{ processed_data }}": "2026-12-04 (thứ 5): check in 08:41, check out 17:36",
    "{{ user_input }}": question,
  });
  return { model: MODEL, messages: [usr(prompt)] };
}

const CASES: Array<{ source?: Source; note: string; body: ChatBody }> = [
  {
    source: src("WA", "app/main.py"),
    note:
      "WhatsApp bot reply (Spanish): SYSTEM_PROMPT with the running summary, its greeting, the history, a question",
    body: {
      model: MODEL,
      messages: [sys(waSystem), asst("Hi there, how can I help you?"), ...history(1), usr(conv(1).followUp)],
      stream: false,
      temperature: 0.1,
      max_tokens: 350,
    },
  },
  {
    source: src("WA", "app/main.py"),
    note: "WhatsApp user asks a summary of their own listing text (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(waSystem),
        asst("Hi there, how can I help you?"),
        usr(
          "Resúmeme en dos líneas este anuncio que voy a publicar: Rento cuarto amueblado en Tlaquepaque, baño propio, incluye internet y agua, a dos cuadras del tren ligero, solo estudiantes o personas que trabajen.",
        ),
      ],
      stream: false,
      temperature: 0.1,
      max_tokens: 350,
    },
  },
  {
    source: src("DS", "src/routes/chat.route.ts"),
    note: "deepsink chat turn (Chinese): its fixed system prompt, the history, the next question",
    body: turn(sys("You are a helpful assistant."), ...history(2), usr(conv(2).followUp)),
  },
  {
    source: src("DS", "src/routes/chat.route.ts"),
    note: "deepsink user asks a title for their own article (Chinese)",
    body: turn(
      sys("You are a helpful assistant."),
      usr(
        "帮我给这篇公众号文章起个标题，十个字以内：\n\n周末我们在社区花园组织了一次旧物交换，三十多户邻居带来了书、玩具和厨具，最后剩下的东西都捐给了街道的二手店。",
      ),
    ),
  },
  {
    source: src("AB", "prompts/generator_1.md"),
    note:
      "attendance bot answer node (Vietnamese): generator prompt with the queried check-in data and the question",
    body: attendanceAnswer("Thứ 5 tuần này tôi check in lúc mấy giờ?"),
  },
  {
    source: src("LX", "src/bot.py"),
    note:
      "QQ group bot reply (Chinese): persona as system, the reply prompt with chat and inner thought (action memory left out)",
    body: turn(
      sys(F.LX_PERSONA),
      usr(
        F.fill(P.LX_REPLY, {
          "{chat_context}": F.groupChatLines(conv(2)),
          "{inner_os}": "阿哲还在问颗粒土，我知道一点，可以回他",
        }),
      ),
    ),
  },
  {
    source: src("LI", "app/api/chat/route.ts"),
    note:
      "chat widget turn (Vietnamese): language instruction + site system prompt, 'OK.', history, next question",
    body: turn(
      usr(
        `${P.LI_CHAT_VI}\n\nBạn là trợ lý tư vấn của trung tâm đào tạo lái xe. Trả lời ngắn gọn, thân thiện.`,
      ),
      asst("OK."),
      ...history(3),
      usr(conv(3).followUp),
    ),
  },
  {
    source: src("LI", "app/api/chat/route.ts"),
    note: "chat widget user asks a summary of their own notice (Vietnamese)",
    body: turn(
      usr(
        `${P.LI_CHAT_VI}\n\nBạn là trợ lý tư vấn của trung tâm đào tạo lái xe. Trả lời ngắn gọn, thân thiện.`,
      ),
      asst("OK."),
      usr(
        "Tóm tắt giúp tôi thông báo này trong một câu: Từ ngày 15/12, sân tập mở cửa từ 6 giờ sáng đến 8 giờ tối, học viên phải đặt lịch trước qua ứng dụng và mang theo căn cước khi đến tập.",
      ),
    ),
  },
  {
    source: src("AM", "src/interaction/application/services/like.service.ts"),
    note:
      "Discord bot 👍 reply (Japanese): SYSTEM_PROMPT, then the conversation prompt with history and the message",
    body: aimoltLike(0, "バルブコアってホームセンターにも売ってるかな？"),
  },
  {
    source: src("AM", "src/interaction/application/services/like.service.ts"),
    note: "Discord user asks a title for their own diary entry (Japanese)",
    body: aimoltLike(
      0,
      "この日記にタイトルつけて：今日は朝から雨で、自転車のタイヤもパンクしてて最悪だったけど、駅前のパン屋で新作のカレーパンを見つけて少し元気が出た。",
    ),
  },
  {
    note: "user asks a summary of their own book review (Korean), a plain chat turn",
    body: turn(
      usr(
        "내가 쓴 서평인데 세 줄로 요약해줘: 천선란의 소설은 로봇과 말의 우정을 그리지만 결국 사람이 서로를 돌보는 이야기다. 문장은 담담한데 마지막 장에서 크게 울었다. 청소년에게도 권하고 싶다.",
      ),
    ),
  },
];

export function buildBlind50Negatives(): Negative[] {
  return CASES.map(({ source, note, body }) => ({
    task: "blind-50",
    ...(source ? { source } : {}),
    note,
    body,
  }));
}
