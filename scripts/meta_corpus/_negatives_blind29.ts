/**
 * Blind round 29 hard negatives: the round's clients' ordinary turns as they send them (a bot's own system prompts, a
 * Japanese RAG answer template with history, a chat hub's plain pass-through turns) with real questions, and user
 * turns asking for a title, a summary or tags of the user's own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind29.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const PYTG_FRIENDLY = src("stden/pythorust_tg", {
  path: "prompts/friendly_ai.md",
  commit: "85d7d4171ae99d36b8b48d9706233caa907d81d4",
});
const PYTG_SALES = src("stden/pythorust_tg", {
  path: "prompts/sales_agent.md",
  commit: "85d7d4171ae99d36b8b48d9706233caa907d81d4",
});
const SIKI = src("DarthReidar-jp/Siki", {
  path: "backend/src/llm/promptUtils.ts",
  commit: "25e0593da20a1fea069c68e120937080089a02b3",
});
const AIHUB = src("Olinea/AIHub", {
  path: "src/main/java/su/sue/aiproject/service/ai/impl/DeepSeekChatService.java",
  commit: "1589b63c5d10da2d2f6d3d0442d0247b41aa746b",
});

/** `historyAwareRetrievalPrompt` through `createStuffDocumentsChain`: system, history, then context + question. */
const sikiAnswer = (
  question: string,
  { history, context }: { history: [string, string][]; context: string },
) => [
  sys(P.SIKI_RAG_SYSTEM),
  ...history.flatMap(([q, a]) => [usr(q), asst(a)]),
  usr(P.SIKI_RAG_USER.replace("{context}", context).replace("{input}", question)),
];

const ASKS: Array<Omit<Negative, "task">> = [
  {
    source: PYTG_FRIENDLY,
    note: "bot chat turn with its friendly_ai system prompt (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.PYTG_FRIENDLY),
        usr("What's the difference between a Telegram group and a supergroup?"),
      ],
    },
  },
  {
    source: PYTG_FRIENDLY,
    note: "user asks for a title of their own post (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.PYTG_FRIENDLY),
        usr(
          "Give my channel post a catchy title, one line only:\n\nWe moved the Thursday meetup to the library on 5th street because the café closed for renovation. Same time, 7 pm, bring your own laptop.",
        ),
      ],
    },
  },
  {
    source: PYTG_FRIENDLY,
    note: "user asks to summarize their own text (Polish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.PYTG_FRIENDLY),
        usr(
          "Streść w dwóch zdaniach moją notatkę: w sobotę sprzątamy piwnicę, Tomek przynosi worki, ja wynajmuję przyczepkę, a stare rowery oddajemy do fundacji.",
        ),
      ],
    },
  },
  {
    source: PYTG_SALES,
    note: "sales bot turn with its sales_agent system prompt (Russian client)",
    body: {
      model: MODEL,
      messages: [
        sys(P.PYTG_SALES),
        usr(
          "Здравствуйте! Сколько стоит подключить вашу CRM для отдела из пяти менеджеров и есть ли пробный период?",
        ),
      ],
    },
  },
  {
    source: SIKI,
    note: "knowledge-app RAG answer turn with history and retrieved context (Japanese)",
    body: {
      model: MODEL,
      messages: sikiAnswer("返品の送料は誰が負担しますか？", {
        history: [["返品は何日以内なら可能ですか？", "商品到着後14日以内であれば返品を受け付けています。"]],
        context: "返品ポリシー: 初期不良の場合の返送料は当社負担。お客様都合の返品は送料お客様負担。",
      }),
    },
  },
  {
    source: SIKI,
    note: "user asks to summarize their own meeting memo inside the RAG template (Japanese)",
    body: {
      model: MODEL,
      messages: sikiAnswer(
        "このメモを3行で要約して：来週の定例は木曜に変更、資料は佐藤さんが準備、予算案は月末までに再提出。",
        { history: [], context: "" },
      ),
    },
  },
  {
    source: SIKI,
    note: "user asks for a title for their own note inside the RAG template (English)",
    body: {
      model: MODEL,
      messages: sikiAnswer(
        "Suggest a title for my note: 'Collected three sources on tidal energy costs; the 2023 IRENA report is the most recent and puts LCOE at 0.2 USD/kWh.'",
        { history: [], context: "IRENA 2023: tidal stream LCOE estimates range from 0.2 to 0.45 USD/kWh." },
      ),
    },
  },
  {
    source: SIKI,
    note: "knowledge-app RAG question with history and context (German user)",
    body: {
      model: MODEL,
      messages: sikiAnswer("Und wie lange dauert die Erstattung?", {
        history: [["Kann ich online stornieren?", "Ja, im Kundenkonto unter Bestellungen."]],
        context:
          "Erstattungen werden innerhalb von 5 bis 7 Werktagen auf das ursprüngliche Zahlungsmittel gebucht.",
      }),
    },
  },
  {
    source: AIHUB,
    note: "chat hub pass-through turn, the client's messages as sent, streamed (Chinese)",
    body: {
      model: MODEL,
      messages: [usr("用Python怎么把一个文件夹里所有的CSV合并成一个Excel文件？")],
      stream: true,
    },
  },
  {
    source: AIHUB,
    note: "user asks for a title of their own article (Chinese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "帮我给这段文字起一个标题，不超过12个字：周末我们带孩子去郊区采草莓，路上堵了两个小时，但孩子们玩得很开心。",
        ),
      ],
      stream: true,
    },
  },
  {
    source: AIHUB,
    note: "user asks to summarize their own meeting notes after an earlier exchange (Chinese)",
    body: {
      model: MODEL,
      messages: [
        usr("会议纪要一般包括哪些部分？"),
        asst("通常包括会议主题、时间地点、参会人员、讨论要点、决议事项和后续行动。"),
        usr("帮我把下面的会议记录总结成三条要点：产品上线推迟一周；测试组增加两人；下周一再开评审会。"),
      ],
      stream: true,
    },
  },
  {
    source: AIHUB,
    note: "user asks for tags for their own diary entry (Korean)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "내 일기에 붙일 태그 다섯 개만 추천해 줘: 오늘은 처음으로 혼자 한라산에 올랐다. 날씨가 맑아서 백록담까지 보였다.",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind29Negatives(): Negative[] {
  return ASKS.map((item) => ({ task: "blind-29", ...item }));
}
