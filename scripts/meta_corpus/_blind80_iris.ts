/**
 * Blind round 80, the Iris templates (ls1intum/edutelligence, the Artemis tutor): session title, follow-up
 * suggestions, lecture query rewrite and retrieval assessment. Part of `BLIND80` in `_blind80.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind80_fill.ts";
import * as P from "./_prompts_blind80.ts";

const IRIS = (path: string) => ({
  repo: "ls1intum/edutelligence",
  path,
  commit: "b7201950730086c7b6cdfda3d21458b4569b8dee",
});
const german = (c: Conversation) => c.language === "German";
/** Everything before the last assistant answer, and that answer (Iris keeps the answer apart as `last_message`). */
const splitLast = (c: Conversation) => ({
  history: c.turns.slice(0, -1),
  last: c.turns.at(-1)?.content ?? "",
});

export const BLIND80_IRIS: Template[] = [
  {
    client: "Iris",
    task: "title",
    source: IRIS("iris/src/iris/pipeline/session_title_generation_pipeline.py"),
    note:
      "session_title_generation_prompt.j2 (German when the user's language is de) and the KEEP/UPDATE user turn",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(german(c) ? P.IRIS_TITLE_DE : P.IRIS_TITLE_EN),
        usr(
          `Current title: New chat\nRecent messages (oldest first, newest last):\n${
            F.irisRecentMessages(c.turns)
          }\n\nReturn EXACTLY one line:\nKEEP\nor\nUPDATE: <new title>`,
        ),
      ],
      temperature: 0,
      max_tokens: 30,
    }),
  },
  {
    client: "Iris",
    task: "follow-ups",
    source: IRIS("iris/src/iris/pipeline/chat/interaction_suggestion_pipeline.py"),
    note:
      "default variant: system + history_exists + language line, last 4 messages, last answer, begin prompt; JSON",
    build: (c) => {
      const { history, last } = splitLast(c);
      const language = german(c)
        ? "\nGenerate questions in German, using 'du' form."
        : "\nGenerate questions in English.";
      return {
        model: MODEL,
        messages: [
          sys(P.pyFormat(P.IRIS_SUGGEST_SYSTEM, {}) + language),
          ...toMessages(history.slice(-4)),
          asst(last),
          usr(P.IRIS_SUGGEST_BEGIN),
        ],
        temperature: 0.6,
        response_format: { type: "json_object" },
      };
    },
  },
  {
    client: "Iris",
    task: "query-rewrite",
    source: IRIS("iris/src/iris/retrieval/lecture/lecture_retrieval.py"),
    paraphrased: true,
    note:
      "rewrite_student_query: lecture-pages system, last four messages, rewrite system; course_language value assumed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.IRIS_REWRITE_SYSTEM),
        ...toMessages(c.turns.slice(-4)),
        sys(P.pyFormat(P.IRIS_REWRITE_QUERY, {
          student_query: c.followUp,
          course_language: german(c) ? "German" : "English",
        })),
      ],
      temperature: 0,
      max_tokens: 400,
    }),
  },
  {
    client: "Iris",
    task: "classification",
    source: IRIS("iris/src/iris/retrieval/basic_retrieval.py"),
    note:
      "assess_question: is the student question contentful, YES/NO; system, last four messages, question, system",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.IRIS_ASSESS),
        ...toMessages(c.turns.slice(-4)),
        usr(c.followUp),
        sys(P.IRIS_ASSESS_FINAL),
      ],
      temperature: 0,
      max_tokens: 400,
    }),
  },
];
