/**
 * Blind round 53, the Chinese and Japanese templates: QvQChat's reply judges and memory extraction (each behaviour's
 * system prompt put first by ai/client.py, its temperature and max_tokens from behavior.py) and Nexus Ark's summaries
 * (LangChain `llm.invoke(prompt)`: one user message through ChatOpenAI).
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind53.ts";
import { at, S } from "./_sources_blind53.ts";

const BOT = "小Q";
const lines = (c: Conversation) => c.turns.map((t) => `${t.role}: ${t.content}`).join("\n");
const judge = (prompt: string) => ({
  model: MODEL,
  temperature: 0.1,
  max_tokens: 100,
  messages: [sys(P.QVQ_REPLY_JUDGE), usr(prompt)],
});
const ENGINE = at(S.QVQ, "QvQChat/ai/engine.py");
const CORE = at(S.QVQ, "QvQChat/Core.py");
/** Nexus Ark log lines: the user as ユーザー, the persona by its name, blank line between (summary_manager.py). */
const nexusLog = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "ユーザー" : "ミナ"}: ${t.content}\n\n`).join("");

export const QVQ_AND_NEXUS: Template[] = [
  {
    client: "QvQChat",
    task: "classification",
    source: ENGINE,
    note: "should_reply: reply_judge behaviour on the last 8 history lines and the newest group message",
    build: (c) => judge(P.qvqShouldReply({ context: lines(c), current: c.followUp, botName: BOT })),
  },
  {
    client: "QvQChat",
    task: "classification",
    source: ENGINE,
    note: "should_continue after the bot's own message: 继续 or 停止",
    build: (c) => judge(P.qvqShouldContinue(lines(c), BOT)),
  },
  {
    client: "QvQChat",
    task: "classification",
    source: CORE,
    note: "prediction trigger mode: the buffered group messages as a list, 回复 or 跳过",
    build: (c) =>
      judge(
        P.qvqPrediction([...c.turns.filter((t) => t.role === "user").map((t) => t.content), c.followUp], BOT),
      ),
  },
  {
    client: "QvQChat",
    task: "memory",
    source: CORE,
    note: "_extract_memory_async: memory behaviour (system _PROMPT_MEMORY), temperature 0.3, max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      temperature: 0.3,
      max_tokens: 1000,
      messages: [sys(P.QVQ_MEMORY), usr(P.qvqMemory(lines(c)))],
    }),
  },
  {
    client: "Nexus Ark",
    task: "summary",
    source: at(S.NEXUS, "summary_manager.py"),
    note: "rolling summary of the older messages (internal_role summarization), no earlier summary yet",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.nexusSummary({ name: "ミナ", contextSection: "", conversation: nexusLog(c) }))],
    }),
  },
  {
    client: "Nexus Ark",
    task: "memory",
    source: at(S.NEXUS, "episodic_memory_manager.py"),
    paraphrased: true,
    note:
      "update_memory: one day's log as an episodic memory in the persona's voice; log line form reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.nexusEpisode({ agent: "ミナ", user: "ケン", date: "2026-12-06", log: nexusLog(c).trim() })),
      ],
    }),
  },
];
