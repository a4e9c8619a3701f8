/**
 * Blind round 41 hard negatives: the same messenger bots' ordinary turns as they send them (persona or assistant
 * system prompt plus a member's real question) and members asking for a summary or title of their own text.
 */
import { CONVERSATIONS_BLIND_41 } from "./_conversations_blind41.ts";
import { asst, type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind41.ts";
import * as Q from "./_prompts_blind41b.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
const TG = at("Abdulmajidmujtaba/telegram-bot", {
  path: "bot/services/ai_service.py",
  commit: "0afbba37d5845893323441f89b955d305dee680d",
});
const [EN, FR, , PL] = CONVERSATIONS_BLIND_41;

const ITEMS: Array<{ body: ChatBody; source?: Source; note: string }> = [
  {
    source: TG,
    note: "answer_question (/gpt): the bot's assistant system prompt and a member's question, English",
    body: {
      model: MODEL,
      messages: [
        sys("You are a helpful, knowledgeable, accurate, and friendly assistant."),
        usr(
          "What's the difference between a narrowboat and a widebeam, and can a widebeam use the Leeds and Liverpool?",
        ),
      ],
      max_tokens: 1000,
      temperature: 0.7,
    },
  },
  {
    source: TG,
    note: "verify_statement (/proof) on a member's claim, English",
    body: {
      model: MODEL,
      messages: [
        sys(
          "You are a factual assistant that verifies statements. Analyze the statement, determine its factuality, and provide evidence.",
        ),
        usr(
          'Please verify this statement: "The Leeds and Liverpool Canal is the longest single canal in Britain."',
        ),
      ],
      max_tokens: 1000,
      temperature: 0.2,
    },
  },
  {
    source: at("faithleysath/napcat-plugin-openclaw", {
      path: "src/openclaw-client.ts",
      commit: "c46ca8760fd3f74a1953fd0c05a1b74e881d2a8f",
    }),
    note:
      "executeTask: the accepted QQ task itself as the agent's user message (wrapper reconstructed), Chinese",
    body: {
      model: MODEL,
      messages: [usr("帮我写一段3号楼加装快递柜的通知，200字以内，语气客气一点")],
      stream: true,
    },
  },
  {
    source: at("skullzarmy/chatGPToot", {
      path: "app/chatgptoot.js",
      commit: "01fd2d6fbd8db648109983853b9981df03f3ccb0",
    }),
    note:
      "handleRegularMention: persona, the mention thread, handle and date/trending-tags system messages, English",
    body: {
      model: MODEL,
      messages: [
        sys(P.TOOT_MENTION),
        usr("@chatGPToot what is an easy houseplant for a dark north-facing flat?"),
        sys("The user's handle is @fern_fan@mastodon.social."),
        sys(
          "The current date is 12/7/2026, 12:20:00 PM in UTC. The top tags are houseplants, caturday, fediverse.",
        ),
      ],
    },
  },
  {
    source: at("YunTaiHua/YuntaiPhoneAgent", {
      path: "yuntai/prompts/reply_prompt.py",
      commit: "1dddb7cc3ae428e0858b60bb57202cdf9cf1f4c0",
    }),
    note: "REPLY_NODE system and user prompts: the auto-reply persona answering a contact, Chinese",
    body: {
      model: MODEL,
      messages: [sys(Q.YUNTAI_REPLY_SYSTEM), usr(Q.yuntaiReplyUser("周六早上一起去爬紫金山吗？", ""))],
    },
  },
  {
    source: at("Sominom/Discord-Bot-Agent", {
      path: "services/prompts.py",
      commit: "99bd6d425d3f7050635dfe70b19d782583e94f77",
    }),
    note:
      "the Discord persona (three of its system messages), its opening line and a member's request, Korean",
    body: {
      model: MODEL,
      messages: [
        ...Q.SOMINOM_PERSONA.map(sys),
        asst(Q.SOMINOM_OPENING),
        usr("지민: 도한지야, 공지 채널에 이번 주 토요일 정모 안내 임베드 좀 보내줘"),
      ],
    },
  },
  {
    source: at("flackr/ollabot", {
      path: "src/index.ts",
      commit: "6aaedf12fe4058a72cd4be64603a3b18d39685e0",
    }),
    note:
      "the bot's ordinary turn: sample persona, summary so far, a member's JSON message, the respond request",
    body: {
      model: MODEL,
      messages: [
        sys(Q.OLLABOT_PERSONA),
        sys(Q.ollabotSoFar("")),
        usr(
          JSON.stringify({
            from: "John",
            message: "botuser, which board game should we open the evening with?",
          }),
        ),
        sys(Q.ollabotRespond("botuser")),
      ],
      stream: true,
    },
  },
  {
    note: "a member asks the bot to shorten their own pasted notice, Chinese",
    body: {
      model: MODEL,
      messages: [
        usr(
          "帮我把这段群公告缩成两句话：各位业主好，3号楼门口将于下周一起加装快递柜，施工期间请绕行东侧通道，电费由运营公司承担，不计入物业费，有疑问请联系物业前台。",
        ),
      ],
    },
  },
  {
    note: "a member asks for a summary of their own minutes, Japanese",
    body: {
      model: MODEL,
      messages: [
        usr(
          "この議事録を3行で要約して：来月の清掃活動は第2土曜の9時集合。軍手とゴミ袋は自治会で用意する。雨天の場合は翌週に延期し、連絡はLINEグループで行う。",
        ),
      ],
    },
  },
  {
    note: "a member asks for a title for their own announcement, Polish",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(PL?.turns ?? []),
        usr(
          "Wymyśl krótki tytuł do tego ogłoszenia: W każdy pierwszy piątek miesiąca o 18:00 zapraszamy dorosłych do czytelni na wieczór gier planszowych. Wstęp wolny.",
        ),
      ],
      stream: true,
    },
  },
  {
    note: "the next ordinary question in a French group thread",
    body: { model: MODEL, messages: [...toMessages(FR?.turns ?? []), usr(FR?.followUp ?? "")], stream: true },
  },
  {
    note: "a member asks for a summary of their own pasted trip notes, English, after the thread",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(EN?.turns ?? []),
        usr(
          "Can you summarise my notes for the newsletter in two lines? Notes: 14 members came, we did all three locks without incident, lunch at the Mason's Arms, rain on Sunday so we came back early.",
        ),
      ],
    },
  },
  {
    note: "a member asks for a one-paragraph summary of their own pasted memo, Korean",
    body: {
      model: MODEL,
      messages: [
        usr(
          "내가 쓴 메모인데 한 문단으로 정리해 줘: 토요일 정모는 오후 2시 홍대 보드게임 카페. 회비 만 원, 늦으면 단톡방에 미리 말하기. 새로 오는 사람 두 명 있음.",
        ),
      ],
    },
  },
];

export function buildBlind41Negatives(): Negative[] {
  return ITEMS.map((item) => ({
    task: "blind-41",
    body: item.body,
    ...(item.source ? { source: item.source } : {}),
    note: item.note,
  }));
}
