/**
 * Blind round 15, knowledge and team-chat part: QAnything's Chinese standalone question, Zulip's topic summary,
 * Discourse AI's question consolidation, gist and locale detection, Karakeep's bookmark tags.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind15.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
/** Names the team-chat templates give the two speakers. */
const PEOPLE = { user: "Marta Alves", assistant: "Kenji Sato" };
const name = (role: "user" | "assistant") => PEOPLE[role];

export const BLIND_15_KNOWLEDGE: Template[] = [
  {
    client: "QAnything",
    task: "query-rewrite",
    source: at("netease-youdao/QAnything", {
      path: "qanything_kernel/core/chains/condense_q_chain.py",
      commit: "126f95e90f360941fd6f778dd7e82f7cdbd23e02",
    }),
    note:
      "ChatPromptTemplate: the system prompt, the chat history as messages, then the 新问题 human turn; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QANYTHING_CONDENSE), ...toMessages(c.turns), usr(P.QANYTHING_QUESTION(c.followUp))],
      temperature: 0,
    }),
  },
  {
    client: "Zulip",
    task: "summary",
    source: at("zulip/zulip", {
      path: "zerver/actions/message_summary.py",
      commit: "d0c5c1cacbb2fda41d599df5a82c3283b266cec2",
    }),
    note:
      "do_summarize_narrow: intro as system, the messages as compact JSON {sender, content}, then the prompt (up to 4 sentences for a short topic)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ZULIP_INTRO("general", c.language === "Japanese" ? "京都旅行" : "questions")),
        usr(JSON.stringify(c.turns.map((t) => ({ sender: name(t.role), content: t.content })))),
        usr(P.ZULIP_PROMPT(4)),
      ],
    }),
  },
  {
    client: "Discourse AI",
    task: "query-rewrite",
    source: at("discourse/discourse-ai", {
      path: "lib/personas/question_consolidator.rb",
      commit: "db08849e461cf927db9247fd537fa5032d7618a5",
    }),
    note:
      "revised_prompt: system message, then the snippet as `user:`/`model:` lines ending with the new question",
    build: (c) => {
      const history = [...c.turns, { role: "user" as const, content: c.followUp }]
        .map((t) => `${t.role === "user" ? "user" : "model"}: ${t.content}`).join("\n");
      return {
        model: MODEL,
        messages: [sys(P.DISCOURSE_CONSOLIDATE_SYSTEM), usr(P.DISCOURSE_CONSOLIDATE_USER(history))],
      };
    },
  },
  {
    client: "Discourse AI",
    task: "summary",
    source: at("discourse/discourse-ai", {
      path: "lib/personas/short_summarizer.rb",
      commit: "eaea6ab1f1b2624405ed0a1ffdf7ef3651711567",
    }),
    paraphrased: true,
    note:
      "the gist persona's system prompt; the posts as `name: text` lines in one user message (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.DISCOURSE_GIST),
        usr(c.turns.map((t) => `${name(t.role)}: ${t.content}`).join("\n\n")),
      ],
      response_format: { type: "json_schema", json_schema: { name: "summary", schema: { type: "object" } } },
    }),
  },
  {
    client: "Discourse AI",
    task: "classification",
    source: at("discourse/discourse-ai", {
      path: "lib/personas/locale_detector.rb",
      commit: "3b3a82ec9ddabd346c3e1125e77911d7af75f635",
    }),
    paraphrased: true,
    note:
      "the locale detector persona's system prompt, the post's raw text as the user message, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DISCOURSE_LOCALE), usr(firstExchange(c).question)],
      temperature: 0,
      response_format: { type: "json_schema", json_schema: { name: "locale", schema: { type: "object" } } },
    }),
  },
  {
    client: "Karakeep",
    task: "tags",
    source: at("karakeep-app/karakeep", {
      path: "packages/shared/prompts.ts",
      commit: "84106e1a060ebe5f97c35a83526588f090162c96",
    }),
    note:
      "constructTextTaggingPrompt with tag style as-generated (utils/tag.ts returns an empty line) and no custom prompts; a saved chat page as the bookmark text",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.KARAKEEP_TAGS("english", c.turns.map((t) => t.content).join("\n\n")))],
      response_format: { type: "json_object" },
    }),
  },
];
