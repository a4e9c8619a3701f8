/**
 * Blind round 28 hard negatives: the round's clients' own main turns as they send them (a RAG agent platform's chat
 * and multi-character prompts, an agent router's general chat, a multi-agent coder) with real questions, and user turns
 * asking for a title or summary of the user's own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind28.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const LANGHUAN = src("liShuangQ/LangHuan", {
  path: "langhuan-service/src/main/resources/sql/prompt_dml.sql",
  commit: "3287b2d4d630df86d8a4ebb98c2c1e45f25a0478",
});
const FX_GENERAL = src("zlzcms/fx-agent", {
  path: "ai-backend/backend/agents/config/prompt/general_chat.py",
  commit: "bac1bcc93837e95ed163c9489119f6c6590ec572",
});
const FX_CHAT = src("zlzcms/fx-agent", {
  path: "ai-backend/backend/agents/config/prompt/agent.py",
  commit: "bac1bcc93837e95ed163c9489119f6c6590ec572",
});
const HITL = src("M-Patek/HITL", {
  path: "prompts/coder_prompt.md",
  commit: "cd42c58c88c9b3b91d64a96e0af7491c8a2b292c",
});

const COCORO = src("hirona98/cocoro_ghost", {
  path: "cocoro_ghost/prompts.py",
  commit: "0ca3f7955e212190e41aad1089ed948f5e27c737",
});
const cocoroSystem = `${P.COCORO_PERSONA}\n\n${P.COCORO_CONTRACT}`;

const fxGeneral = P.FX_GENERAL.replace("{assistants}", "【客户风控分析】助理");
const OWN_NOTES =
  "周会纪要：1. 支付网关迁移推迟到 1 月 15 日，原因是银行测试环境不稳定；2. 小王负责补齐退款接口的单元测试；3. 下周一前确认灰度发布名单。";

const ASKS: Negative[] = [
  {
    task: "agent-turn",
    source: LANGHUAN,
    note: "RAG platform chat turn with its ChatService system prompt (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.LANGHUAN_CHAT),
        usr("Spring Boot 里 @Transactional 为什么在同一个类的方法内部调用时不生效？"),
      ],
      stream: true,
    },
  },
  {
    task: "pasted-summary",
    source: LANGHUAN,
    note: "user asks for a summary of their own meeting notes in the chat (Chinese)",
    body: {
      model: MODEL,
      messages: [sys(P.LANGHUAN_CHAT), usr(`帮我把下面的会议纪要总结成三句话：\n${OWN_NOTES}`)],
      stream: true,
    },
  },
  {
    task: "pasted-title",
    source: LANGHUAN,
    note: "user asks for a title for their own blog draft (English) under the default system prompt",
    body: {
      model: MODEL,
      messages: [
        sys(P.LANGHUAN_DEFAULT),
        usr(
          'Give me a catchy title for my blog post draft: "We moved our Postgres from 14 to 16 with logical replication and only 4 minutes of downtime. Here is what broke: sequences, a forgotten extension and one slow index build."',
        ),
      ],
      stream: true,
    },
  },
  {
    task: "agent-turn",
    source: LANGHUAN,
    note: "default system prompt, ordinary how-to question (Chinese)",
    body: {
      model: MODEL,
      messages: [sys(P.LANGHUAN_DEFAULT), usr("用 Java 17 怎么把 List<String> 按长度分组？给个例子。")],
      stream: true,
    },
  },
  {
    task: "roleplay",
    source: LANGHUAN,
    note: "multi-character discussion turn (Stanford-town test) with an earlier character line (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.LANGHUAN_STANFORD),
        usr("话题：远程办公会不会降低团队的创造力？"),
        asst("我觉得会。很多好点子都是在茶水间随口聊出来的，视频会议里大家只谈议程。"),
        usr("请继续发言。"),
      ],
      stream: true,
    },
  },
  {
    task: "agent-turn",
    source: FX_GENERAL,
    note: "agent router's general chat turn (Chinese)",
    body: {
      model: MODEL,
      messages: [sys(fxGeneral), usr("你们能查哪些 MT5 的数据？持仓和历史成交都能查吗？")],
      stream: true,
    },
  },
  {
    task: "pasted-summary",
    source: FX_GENERAL,
    note: "user asks the general chat to summarize their own notes (Chinese)",
    body: {
      model: MODEL,
      messages: [sys(fxGeneral), usr(`请总结一下这段话的要点：\n${OWN_NOTES}`)],
      stream: true,
    },
  },
  {
    task: "agent-turn",
    source: FX_CHAT,
    note: "language-consistency chat prompt, English question",
    body: {
      model: MODEL,
      messages: [sys(P.FX_CHAT), usr("What is the difference between a margin call and a stop out on MT5?")],
      stream: true,
    },
  },
  {
    task: "pasted-title",
    source: FX_CHAT,
    note: "German user asks for a headline for their own paragraph",
    body: {
      model: MODEL,
      messages: [
        sys(P.FX_CHAT),
        usr(
          'Gib mir bitte eine kurze Überschrift für meinen Absatz: "Ab Januar bündeln wir alle Kundenanfragen in einem Ticketsystem. Telefonate werden dort nachgetragen, E-Mails landen automatisch als Ticket."',
        ),
      ],
      stream: true,
    },
  },
  {
    task: "agent-turn",
    source: HITL,
    note: "multi-agent coder turn with an instruction from the orchestrator (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.HITL_CODER),
        usr("编写一个 Python 函数，读取 CSV 文件并按日期列统计每天的订单数量，日期格式为 2024-01-31。"),
      ],
    },
  },
  {
    task: "pasted-summary",
    source: HITL,
    note: "coder agent asked to summarize the user's own function in one sentence (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.HITL_CODER),
        usr(
          "Resume en una frase qué hace mi función:\n\ndef limpiar(filas):\n    return [f.strip().lower() for f in filas if f and not f.startswith('#')]",
        ),
      ],
    },
  },
  {
    task: "agent-turn",
    source: LANGHUAN,
    note: "chat turn in Polish under the ChatService prompt",
    body: {
      model: MODEL,
      messages: [
        sys(P.LANGHUAN_CHAT),
        usr("Jak w PostgreSQL sprawdzić, które zapytania trzymają blokady na tabeli zamówień?"),
      ],
      stream: true,
    },
  },
  {
    task: "roleplay",
    source: COCORO,
    note: "partner agent's chat turn with its persona and relationship contract (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(cocoroSystem),
        usr("ミク、今日やっと新しい曲のサビができたよ。BPM 128 で、明日ミックスする予定。"),
      ],
      stream: true,
    },
  },
  {
    task: "pasted-title",
    source: COCORO,
    note: "user asks the partner agent for a title for their own lyrics (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(cocoroSystem),
        usr(
          "この歌詞にタイトルをつけて：「夜明け前のホームで 君の声を探してた 終電の灯りが 遠くでにじんでいく」",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind28Negatives(): Negative[] {
  return ASKS;
}
