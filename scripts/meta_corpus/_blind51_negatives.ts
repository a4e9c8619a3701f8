/**
 * Blind round 51 hard negatives: ordinary turns of the round's developer-tool clients as they send them (a terminal
 * assistant's system prompt, text-to-SQL agent and SQL prompts, a small-talk chat app), and users of those tools
 * asking for a title or a summary of their own text.
 */
import { asst, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind51.ts";

const TASK = "blind-51";
const TMUX = {
  repo: "alvinunreal/tmuxai",
  path: "internal/prompts.go",
  commit: "c0c5351bc324d43bca3c242c4d91704e11961f3f",
};
const DATALINE = {
  repo: "RamiAwar/dataline",
  path: "backend/dataline/services/llm_flow/graph.py",
  commit: "803919936b43b680cdbde063d4a5192f0357e59a",
};
const VANNA = {
  repo: "vanna-ai/vanna",
  path: "src/vanna/legacy/base/base.py",
  commit: "365d0617c1a4567ffee1b19b40c27feb4206bfcf",
};
const SMALL_TALK = {
  repo: "tencentmusic/supersonic",
  path: "chat/server/src/main/java/com/tencent/supersonic/chat/server/executor/PlainTextExecutor.java",
  commit: "6d41ce4c5b7491aa2186637963a7ccf65969cbdb",
};

/** DataLine `get_prompt_messages` without history: system prefix, the question, the assistant suffix. */
const dataline = (question: string) => ({
  model: MODEL,
  messages: [sys(P.DATALINE_SQL_PREFIX), usr(question), asst(P.DATALINE_SQL_FUNCTIONS_SUFFIX)],
  stream: true,
});

/** Vanna `get_sql_prompt` for PostgreSQL with one DDL statement and no documentation or examples. */
const vanna = (question: string, ddl: string) => ({
  model: MODEL,
  messages: [
    sys(
      `You are a PostgreSQL expert. ${P.VANNA_SQL_INITIAL_TAIL}\n===Tables \n${ddl}\n\n${
        P.VANNA_SQL_GUIDELINES_RAW.replace("{self.dialect}", "PostgreSQL")
      }`,
    ),
    usr(question),
  ],
});

/** SuperSonic SMALL_TALK: earlier inputs joined with ";" and the current input, one user message. */
const smallTalk = (history: string[], input: string) => ({
  model: MODEL,
  messages: [usr(P.SS_SMALL_TALK.replace("%s", history.map((h) => `${h};`).join("")).replace("%s", input))],
});

const NEGATIVES: Negative[] = [
  {
    task: TASK,
    source: TMUX,
    note: "TmuxAI chat turn, the opening of its system prompt and a shell question (English)",
    body: {
      model: MODEL,
      messages: [sys(P.TMUX_BASE_HEAD), usr("which process is listening on port 5432 and how do I stop it?")],
    },
  },
  {
    task: TASK,
    source: TMUX,
    note: "TmuxAI user asks a summary of their own release notes (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.TMUX_BASE_HEAD),
        usr(
          "Summarize my release notes in two bullets for the team channel: v2.4 moves the job queue to Redis streams, drops Python 3.9, and the CLI gets a --dry-run flag for migrations.",
        ),
      ],
    },
  },
  {
    task: TASK,
    source: DATALINE,
    note: "DataLine SQL agent turn with a data question (German)",
    body: dataline("Welche fünf Kunden hatten im Oktober den höchsten Umsatz?"),
  },
  {
    task: TASK,
    source: DATALINE,
    note: "DataLine user asks a title for their own dashboard description (English)",
    body: dataline(
      "Give my dashboard a short title: it shows weekly signups, churned accounts and revenue per plan for the last quarter.",
    ),
  },
  {
    task: TASK,
    source: VANNA,
    note: "Vanna SQL generation prompt with the schema and a question (Japanese)",
    body: vanna(
      "先月、注文金額の合計が一番多かった顧客は誰ですか？",
      "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, total NUMERIC(10,2), created_at TIMESTAMPTZ)",
    ),
  },
  {
    task: TASK,
    source: VANNA,
    note: "Vanna SQL generation prompt, a follow-up data question (Portuguese)",
    body: vanna(
      "Quantas requisições deram erro 503 por dia na última semana?",
      "CREATE TABLE api_logs (id BIGINT, url TEXT, status INT, criado_em TIMESTAMP)",
    ),
  },
  {
    task: TASK,
    source: SMALL_TALK,
    note: "SuperSonic small-talk app, the user asks a title for their own weekly report (Chinese)",
    body: smallTalk(
      ["上周的订单量是多少"],
      "帮我给这段周报起个标题：本周完成了订单服务的索引优化，查询耗时从9秒降到80毫秒，下周开始迁移报表库。",
    ),
  },
  {
    task: TASK,
    source: SMALL_TALK,
    note: "SuperSonic small-talk app, a greeting after a data question (Chinese)",
    body: smallTalk(["各渠道本月的销售额"], "谢谢！你还能帮我做什么？"),
  },
];

export function buildBlind51Negatives(): Negative[] {
  return NEGATIVES;
}
