/**
 * Blind round 51, the text-to-SQL assistants: DataLine's chat title, Vanna's standalone question and follow-up
 * questions, SQLBot's Chinese recommended questions, SuperSonic's multi-turn rewrite and memory review, and
 * DataAgent's Chinese evidence-query rewrite, query normalisation and intent classification.
 */
import { firstExchange, MODEL, sys, type Template, usr } from "./_types.ts";
import * as F from "./_blind51_fill.ts";
import { fill } from "./_blind51_fill.ts";
import * as P from "./_prompts_blind51.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const VANNA = at("vanna-ai/vanna", {
  path: "src/vanna/legacy/base/base.py",
  commit: "365d0617c1a4567ffee1b19b40c27feb4206bfcf",
});
const SS = "6d41ce4c5b7491aa2186637963a7ccf65969cbdb";
const SS_CHAT = "chat/server/src/main/java/com/tencent/supersonic/chat/server";
const DA = "3fb7852f71b2f6bfda3de392f79207df7294199f";
const DA_PROMPTS = "data-agent-management/src/main/resources/prompts";

export const BLIND51_SQL: Template[] = [
  {
    client: "DataLine",
    task: "title",
    source: at("RamiAwar/dataline", {
      path: "backend/dataline/services/llm_flow/llm_calls/conversation_title_generator.py",
      commit: "803919936b43b680cdbde063d4a5192f0357e59a",
    }),
    paraphrased: true,
    note:
      "mirascope prompt_template as one user message (dedent reconstructed); response_model makes it a tool call",
    build: (c) => ({ model: MODEL, messages: [usr(P.DATALINE_TITLE + firstExchange(c).question)] }),
  },
  {
    client: "Vanna",
    task: "query-rewrite",
    source: VANNA,
    note: "generate_rewritten_question: the last question and the new one combined into one",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.VANNA_REWRITE_SYSTEM),
        usr(`First question: ${F.lastQuestion(c)}\nSecond question: ${c.followUp}`),
      ],
    }),
  },
  {
    client: "Vanna",
    task: "follow-up",
    source: VANNA,
    note: "generate_followup_questions with the question, the generated SQL and the result table",
    build: (c) => {
      const { sql, table } = F.sqlFill(c);
      const system = fill(P.VANNA_FOLLOWUP_SYSTEM_RAW, {
        "{question}": firstExchange(c).question,
        "{sql}": sql,
        "{df.head(25).to_markdown()}": table,
      });
      return { model: MODEL, messages: [sys(system), usr(P.VANNA_FOLLOWUP_USER)] };
    },
  },
  {
    client: "SQLBot",
    task: "follow-up",
    source: at("dataease/SQLBot", {
      path: "backend/templates/template.yaml",
      commit: "59ca09708ff907521c8628b2d44c888b8711c8c9",
    }),
    note: "guess (推荐问题): schema, current question and earlier questions as orjson; streamed (llm.stream)",
    build: (c) => {
      const questions = F.userTurns(c);
      const user = fill(P.SQLBOT_GUESS_USER, {
        "{schema}": `【DB_ID】 app\n【Schema】\n# Table: ${F.sqlFill(c).ddl}\n`,
        "{question}": F.lastQuestion(c),
        "{old_questions}": JSON.stringify(questions.slice(0, -1)),
      });
      return { model: MODEL, messages: [sys(P.SQLBOT_GUESS_SYSTEM), usr(user)], stream: true };
    },
  },
  {
    client: "SuperSonic",
    task: "query-rewrite",
    source: at("tencentmusic/supersonic", { path: `${SS_CHAT}/parser/NL2SQLParser.java`, commit: SS }),
    note:
      "REWRITE_MULTI_TURN chat app: current and previous question with mapped schema and SQL, one user message",
    build: (c) => {
      const { sql, mapped } = F.sqlFill(c);
      const text = fill(P.SS_REWRITE, {
        "{{current_question}}": c.followUp,
        "{{current_schema}}": mapped,
        "{{history_question}}": F.lastQuestion(c),
        "{{history_schema}}": mapped,
        "{{history_sql}}": sql,
      });
      return { model: MODEL, messages: [usr(text)] };
    },
  },
  {
    client: "SuperSonic",
    task: "memory",
    source: at("tencentmusic/supersonic", { path: `${SS_CHAT}/memory/MemoryReviewTask.java`, commit: SS }),
    note: "scheduled MEMORY_REVIEW of a saved question/SQL memory before it is enabled, one user message",
    build: (c) => {
      const { sql, ddl } = F.sqlFill(c);
      const values = [firstExchange(c).question, ddl, "", sql];
      return { model: MODEL, messages: [usr(P.SS_MEMORY_REVIEW.replace(/%s/g, () => values.shift() ?? ""))] };
    },
  },
  {
    client: "DataAgent",
    task: "query-rewrite",
    source: at("spring-ai-alibaba/DataAgent", {
      path: `${DA_PROMPTS}/evidence-query-rewrite.txt`,
      commit: DA,
    }),
    paraphrased: true,
    note: "EvidenceRecallNode via callUser, streamed; BeanOutputConverter format block reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.renderSt(P.DA_EVIDENCE_REWRITE, {
        multi_turn: F.dataAgentHistory(c.turns),
        latest_query: c.followUp,
        format: F.FORMAT_STANDALONE,
      }))],
      stream: true,
    }),
  },
  {
    client: "DataAgent",
    task: "query-rewrite",
    source: at("spring-ai-alibaba/DataAgent", { path: `${DA_PROMPTS}/query-enhancement.txt`, commit: DA }),
    paraphrased: true,
    note: "QueryEnhanceNode: canonical query plus expansions, evidence 无; format block reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.renderSt(P.DA_QUERY_ENHANCE, {
        multi_turn: F.dataAgentHistory(c.turns),
        latest_query: c.followUp,
        evidence: "无",
        current_time_info: "2026-12-07 13:05:41",
        format: F.FORMAT_ENHANCE,
      }))],
      stream: true,
    }),
  },
  {
    client: "DataAgent",
    task: "classification",
    source: at("spring-ai-alibaba/DataAgent", { path: `${DA_PROMPTS}/intent-recognition.txt`, commit: DA }),
    paraphrased: true,
    note:
      "IntentRecognitionNode: chit-chat or data request before the workflow runs; format block reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.renderSt(P.DA_INTENT, {
        multi_turn: F.dataAgentHistory(c.turns),
        latest_query: c.followUp,
        format: F.FORMAT_INTENT,
      }))],
      stream: true,
    }),
  },
];
