/**
 * Blind round 75, robots and bots: a Vietnamese children's robot's emotion label and celebration check, a Godot
 * dating game's mood analyzer, a Singaporean companion's sentiment agent, the SERMAS kiosk avatar's sentiment and
 * language detection, and a Spanish Twitch bot condensing its own long replies.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind75.ts";
import { fill, lastUser, pikaInput } from "./_blind75_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const PIKA = "DoanNgocCuong/MiniProd_NLP3_VeryFastMoodEmotionClassification_T12_2025";
const PIKA_AT = "af24dfa7af46593f14eff8a9a4730a65283b7b79";
const SERMAS = "010ee9ec5e014a4ffcbfa978a72304b7000fbaae";

/** javipalanca/twitchrecap send(): only replies over 400 characters are condensed; the assistant turns stand in. */
const longReply = (c: Conversation) =>
  c.turns.filter((t) => t.role === "assistant").map((t) => t.content).join(" ");

export const BLIND75_BOTS: Template[] = [
  {
    client: "Pika robot CKP",
    task: "emotion",
    source: at(PIKA, { path: "CKP/src/services/emotion_service.py", commit: PIKA_AT }),
    note:
      "EmotionService.classify via groq_client_async: prompts/emotion_prompt.py system and user wrapper around the robot's turn in the documented input form; MAX_TOKENS_EMOTION 10, TEMPERATURE 0.0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PIKA_EMOTION_SYSTEM), usr(fill(P.PIKA_EMOTION_USER, { input: pikaInput(c) }))],
      temperature: 0,
      max_tokens: 10,
    }),
  },
  {
    client: "Pika robot CKP",
    task: "classification",
    source: at(PIKA, { path: "CKP/src/services/celebrate_service.py", commit: PIKA_AT }),
    note:
      "CelebrateService.classify: yes/no celebration check on the same input; MAX_TOKENS_CELEBRATE 5, TEMPERATURE 0.0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PIKA_CELEBRATE_SYSTEM), usr(fill(P.PIKA_CELEBRATE_USER, { input: pikaInput(c) }))],
      temperature: 0,
      max_tokens: 5,
    }),
  },
  {
    client: "xhacks2026",
    task: "classification",
    source: at("TechnoMechno/xhacks2026", {
      path: "systems/mood_analyzer.gd",
      commit: "0e56b51ef4a35ac2f6e6158a47178d2688a8d5ff",
    }),
    note:
      "MoodAnalyzer.analyze_dialogue: the player's message in the hand-built JSON user message (score 50, mood Furious, no previous interactions); temperature 0.3, max_tokens 100",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.XHACKS_MOOD_SYSTEM),
        usr(
          `{\n  "player_message": "${
            lastUser(c)
          }",\n  "current_score": 50,\n  "current_mood": "Furious",\n  "previous_interactions": []\n}`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 100,
    }),
  },
  {
    client: "sassiv2",
    task: "emotion",
    source: at("NaughtyPrata/sassiv2", {
      path: "agents/sentiment_agent.py",
      commit: "967da3bba349ab33459856ea053a66a03f387d1a",
    }),
    note:
      "SentimentAgent.analyze_sentiment through BaseAgent._call_groq: mini personality + sentiment prompt as system, the user's message alone; max_tokens 300, temperature 0.3, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SASSI_SENTIMENT_SYSTEM), usr(lastUser(c))],
      max_tokens: 300,
      temperature: 0.3,
      stream: false,
    }),
  },
  {
    client: "sermas-api",
    task: "emotion",
    source: at("sermas-eu/sermas-api", {
      path: "apps/detection/src/providers/sentiment-analysis/sentiment-analysis.llm.service.ts",
      commit: SERMAS,
    }),
    note:
      "the rendered sentiment-analysis template as system, the user's utterance as user; stream false, json parsed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SERMAS_SENTIMENT_SYSTEM), usr(lastUser(c))],
      stream: false,
    }),
  },
  {
    client: "sermas-api",
    task: "classification",
    source: at("sermas-eu/sermas-api", { path: "libs/translation/translation.service.ts", commit: SERMAS }),
    note: "TranslationService language detection: detectionPrompt as system, the text as user; stream false",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SERMAS_LANGUAGE_SYSTEM), usr(lastUser(c))],
      stream: false,
    }),
  },
  {
    client: "twitchrecap",
    task: "summary",
    source: at("javipalanca/twitchrecap", {
      path: "bot.py",
      commit: "7834deeb38aba3bdc2c7818a60ccafa6c985b65a",
    }),
    paraphrased: true,
    note:
      "Bot.send: a reply over 400 characters is first condensed (the assistant turns joined stand in for Verónica's reply); Ollama client chat mapped to a chat completion (earlier commits used the OpenAI client against LM Studio)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TWITCH_CONDENSE_SYSTEM), usr(P.TWITCH_REDUCE + longReply(c))],
    }),
  },
];
