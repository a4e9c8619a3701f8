/**
 * Blind round 26: nine clients never used in the corpus before, read from their source and measured without
 * changing the rules; more than half of the templates are German, French, Russian or Vietnamese: a Russian Telegram
 * agent's history summary, a Vietnamese chat app's title and scoring calls, Munich's MUCGPT title, a French coding
 * CLI's running summary, German Cursor summary commands and a German agent platform's compaction, and English memory
 * extraction of an Android agent, a coaching app and a memetic agent framework.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import { hydraSystem } from "./_blind26_hydrahive.ts";
import { BLIND_26_MEMORY, lastExchange } from "./_blind26_memory.ts";
import * as P from "./_prompts_blind26.ts";

export { buildBlind26Negatives } from "./_negatives_blind26.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const lastUser = (c: Conversation) => [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
const speakers = (c: Conversation, names: { user: string; assistant: string }) => toLines(c.turns, names);

const EVO = at("ivan-komodo/evo-agent", {
  path: "src/evo_agent/memory/summarizer.py",
  commit: "55c9006c4c186fcd95bd9bb0989204f83b4a7c1b",
});
const ANGEL = "lekhanhi772-lab/angel-light-nexus";
const ANGEL_HEAD = "20ca9479e873c56c3f73a4ce3558cf60bdfb916b";
const MDT = "thoka/mdtutor";
const MDT_COMMIT = "022006fcd496e76995e951b3591ab67a9498c89c";

export const BLIND_ROUND_26: Template[] = [
  {
    client: "evo-agent",
    task: "summary",
    source: EVO,
    note: "SUMMARY_PROMPT and the history as ROLE: lines in one system message, no user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `${P.EVO_SUMMARY}\n\nИСТОРИЯ:\n${
            c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}\n`).join("")
          }`,
        ),
      ],
    }),
  },
  {
    client: "angel-light-nexus",
    task: "title",
    source: at(ANGEL, { path: "supabase/functions/chat/index.ts", commit: ANGEL_HEAD }),
    note: "generateTitle mode: turns cut to 200 characters, stream false, max_tokens 50",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ANGEL_TITLE),
        usr(
          `HỘI THOẠI:\n${
            c.turns.map((t) => `${t.role === "user" ? "Người dùng" : "Angel"}: ${t.content.slice(0, 200)}`)
              .join("\n")
          }\n\nTIÊU ĐỀ:`,
        ),
      ],
      stream: false,
      max_tokens: 50,
      temperature: 0.3,
    }),
  },
  {
    client: "angel-light-nexus",
    task: "classification",
    source: at(ANGEL, { path: "supabase/functions/evaluate-conversation/index.ts", commit: ANGEL_HEAD }),
    note: "scores the user's conversation for the app's rewards; one user message, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.ANGEL_EVAL_CONV_HEAD + speakers(c, { user: "User", assistant: "Angel" }) + P.ANGEL_EVAL_CONV_TAIL,
        ),
      ],
      max_tokens: 500,
      temperature: 0.3,
    }),
  },
  {
    client: "angel-light-nexus",
    task: "classification",
    source: at(ANGEL, { path: "supabase/functions/evaluate-message/index.ts", commit: ANGEL_HEAD }),
    note: "scores the latest user question; fixed English system message, max_tokens 150",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a quick evaluator. Return ONLY valid JSON, no markdown, no explanation."),
        usr(P.ANGEL_EVAL_MSG_HEAD + lastUser(c).substring(0, 500) + P.ANGEL_EVAL_MSG_TAIL),
      ],
      max_tokens: 150,
      temperature: 0.3,
    }),
  },
  {
    client: "mucgpt",
    task: "title",
    source: at("it-at-m/mucgpt", {
      path: "mucgpt-core-service/app/api/routers/generation_router.py",
      commit: "4ce30f1f52100ff31f18d97560bf192c946ef6bf",
    }),
    note: "/generations/chat-title: prompt_for_chat_title.md as system, the last question and answer as user",
    build: (c) => {
      const { question, answer } = lastExchange(c);
      return {
        model: MODEL,
        messages: [sys(P.MUC_TITLE), usr(`Nutzernachricht:\n${question}\n\nAssistentenantwort:\n${answer}`)],
        temperature: 0,
      };
    },
  },
  {
    client: "ds-cli",
    task: "compaction",
    source: at("hmzoo/ds-cli", { path: "main.py", commit: "8d9ac1db950dc2e90c068cffbb90b66d6441d276" }),
    note: "_update_conversation_summary every five agent iterations; max_tokens 200",
    build: (c) => {
      const recent = c.turns.slice(-8).map((t) => `${t.role}: ${t.content.slice(0, 500)}\n\n`).join("");
      const text = P.DSCLI_SUMMARY_RAW.replace(
        "{self.initial_request or 'Non définie'}",
        firstExchange(c).question,
      )
        .replace("{recent_context}", recent);
      return { model: MODEL, messages: [usr(text)], temperature: 0.3, max_tokens: 200 };
    },
  },
  {
    client: "mdtutor cursor commands",
    task: "summary",
    source: at(MDT, { path: ".cursor/prompts/summary.md", commit: MDT_COMMIT }),
    note: "the prompt file sent as the next user turn of the Cursor chat",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.MDT_SUMMARY)], stream: true }),
  },
  {
    client: "mdtutor cursor commands",
    task: "summary",
    source: at(MDT, { path: ".cursor/prompts/resumee.md", commit: MDT_COMMIT }),
    note: "the discourse-trace prompt sent as the next user turn of the Cursor chat",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.MDT_RESUMEE)], stream: true }),
  },
  {
    client: "hydrahive",
    task: "compaction",
    source: at("hydrahive/hydrahive", {
      path: "core/src/hydrahive_core/compaction_summary.py",
      commit: "e559255639dd707d92d1742ee7ee40bf2dbe59c4",
    }),
    paraphrased: true,
    note: "build_summary_prompt with empty runtime facts; history lines as the compact endpoint writes them",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(hydraSystem(lastUser(c))),
        usr(c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content.slice(0, 2000)}`).join("\n\n")),
      ],
    }),
  },
  ...BLIND_26_MEMORY,
];
