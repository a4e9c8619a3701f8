/**
 * Blind round 26, English-prompt clients: the memory and summary calls of a Russian Android agent playground
 * (AI-Advent-Challenge-6), a coaching app (Personal-Coach) and a memetic agent framework (Memetic-Agents).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind26.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const speakers = (c: Conversation, names: { user: string; assistant: string }) => toLines(c.turns, names);
/** The last user turn that has an answer, and that answer (clients that title or mine the latest exchange). */
export function lastExchange(c: Conversation): { question: string; answer: string; before: Turn[] } {
  const i = c.turns.map((t) => t.role).lastIndexOf("assistant");
  return {
    question: c.turns[i - 1]?.content ?? "",
    answer: c.turns[i]?.content ?? "",
    before: c.turns.slice(0, i - 1),
  };
}
const KA = "KomarovAlex/AI-Advent-Challenge-6";
const KA_HEAD = "a2fe72ed1ffb75c6f8b27a4ee6f488052673483f";
const KA_DIR = "app/src/main/java/ru/koalexse/aichallenge/agent/context";
const PC = "Shayan-Chashm-Jahan/Personal-Coach";
const PC_HEAD = "944fda7c8a16c6ae1700d4655941843ea7b7952d";
const kaConversation = (c: Conversation) => speakers(c, { user: "User", assistant: "Assistant" });
const kaBody = (system: string, user: string) => ({
  model: MODEL,
  messages: [sys(system), usr(user)],
  stream: true,
  temperature: 0.2,
  max_tokens: 800,
});

export const BLIND_26_MEMORY: Template[] = [
  {
    client: "AI-Advent-Challenge-6",
    task: "summary",
    source: at(KA, { path: `${KA_DIR}/summary/LLMSummaryProvider.kt`, commit: KA_HEAD }),
    note: "LLMSummaryProvider for the summary truncation strategy; streamed, max_tokens 500",
    build: (c) => ({ ...kaBody(P.KA_SUMMARY, kaConversation(c)), temperature: 0.3, max_tokens: 500 }),
  },
  {
    client: "AI-Advent-Challenge-6",
    task: "memory",
    source: at(KA, { path: `${KA_DIR}/strategy/StickyFactsStrategy.kt`, commit: KA_HEAD }),
    note: "refreshFacts with no facts stored yet",
    build: (c) =>
      kaBody(
        P.KA_FACTS,
        `Existing facts:\nNo facts extracted yet.\n\nRecent conversation:\n${kaConversation(c)}`,
      ),
  },
  {
    client: "AI-Advent-Challenge-6",
    task: "memory",
    source: at(KA, { path: `${KA_DIR}/strategy/LayeredMemoryStrategy.kt`, commit: KA_HEAD }),
    note: "refreshLongTermMemory with no entries stored yet",
    build: (c) =>
      kaBody(
        P.KA_LONG_TERM,
        `Existing entries:\nNo entries yet.\n\nRecent conversation:\n${kaConversation(c)}`,
      ),
  },
  {
    client: "Personal-Coach",
    task: "memory",
    source: at(PC, { path: "backend/utils.py", commit: PC_HEAD }),
    note: "_extract_memories: memory_extraction.md filled with the recent history and the last exchange",
    build: (c) => {
      const { question, answer, before } = lastExchange(c);
      const recent = before.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}\n`).join(
        "",
      );
      const text = P.PC_MEMORY.replace(
        "{conversation_context}",
        recent ? `Recent conversation:\n${recent}` : "",
      )
        .replace("{existing_memories}", "").replace("{user_message}", question).replace(
          "{assistant_response}",
          answer,
        );
      return { model: MODEL, messages: [usr(text)], temperature: 0.2 };
    },
  },
  {
    client: "Personal-Coach",
    task: "summary",
    source: at(PC, { path: "backend/utils.py", commit: PC_HEAD }),
    note: "_create_summary of the older part of a long history",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.PC_SUMMARY.replace("{history_text}", speakers(c, { user: "user", assistant: "assistant" }))),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "Personal-Coach",
    task: "title",
    source: at(PC, { path: "backend/app.py", commit: PC_HEAD }),
    note:
      "generate_title: title_generation.md with the first message as the whole prompt (sent through genai)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.PC_TITLE.replace("{user_message}", firstExchange(c).question))],
      temperature: 0.7,
    }),
  },
  {
    client: "Memetic-Agents",
    task: "memory",
    source: at("shanngray/Memetic-Agents", {
      path: "src/memetic_agent/modules/transfer_to_long_term_impl.py",
      commit: "9e61eea0d446b0c675cb57342bdef8a7165d8d22",
    }),
    paraphrased: true,
    note:
      "transfer to long-term memory: prompt plus schema as system, the conversation's short-term memories as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `${P.MEMETIC_PROMPT}\n\nFormat your response as a JSON array of objects with the following schema:\n${P.MEMETIC_SCHEMA}`,
        ),
        usr(`Memory content:\n${speakers(c, { user: "User", assistant: "Assistant" })}`),
      ],
      response_format: { type: "json_object" },
    }),
  },
];
