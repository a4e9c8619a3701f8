/**
 * Blind round 50, second part: the Japanese Discord bot aimolt (relationship, emotion, entity and privacy-abstraction
 * calls) and the Korean book-shop and Kakao fitness chatbots' intent and slot analysis.
 */
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind50.ts";
import * as F from "./_blind50_fill.ts";

const at = (key: keyof typeof P.SRC, path: string) => ({
  repo: P.SRC[key].repo,
  path,
  commit: P.SRC[key].commit,
});
const WIRE = F.GEMINI_WIRE;

export const BLIND50_MORE: Template[] = [
  {
    client: "aimolt",
    task: "memory",
    source: at("AM", "src/personality/services/impression.service.ts"),
    paraphrased: true,
    note: `relationship analysis after a reply (first contact, no impression yet); ${WIRE}`,
    build: (c) => ({
      model: MODEL,
      messages: [sys(F.aimoltImpression(F.lastUser(c))), usr("分析を開始してください。")],
    }),
  },
  {
    client: "aimolt",
    task: "classification",
    source: at("AM", "src/personality/emotion/emotion-analyzer.service.ts"),
    paraphrased: true,
    note: `the bot's VAD emotion update for the user's message; ${WIRE}`,
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AM_EMOTION_SYS), usr(F.aimoltEmotionUser(F.lastUser(c)))],
    }),
  },
  {
    client: "aimolt",
    task: "query-rewrite",
    source: at("AM", "src/personality/services/analysis.service.ts"),
    paraphrased: true,
    note: `entity / synonym extraction for the related-knowledge search before a reply; ${WIRE}`,
    build: (c) => ({ model: MODEL, messages: [sys(P.AM_ENTITIES), usr(`メッセージ: ${c.followUp}`)] }),
  },
  {
    client: "aimolt",
    task: "summary",
    source: at("AM", "src/bluesky/bluesky-prompt.service.ts"),
    paraphrased: true,
    note: `scheduled Bluesky post, step 1: privacy abstraction of recent conversations; ${WIRE}`,
    build: (c) => ({ model: MODEL, messages: [sys(P.AM_ABSTRACT_SYS), usr(F.aimoltAbstraction(c))] }),
  },
  {
    client: "langchain-emotion-recommender",
    task: "classification",
    source: at("KG", "ai-service/app/prompts/intent_classify_prompt.py"),
    note: "intent_classify_chain (PromptTemplate as one user message, temperature 0) on every message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          F.fill(P.KG_INTENT, { "{conversation_history}": F.kelgelHistory(c), "{user_input}": c.followUp }),
        ),
      ],
      temperature: 0,
    }),
  },
  {
    client: "langchain-emotion-recommender",
    task: "query-rewrite",
    source: at("KG", "ai-service/app/prompts/query_analysis_prompt.py"),
    note:
      "query_analysis_chain extracting emotion / genre / author / keywords slots, temperature 0, on every message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(F.fill(P.KG_QUERY, { "{conversation_history}": F.kelgelHistory(c), "{user_input}": c.followUp })),
      ],
      temperature: 0,
    }),
  },
  {
    client: "SuperETF ChatBot",
    task: "classification",
    source: at("SE", "handlers/classifyIntent.js"),
    note: "Kakao skill webhook: the utterance classified into a menu function (gpt-3.5-turbo, temperature 0)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(F.fill(P.SE_INTENT, { "${utterance}": c.followUp }))],
      temperature: 0,
    }),
  },
];
