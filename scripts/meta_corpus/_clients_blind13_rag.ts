/**
 * Blind round 13, the RAG and search clients (RAGFlow, WeKnora, MaxKB, ChatLuna, Onyx): their query rewrites, related
 * questions and titles, read from each repository at the commit cited. Long texts are in `_prompts_blind13.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind13.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});
export const first = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
export const firstAnswer = (c: Conversation) => c.turns.find((t) => t.role === "assistant")?.content ?? "";
/** WeKnora internal/types/context_helpers.go LanguageLocaleName. */
const languageName = (c: Conversation) =>
  ({ "en-US": "English", "de-DE": "German", "ja-JP": "Japanese", "pt-BR": "Portuguese" })[c.locale] ??
    c.locale;

const RAGFLOW = "b1b8cd623520b97b2526ffb1514bd812bdcc7eaf";
const WEKNORA = "412dcc41c662c9b45698959e0c3c37db5b8dc9d3";
const ONYX = "a7d66a8b778c3f9026c4f89dae47d14a3f84816f";
/** onyx backend/onyx/prompts/prompt_utils.py get_current_llm_day_time(include_day_of_week=True, full_sentence=False). */
const ONYX_DATE = "Monday December 07, 2026";

/** 1Panel-dev/MaxKB apps/application/models/application.py `problem_optimization_prompt` default. */
const MAXKB =
  "()里面是用户问题,根据上下文回答揣测用户问题({question}) 要求: 输出一个补全问题,并且放在<data></data>标签中";
const onyxRephrase = (system: string, user: string) => (c: Conversation) => ({
  model: MODEL,
  messages: [
    sys(system.replace("{current_date}", ONYX_DATE)),
    ...toMessages(c.turns),
    usr(user.replace("{additional_context}", "").replace("{user_query}", c.followUp)),
  ],
});

export const BLIND_13_RAG: Template[] = [
  {
    client: "RAGFlow",
    task: "query-rewrite",
    source: at("infiniflow/ragflow", { path: "rag/prompts/full_question_prompt.md", commit: RAGFLOW }),
    note:
      "rag/prompts/generator.py full_question: rendered prompt (language None) as system, then user 'Output: '",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.RAGFLOW_FULL_QUESTION.replace(
            "__CONVERSATION__",
            toLines([...c.turns, { role: "user", content: c.followUp }], {
              user: "USER",
              assistant: "ASSISTANT",
            }),
          ),
        ),
        usr("Output: "),
      ],
    }),
  },
  {
    client: "RAGFlow",
    task: "follow-ups",
    source: at("infiniflow/ragflow", { path: "rag/prompts/related_question.md", commit: RAGFLOW }),
    note:
      "api/apps/restful_apis/chat_api.py related questions of a search: the prompt as system, the keywords as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.RAGFLOW_RELATED), usr(`\nKeywords: ${first(c)}\nRelated search terms:\n    `)],
    }),
  },
  {
    client: "WeKnora",
    task: "title",
    source: at("Tencent/WeKnora", {
      path: "config/prompt_templates/generate_session_title.yaml",
      commit: WEKNORA,
    }),
    note:
      "internal/application/service/session.go: template as system, the first question as user, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.WEKNORA_TITLE.replace("{{language}}", languageName(c))), usr(first(c))],
      temperature: 0.3,
    }),
  },
  {
    client: "WeKnora",
    task: "query-rewrite",
    source: at("Tencent/WeKnora", { path: "config/prompt_templates/rewrite.yaml", commit: WEKNORA }),
    note:
      "chat_pipeline/query_understand.go buildPrompts: content as system with the history blocks, user part with the question (time as internal/types/placeholder.go formats it)",
    build: (c) => {
      const history = c.turns.flatMap((t, i) =>
        t.role === "user"
          ? [
            `------BEGIN------\nUser question: ${t.content}\nAssistant answer: ${
              c.turns[i + 1]?.content ?? ""
            }\n------END------\n`,
          ]
          : []
      ).join("");
      const query = `${c.followUp}\n\n<no_image_attached />\n<no_document_attached />`;
      return {
        model: MODEL,
        messages: [
          sys(
            P.WEKNORA_REWRITE_SYSTEM.replace("{{conversation}}", history).replace(
              "{{language}}",
              languageName(c),
            ),
          ),
          usr(
            P.WEKNORA_REWRITE_USER.replace("{{current_time}}", "2026-12-07 08:30:00").replace(
              "{{current_week}}",
              "Monday",
            )
              .replace("{{query}}", query),
          ),
        ],
      };
    },
  },
  {
    client: "MaxKB",
    task: "query-rewrite",
    source: at("1Panel-dev/MaxKB", {
      path: "apps/application/chat_pipeline/step/reset_problem_step/impl/base_reset_problem_step.py",
      commit: "121614fb81c0a72387974f3ebcb86cbf756a84af",
    }),
    note: "the last three rounds as messages, then the default problem_optimization_prompt with the question",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(MAXKB.replace("{question}", c.followUp))],
    }),
  },
  {
    client: "ChatLuna",
    task: "query-rewrite",
    source: at("ChatLunaLab/chatluna", {
      path: "packages/search-service/src/index.ts",
      commit: "362484a6646db64d83f96358086480bbceba23e2",
    }),
    note:
      "newQuestionPrompt default, chat history as human/ai lines (chain/browsing_chain.ts), one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.CHATLUNA_NEW_QUESTION.replace(
            "{chat_history}",
            toLines(c.turns, { user: "human", assistant: "ai" }),
          )
            .replace("{question}", c.followUp),
        ),
      ],
    }),
  },
  {
    client: "Onyx",
    task: "title",
    source: at("onyx-dot-app/onyx", {
      path: "backend/onyx/secondary_llm_flows/chat_session_naming.py",
      commit: ONYX,
    }),
    note: "CHAT_NAMING_SYSTEM_PROMPT, the history, then CHAT_NAMING_REMINDER wrapped in system-reminder tags",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ONYX_NAMING_SYSTEM),
        ...toMessages(c.turns),
        usr(`${P.ONYX_REMINDER_OPEN}\n${P.ONYX_NAMING_REMINDER}\n${P.ONYX_REMINDER_CLOSE}`),
      ],
    }),
  },
  {
    client: "Onyx",
    task: "query-rewrite",
    source: at("onyx-dot-app/onyx", {
      path: "backend/onyx/secondary_llm_flows/query_expansion.py",
      commit: ONYX,
    }),
    note: "semantic_query_rephrase (prompts/search_prompts.py)",
    build: onyxRephrase(P.ONYX_SEMANTIC_QUERY_REPHRASE_SYSTEM, P.ONYX_SEMANTIC_QUERY_REPHRASE_USER),
  },
  {
    client: "Onyx",
    task: "query-rewrite",
    source: at("onyx-dot-app/onyx", { path: "backend/onyx/prompts/search_prompts.py", commit: ONYX }),
    note: "keyword_query_expansion in secondary_llm_flows/query_expansion.py",
    build: onyxRephrase(P.ONYX_KEYWORD_REPHRASE_SYSTEM, P.ONYX_KEYWORD_REPHRASE_USER),
  },
];
