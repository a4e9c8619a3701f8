/**
 * Blind round 27 hard negatives: the round's clients' ordinary turns as they send them (an agent's system prompt, RAG
 * answer templates, a bot's own system prompt) with real questions, and user turns asking for a title, a summary or
 * tags of the user's own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind27.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const SCORR = src("scorredoira/agent", {
  path: "agent/prompts/system_brief.md",
  commit: "2563f04b10684afbfc49612c9db30ee12d824e85",
});
const ZHIPU = src("lowspace/zhipu-2024", {
  path: "prompt/answer_generator-v2.1.0.md",
  commit: "b52f4caa3328c88fe62b78c079567ac519564369",
});
const OSAKA = src("m4ri01/osaka_travel_chatbot", {
  path: "process/chat_template.py",
  commit: "9ffe5c7e82d0f9f6f7bcd56afb17dfe1d06c7362",
});
const TG = src("dbertolino-github/telegram-openai-bot", {
  path: "src/constants.py",
  commit: "e9534136173f92b483412ff3f8baa86ef9c72ced",
});

const zhipuAnswer = (query: string) =>
  P.ZHIPU_ANSWER.replace("<Current Query>", query).replace("<NER Result>", "宁德时代（300750.SZ）").replace(
    "<SQL Result>",
    "| 报告期 | 营业总收入(亿元) |\n|---|---|\n| 2023年报 | 4009.17 |",
  );
const osakaAnswer = (query: string, { memories, doc }: { memories: string[]; doc: string }) =>
  `${P.OSAKA_ANSWER_JP_HEAD}${
    memories.map((m) => `\n    ${m}\n`).join("")
  }\n\n補助資料:\n\n    ${doc}\n\n\n質問: ${query}\n回答:\n\n`;

const ASKS: Array<Omit<Negative, "task">> = [
  {
    source: SCORR,
    note: "agent chat turn with its brief system prompt (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.SCORR_BRIEF),
        usr("How do I page through /v1/customers with curl? Give me an example."),
      ],
      stream: true,
    },
  },
  {
    source: SCORR,
    note: "user asks for a title of their own pasted text (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.SCORR_BRIEF),
        usr(
          "Suggest a short title for this changelog entry I wrote: 'Customers endpoint now returns 409 on duplicate email instead of 500; clients should retry with a different address.'",
        ),
      ],
      stream: true,
    },
  },
  {
    source: ZHIPU,
    note: "financial QA answer turn with NER and SQL results (Chinese)",
    body: { model: MODEL, messages: [usr(zhipuAnswer("宁德时代2023年的营业总收入是多少？"))] },
  },
  {
    note: "user asks for a title of their own article (Chinese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "帮我给这篇公众号文章起个标题，不超过15个字：今年我们小区试行垃圾分类积分制，三个月后回收率提高了一倍……",
        ),
      ],
    },
  },
  {
    source: OSAKA,
    note: "travel RAG answer turn, user_message_template_jp with history and a document (Japanese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          osakaAnswer("何時まで入れますか？", {
            memories: ["user: 大阪城の入場料はいくらですか？", "assistant: 大人600円です。"],
            doc: "大阪城天守閣の開館時間は9:00〜17:00（最終入館16:30）。",
          }),
        ),
      ],
    },
  },
  {
    note: "user asks to summarize their own trip notes (Japanese)",
    body: {
      model: MODEL,
      messages: [
        usr("自分の旅行メモを3行で要約して：1日目は道頓堀でたこ焼き、2日目は海遊館、3日目は京都へ日帰り。"),
      ],
    },
  },
  {
    source: TG,
    note: "the bot's own chat turn with INIT_CHATBOT_PROMPT filled (Italian)",
    body: {
      model: MODEL,
      messages: [
        sys(P.TG_IT_INIT.replace("{}", "Giulia")),
        asst("Ciao Giulia, cosa è successo ieri sera in piazza?"),
        usr("C'è stato un piccolo incendio in un cassonetto, sono arrivati i pompieri in dieci minuti."),
      ],
    },
  },
  {
    note: "user asks to summarize their own email (Italian)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Riassumi in due righe questa mia email per il condominio: chiedo di spostare la riunione a giovedì perché martedì ho un turno di notte e vorrei discutere il preventivo dell'ascensore.",
        ),
      ],
    },
  },
  {
    note: "customer asks the help desk about a delivery (Portuguese)",
    body: {
      model: MODEL,
      messages: [usr("Meu pedido 48213 está parado em trânsito há 6 dias. Podem verificar?")],
    },
  },
  {
    note: "user asks for tags for their own blog post (Portuguese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Sugira 3 tags para o meu post: 'Como economizei 30% na conta de luz trocando o chuveiro elétrico'.",
        ),
      ],
    },
  },
  {
    note: "user asks the bot to summarize their own story (Spanish)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Resumí en una frase esto que escribí para el grupo: mañana no puedo ir al partido porque tengo examen, pero el sábado llevo la pelota nueva.",
        ),
      ],
    },
  },
  {
    note: "user states a preference in a shopping chat (English)",
    body: {
      model: MODEL,
      messages: [
        usr("Find me a quiet dehumidifier under $200 for a basement, ideally one that drains continuously."),
      ],
    },
  },
  {
    note: "user shares personal facts and asks a real question (English)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "I'm a night-shift nurse and I sleep from 9am to 4pm. How should I time caffeine so it doesn't wreck my sleep?",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind27Negatives(): Negative[] {
  return ASKS.map((item) => ({ task: "blind-27", ...item }));
}
