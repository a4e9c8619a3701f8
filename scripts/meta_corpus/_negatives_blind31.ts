/**
 * Blind round 31 hard negatives: the round's clients' ordinary turns as they send them (the Thunderbird agent's
 * planning call with its persona and tool list, the memory bot's chat turn with its memory system prompt, the check-in
 * bot's "helpful assistant" system message) with real requests, and user turns asking for a title, tags or a summary
 * of the user's own text, in several languages.
 */
import { asst, type ChatBody, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind31.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const TBAI = src("FuLuTang/tb-ai-summary", {
  path: "agent/core/AgentCore.js",
  commit: "ee596d03adfef7fba2e5ed102770230b5ac54481",
});
const MEMBOT = src("Nazary21/MemoryBot", {
  path: "bot.py",
  commit: "8b8a80ea37e76cb090268d9e9e26553457618247",
});
const CHECKIN = src("psheehan93/SlackCheckinSummaryBot", {
  path: "main.py",
  commit: "194faf0513cc70988b5c9064b1390af096ab023c",
});

/** The agent's Phase 1 planning request: persona, tools, date, the language line LLMService appends. */
const tbaiPlan = (request: string, history: Array<[string, string]> = []): ChatBody => ({
  model: MODEL,
  messages: [
    sys(
      `${P.TBAI_PERSONA}\nAvailable Tools:\n${P.TBAI_TOOLS}\nCurrent Date: 12/7/2026, 10:47:03 AM\n\nYour goal is to satisfy the user request.\n\nIMPORTANT: Output in English.`,
    ),
    ...history.flatMap(([q, a]) => [usr(q), asst(a)]),
    usr(request),
    usr(P.TBAI_PLAN),
  ],
  temperature: 1,
});

/** The memory bot's chat turn: its system f-string with the stored summary, short-term messages, the new message. */
const memChat = (
  input: string,
  { summary, shortTerm = [] }: { summary: string; shortTerm?: Array<[string, string]> },
): ChatBody => ({
  model: MODEL,
  messages: [
    sys(P.MEMORYBOT_CHAT_SYSTEM_RAW.replace("{history_summary}", summary)),
    ...shortTerm.flatMap(([q, a]) => [usr(q), asst(a)]),
    usr(input),
  ],
  temperature: 1,
  max_tokens: 2000,
});

const ASKS: Array<Omit<Negative, "task">> = [
  {
    source: TBAI,
    note: "mail agent planning call with a real request (English)",
    body: tbaiPlan(
      "Find the email from the school about the field trip and tell me when the payment is due.",
    ),
  },
  {
    source: TBAI,
    note: "mail agent planning call, the user asks for a summary of their own unread mail (Chinese)",
    body: tbaiPlan("帮我总结一下今天收到的未读邮件，重点看有没有需要回复的。"),
  },
  {
    source: TBAI,
    note:
      "mail agent planning call after an exchange, the user asks for a subject line for their own draft (Portuguese)",
    body: tbaiPlan(
      "Sugira um assunto curto para o e-mail que vou mandar: 'Oi Paula, segue o relatório de vendas de novembro, os números do sul ficaram abaixo da meta.'",
      [
        ["Quantos e-mails não lidos eu tenho?", "Você tem 14 e-mails não lidos na caixa de entrada."],
      ],
    ),
  },
  {
    source: MEMBOT,
    note: "memory bot chat turn with a stored summary and short-term history (Russian)",
    body: memChat("А чем кормить кота в дороге, если поездка длится сутки?", {
      summary: "- Пользователя зовут Марина\n- У неё кот Барсик",
      shortTerm: [["Я переезжаю в Екатеринбург в марте.", "Понятно, Марина! Чем могу помочь с переездом?"]],
    }),
  },
  {
    source: MEMBOT,
    note: "memory bot chat turn: the user asks the bot to remember a fact (English)",
    body: memChat("Please remember that my sister's birthday is on the 14th of March.", { summary: "" }),
  },
  {
    source: MEMBOT,
    note: "memory bot chat turn: the user asks for a summary of their own pasted text (English)",
    body: memChat(
      "Can you sum this up in two sentences for the garden newsletter? 'This spring we built two raised beds, fixed the shed roof and started a seed library. Thanks to everyone who came on Saturdays.'",
      { summary: "- The user is called Nora and runs a community garden" },
    ),
  },
  {
    source: CHECKIN,
    note:
      "the same 'helpful assistant' system message, the user asks for a summary of their own standup notes (English)",
    body: {
      model: MODEL,
      messages: [
        sys("You are a helpful assistant."),
        usr(
          "Can you turn my standup notes into three bullet points for my manager?\nMon: fixed login bug\nTue: reviewed Ana's PR, started on export\nWed: export to CSV done, waiting on QA",
        ),
      ],
    },
  },
  {
    note: "user asks for tags for their own note (Chinese)",
    body: {
      model: MODEL,
      messages: [
        usr("幫我這篇筆記想三個標籤：今天把陽台的小番茄換到大盆，葉子的黃斑少了很多，下週要開始施肥。"),
      ],
      stream: true,
    },
  },
  {
    note: "user asks for a title for their own note (Korean)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "이 메모에 어울리는 제목 하나만 지어줘: 다음 주 월요일까지 세금 서류 정리하고, 화요일에 은행 방문하기.",
        ),
      ],
      stream: true,
    },
  },
  {
    note: "user pastes their own group chat and asks for a summary in a plain chat (Chinese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "下面是我們家族群昨天的對話，幫我整理成三點，我要轉給沒看到的表哥：\n媽媽：週六中午在阿嬤家吃飯\n小雯：我會帶水果\n阿傑：我可能晚一點到",
        ),
      ],
      stream: true,
    },
  },
  {
    note: "user asks for a summary of their own Telegram post before publishing it (Russian)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Сделай короткое описание к моему посту для канала, одно предложение: «Мы открыли запись на весенний курс по керамике, занятия по субботам, группа до восьми человек».",
        ),
      ],
      stream: true,
    },
  },
  {
    note: "user asks for a Discord thread title for their own question (English)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "I'm about to post this in our Discord help channel, give me a short thread title: my sync worker crashes after the app comes back online and the local DB shows duplicate rows.",
        ),
      ],
      stream: true,
    },
  },
  {
    note: "ordinary question in Portuguese with history",
    body: {
      model: MODEL,
      messages: [
        usr("Quero começar a correr, mas tenho 45 anos. Por onde começo?"),
        asst("Comece alternando caminhada e corrida leve, três vezes por semana."),
        usr("Qual a melhor hora do dia para treinar?"),
      ],
      stream: true,
    },
  },
];

export function buildBlind31Negatives(): Negative[] {
  return ASKS.map((item) => ({ task: "blind-31", ...item }));
}
