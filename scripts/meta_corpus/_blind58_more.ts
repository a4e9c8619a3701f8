/**
 * Blind round 58, second half: the terminal TUI, the answer engines, LLocalSearch and the AstrBot memory plugin.
 */
import type { Conversation } from "./_conversations.ts";
import * as P from "./_prompts_blind58.ts";
import { firstExchange, MODEL, sys, type Template, usr } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const SENSEI = "448265f1fedfc0f6084499458ad9c445b54d1f68";
const SENSEI_PROMPTS = "backend/sensei_search/agents/samurai/prompts.py";
const PARLLAMA = "0f794698a2ef2d21ffe7a7b8649ec3f792448feb";
const NOW = "2026-12-07T13:04:31.512904";

const lastAnswer = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
/** Sensei keeps only the user's queries for its small-model prompts, the latest one included. */
const senseiUsers = (c: Conversation) =>
  [...c.turns.filter((t) => t.role === "user").map((t) => `user: ${t.content}`), `user: ${c.followUp}`].join(
    "\n",
  );
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, value), template);

export const BLIND58_MORE: Template[] = [
  {
    client: "PAR LLAMA",
    task: "summary",
    source: at("paulrobello/parllama", { path: "src/parllama/llm_session_helpers.py", commit: PARLLAMA }),
    paraphrased: true,
    note:
      "llm_summarize_session: the session's markdown (str(session), front matter left out) inside <CONTENT>",
    build: (c) => {
      const markdown = `# ${firstExchange(c).question.slice(0, 40)}\n\n` +
        c.turns.map((t) => `## ${t.role}\n\n${t.content}\n\n`).join("");
      return { model: MODEL, messages: [sys(P.PAR_SUMMARY), usr(`<CONTENT>${markdown}</CONTENT>`)] };
    },
  },
  {
    client: "PAR LLAMA",
    task: "memory",
    source: at("paulrobello/parllama", { path: "src/parllama/memory_manager.py", commit: PARLLAMA }),
    note: "remember_information: current memory plus the fact to add (here the user's first message)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.PAR_MEMORY),
        usr(
          `Current Memory:\nPrefers short answers.\n\nInstruction:\nPlease add this new information to the memory: ${
            firstExchange(c).question
          }\n\nPlease update the memory according to the instruction above. Return only the updated memory content.`,
        ),
      ],
    }),
  },
  {
    client: "LLocalSearch",
    task: "title",
    source: at("nilsherzig/LLocalSearch", {
      path: "backend/agentChain.go",
      commit: "6ef2739ac77f07532f0eda5c7b3f94b0b2426a2f",
    }),
    paraphrased: true,
    note:
      "llm.Call with the session memory printed by Go's %v (message structs reconstructed); one user message",
    build: (c) => {
      const printed = `[${
        c.turns.map((t) => t.role === "user" ? `{${t.content}}` : `{${t.content} <nil> []}`).join(" ")
      }]`;
      return {
        model: MODEL,
        messages: [usr(
          `Please create a three (3) word title for the following conversation. Dont write anything else. Respond in the following Fromat \`title: [your 3 word title]\`. Conversation: \`\`\`${printed}\`\`\``,
        )],
      };
    },
  },
  {
    client: "TurboSeek",
    task: "follow-ups",
    source: at("Nutlope/turboseek", {
      path: "app/api/getSimilarQuestions/route.ts",
      commit: "cbca440a51cc537ef9a485c0d18f9c9e006a5723",
    }),
    note: "the first answer stands in for the one search result; json_object with a schema, not streamed",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const sources = `Title: ${question}\nContent: ${answer}...`;
      return {
        model: MODEL,
        messages: [
          sys(P.TURBO_SYSTEM),
          usr(
            `Original question: ${question}\n\nSearch results:\n${sources}\n\nGenerate 3 related follow-up questions based on the original question and the search results above.`,
          ),
        ],
        response_format: {
          type: "json_object",
          schema: {
            type: "object",
            properties: { questions: { type: "array", items: { type: "string" }, minItems: 3, maxItems: 3 } },
            required: ["questions"],
          },
        },
      };
    },
  },
  {
    client: "llm-answer-engine",
    task: "follow-ups",
    source: at("developersdigest/llm-answer-engine", {
      path: "app/tools/generateRelevantQuestions.tsx",
      commit: "168c5d72a219acc4cf18251d3d7a8ab6477c329a",
    }),
    note:
      "relevantQuestions(sources, userMessage) after the streamed answer; one search result stands in; json_object",
    build: (c) => {
      const { question } = firstExchange(c);
      const sources = [{
        title: question.slice(0, 60),
        link: "https://example.org/guide",
        favicon: "https://example.org/favicon.ico",
      }];
      return {
        model: MODEL,
        messages: [
          sys(P.LAE_SYSTEM),
          usr(
            `Generate follow-up questions based on the top results from a similarity search: ${
              JSON.stringify(sources)
            }. The original search query is: "${question}".`,
          ),
        ],
        response_format: { type: "json_object" },
      };
    },
  },
  {
    client: "Sensei",
    task: "search-query",
    source: at("jjleng/sensei", { path: SENSEI_PROMPTS, commit: SENSEI }),
    note: "agents/samurai/agent.py process_user_query: one user message, temperature 0, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        fill(P.SENSEI_SEARCH_PROMPT, {
          chat_history: senseiUsers(c),
          user_current_query: c.followUp,
          current_date: NOW,
        }),
      )],
      temperature: 0,
      max_tokens: 500,
    }),
  },
  {
    client: "Sensei",
    task: "classification",
    source: at("jjleng/sensei", { path: SENSEI_PROMPTS, commit: SENSEI }),
    note: "sent alongside the search-query prompt; SEARCH_NEEDED/IMAGE/VIDEO/CONTENT_VIOLATION/MATH tags",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        fill(P.SENSEI_CLASSIFICATION_PROMPT, {
          chat_history: senseiUsers(c),
          user_current_query: c.followUp,
        }),
      )],
      temperature: 0,
      max_tokens: 500,
    }),
  },
  {
    client: "Sensei",
    task: "follow-ups",
    source: at("jjleng/sensei", { path: SENSEI_PROMPTS, commit: SENSEI }),
    note: "gen_related_questions: the fetched pages as `Document: n` blocks (the last answer stands in)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        fill(P.SENSEI_RELATED_QUESTIONS_PROMPT, {
          user_current_query: c.followUp,
          search_results: `Document: 1\n${lastAnswer(c)}`,
        }),
      )],
      temperature: 0,
      max_tokens: 500,
      stream: false,
    }),
  },
  {
    client: "astrbot_plugin_mnemosyne",
    task: "memory",
    source: at("lxfight/astrbot_plugin_mnemosyne", {
      path: "core/memory_operations.py",
      commit: "a071e1bb938506d3588c136f06b7696e1758f765",
    }),
    note:
      "_get_summary_llm_response: long_memory_prompt (default from _conf_schema.json) and the time anchor as system messages, `user:`/`assistant:` lines as the prompt",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MNEMO),
        sys(
          "当前绝对时间：2026-12-07T13:04:31+00:00。如果原始对话未明确给出具体日期/年份，禁止臆造精确日期；请使用“近期/之前/后来”等相对表达。",
        ),
        usr(c.turns.map((t) => `${t.role}:${t.content}\n`).join("\n")),
      ],
    }),
  },
];
