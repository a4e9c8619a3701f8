/**
 * Blind round 76, chichiqiqi/AI-customer-robot: a Chinese support desk whose AI engine checks each customer
 * question for clarity and rewrites it for retrieval, and whose agent-side assistant reads the chat to label the
 * customer's intent and draft a suggested reply for the human agent. Every call is `AsyncOpenAI` chat completions
 * with a short system line and the filled prompt as user, max_tokens 2048 (settings default).
 */
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind76.ts";
import { at, fill, robotTranscript } from "./_blind76_fill.ts";

const REPO = "chichiqiqi/AI-customer-robot";
const ENGINE = at(REPO, "backend/src/services/ai_engine.py");
const ASSIST = at(REPO, "backend/src/services/agent_assist.py");
const call = (system: string, user: string, { temperature }: { temperature: number }) => ({
  model: MODEL,
  messages: [sys(system), usr(user)],
  temperature,
  max_tokens: 2048,
});

export const BLIND76_DESK: Template[] = [
  {
    client: "AI-customer-robot",
    task: "intent",
    source: ENGINE,
    note: "AIEngine.detect_intent on every customer question (is it clear enough?), temperature 0.1",
    build: (c) =>
      call("你是意图分析专家，只返回 JSON。", fill(P.CQ_INTENT, { QUERY: c.followUp }), { temperature: 0.1 }),
  },
  {
    client: "AI-customer-robot",
    task: "query-rewrite",
    source: ENGINE,
    note: "AIEngine.rewrite_query after a clear verdict, before retrieval, temperature 0.1",
    build: (c) =>
      call("你是查询改写专家，只返回改写后的文本。", fill(P.CQ_REWRITE, { QUERY: c.followUp }), {
        temperature: 0.1,
      }),
  },
  {
    client: "AI-customer-robot",
    task: "intent",
    source: ASSIST,
    note: "AgentAssistService._extract_intent over the whole chat (`用户`/`AI` lines), temperature 0.1",
    build: (c) =>
      call(
        "你是客服对话分析专家，只返回 JSON。",
        fill(P.CQ_ASSIST_INTENT, { CONVERSATION: robotTranscript(c.turns) }),
        { temperature: 0.1 },
      ),
  },
  {
    client: "AI-customer-robot",
    task: "suggested-reply",
    source: ASSIST,
    note:
      "AgentAssistService._generate_suggestion for the human agent; intent `未知` (the extractor's fallback) and no knowledge-base hit, temperature 0.7",
    build: (c) =>
      call(
        "你是专业的客服坐席助手。",
        fill(P.CQ_SUGGEST, {
          INTENT: "未知",
          CONTEXT: "暂无知识库相关内容",
          CONVERSATION: robotTranscript(c.turns),
        }),
        { temperature: 0.7 },
      ),
  },
];
