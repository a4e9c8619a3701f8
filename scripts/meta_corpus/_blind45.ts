/**
 * Blind round 45: companion, role-play and desktop-pet clients never used in the corpus before, read from their
 * source and measured without changing the rules: Live2DPet's emotion classifier (English, Chinese, Japanese),
 * Crystallized Chasm's Korean role-play summaries, NeoChat's memory writer, Project Her's memory summary,
 * AI-GRIL-FRIEND's Chinese memory filter, Thal's message correction, OpenMaiWaifu's memory distiller, Memory
 * Books' Japanese scene memories, CharMemory's extraction, my-neuro's Chinese compaction and diary, Amica's
 * subconscious diary and AIRI's image director. The negatives are in `_blind45_negatives.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as F from "./_blind45_fill.ts";
import * as P from "./_prompts_blind45.ts";

export { buildBlind45Negatives } from "./_blind45_negatives.ts";

const EMOTIONS: Record<string, string> = {
  en: "smile(smile), sad(sad), angry(angry), shy(shy)",
  zh: "开心(开心), 难过(难过), 生气(生气), 害羞(害羞)",
  ja: "笑顔(笑顔), 悲しみ(悲しみ), 怒り(怒り), 照れ(照れ)",
};
const live2dpet = (lang: string, prompt: string): Template => ({
  client: "Live2DPet",
  task: "classification",
  source: F.at("x380kkm/Live2DPet", { path: "src/core/emotion-system.js", commit: F.LIVE2DPET }),
  note:
    `_selectEmotionFromAI after each reply: sys.emotionPrompt (${lang}, src/i18n/locales.js) with the model's expressions, the last line as user`,
  build: (c) => ({
    model: MODEL,
    messages: [
      sys(prompt.replace("{0}", EMOTIONS[lang] ?? "")),
      usr(`Character said: "${F.lastReply(c)}"\nWhich emotion?`),
    ],
  }),
});

/** The userscript posts `JSON.stringify({prompt, chatLog})` to Gemini; the chat log is the platform's messages. */
const chasm = (prompt: string, author: string): Template => ({
  client: "Crystallized Chasm Ignitor",
  task: "summary",
  source: F.CHASM,
  paraphrased: true,
  note:
    `${author}'s Korean summary preset; JSON.stringify({prompt, chatLog:[{role, message}]}) sent to Gemini generateContent, here as one user message`,
  build: (c) =>
    F.one(JSON.stringify({ prompt, chatLog: c.turns.map((t) => ({ role: t.role, message: t.content })) })),
});

/** NeoChat's writer agent: its messages are all re-labelled user turns `{time} - {indicator} - {speaker}: text`. */
const neochat = (system: string, { next, lang }: { next: string; lang: string }): Template => ({
  client: "NeoChat",
  task: "memory",
  source: F.at("fly2outerspace/NeoChat", { path: "app/agent/writer.py", commit: F.NEOCHAT }),
  paraphrased: true,
  note:
    `WriterAgent memory review (${lang} prompts of app/prompt/writer.py); the tool list (tool_choice required) and the aid message are left out`,
  build: (c) => ({
    model: MODEL,
    messages: [
      sys(P.fill(system, { roleplay_prompt: F.CARD, long_term_memory: "", relationship: "" })),
      ...c.turns.map((t, i) =>
        usr(`2026-05-09 19:0${i}:00 - speakinperson - ${t.role === "user" ? "user" : F.CHAR}: ${t.content}`)
      ),
      sys(P.fill(next, { current_step: "1" })),
    ],
  }),
});

const SUMMARY_SCHEMA = {
  type: "json_schema",
  "json_schema": {
    name: "memory_summary",
    schema: {
      type: "object",
      properties: {
        summary: { type: "string" },
        facts: { type: "array", items: { type: "string" } },
        commitments: { type: "array", items: { type: "string" } },
        emotions: { type: "array", items: { type: "string" } },
        time_range: { type: "object", properties: { start: { type: "string" }, end: { type: "string" } } },
      },
    },
  },
};

const distill = (prompt: string, lang: string): Template => ({
  client: "OpenMaiWaifu",
  task: "memory",
  source: F.at("buyve/OpenMaiWaifu", { path: "src/lib/llmService.ts", commit: F.OMW }),
  paraphrased: true,
  note:
    `distillMemories on promotion to M90, llm_distill_prompt (${lang}); memories as '1. [emotions] content'; OpenClaw send_chat as one user message`,
  build: (c) =>
    F.one(P.fill(prompt, {
      targetTier: "M90",
      memoryList: c.turns.filter((t) => t.role === "user").map((t, i) => `${i + 1}. [joy] ${t.content}`).join(
        "\n",
      ),
    })),
});

/** Memory Books: the preset with {{char}}/{{user}} replaced, then the scene framed with the ja-jp labels. */
const memoryBooks = (prompt: string, preset: string): Template => ({
  client: "SillyTavern Memory Books",
  task: "memory",
  source: F.MEMORY_BOOKS,
  note:
    `buildPrompt with the Japanese '${preset}' preset and formatSceneForAI (locales/ja-jp.json frame), one user message, stream false`,
  build: (c) => ({
    ...F.one(
      `${prompt.replaceAll("{{char}}", F.CHAR).replaceAll("{{user}}", F.USER)}\n\n\n=== シーンの記録 ===\n${
        F.named(c)
      }\n\n=== シーンの終了 ===`,
    ),
    stream: false,
  }),
});

const airi = (target: "assistant" | "user", prompts: { system: string; analysis: string }): Template => ({
  client: "AIRI",
  task: "image-prompt",
  source: F.AIRI,
  note:
    `Cinematic Director for target '${target}' (generateText, not streamed); history is the last three messages`,
  build: (c) => {
    const history = target === "assistant" ? c.turns.slice(0, -1) : c.turns;
    return {
      model: MODEL,
      messages: [
        sys(P.fill(prompts.system, { personality: F.CARD })),
        usr(P.fill(prompts.analysis, {
          historyText: history.slice(-3).map((t) =>
            `[${t.role === "assistant" ? "Companion" : "User"}]: ${t.content}`
          )
            .join("\n\n"),
          inputText: target === "assistant" ? F.lastReply(c) : c.followUp,
        })),
      ],
    };
  },
});

const thal = (c: Conversation) => {
  const history = P.fill(P.THAL_HISTORY, {
    formattedHistory: c.turns.map((t) => `${t.role === "user" ? "User" : "Bot"}: ${t.content}`).join("\n"),
  });
  const userData = P.fill(P.THAL_USERDATA, {
    userJson: JSON.stringify({ name: "Bea", lastName: "Souza", username: "bea" }, null, 2),
  });
  const botData = P.fill(P.THAL_BOTDATA, { name: F.CHAR, username: "lina", description: F.CARD });
  return P.fill(P.THAL_CORRECT_SYS, { userData, characterData: botData, historyContext: history });
};

export const BLIND45: Template[] = [
  live2dpet("en", P.L2D_EMOTION_EN),
  live2dpet("zh", P.L2D_EMOTION_ZH),
  live2dpet("ja", P.L2D_EMOTION_JA),
  chasm(P.CHASM_FLORA, "Flora"),
  chasm(P.CHASM_LOCAL, "로컬AI"),
  neochat(P.NEO_WRITER_EN, { next: P.NEO_NEXT_EN, lang: "English, the default" }),
  neochat(P.NEO_WRITER_CN, { next: P.NEO_NEXT_CN, lang: "Chinese" }),
  {
    client: "Project Her",
    task: "memory",
    source: F.at("easeaico/project-her", { path: "internal/memory/summarizer.go", commit: F.HER }),
    paraphrased: true,
    note:
      "memory_summarizer ADK agent: the instruction as system, the chat window ('user: …\\nassistant: …' lines) as user, OutputSchema as json_schema",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.HER_SUMMARY),
        usr(c.turns.map((t) => `${t.role === "user" ? "user" : "assistant"}: ${t.content}\n`).join("")),
      ],
      response_format: SUMMARY_SCHEMA,
    }),
  },
  {
    client: "AI-GRIL-FRIEND",
    task: "memory",
    source: F.at("07XYGIN/AI-GRIL-FRIEND", {
      path: "Server/ai-service/app/core/agent/tools/message.py",
      commit: F.GF,
    }),
    paraphrased: true,
    note:
      "msg_info tool: SYSTEM_TOOL_MOMERY_PROMOT and '用户：{input}' through with_structured_output(memory_response), shown as json_object",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GF_MEMORY), usr(`用户：${F.lastUserTurn(c)}`)],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Thal",
    task: "classification",
    source: F.at("9aia/thal", { path: "server/services/assistance.ts", commit: F.THAL }),
    paraphrased: true,
    note:
      "correctMessage runs after every user message: status/severity of the user's English; Gemini responseSchema shown as json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(thal(c)),
        usr(P.fill(P.THAL_CORRECT_PROMPT, { replyMessageFormatted: "", content: F.lastUserTurn(c) })),
      ],
      response_format: { type: "json_object" },
    }),
  },
  distill(P.OMW_DISTILL_KO, "Korean"),
  distill(P.OMW_DISTILL_EN, "English"),
  memoryBooks(P.MB_JA_SUMMARY, "summary"),
  memoryBooks(P.MB_JA_MINIMAL, "minimal"),
  {
    client: "CharMemory",
    task: "memory",
    source: F.CHAR_MEMORY,
    note:
      "extraction through a provider: default system line and defaultExtractionPrompt, messages '{name}: text' joined by blank lines, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a memory extraction assistant."),
        usr(P.fill(P.CM_EXTRACT, {
          charCard: F.CARD,
          existingMemories: "(none yet)",
          recentMessages: F.named(c, { separator: "\n\n" }),
        })),
      ],
      max_tokens: 2000,
    }),
  },
  {
    client: "my-neuro",
    task: "compaction",
    source: F.at("morettt/my-neuro", { path: "live-2d/js/ai/ContextCompressor.js", commit: F.MY_NEURO }),
    note:
      "compressMessages without an earlier summary: '用户: '/'AI: ' lines, one user message, stream false, max_tokens 500",
    build: (c) => ({
      ...F.one(
        `${P.MN_COMPRESS}\n\n对话内容：\n${
          c.turns.map((t) => `${t.role === "user" ? "用户" : "AI"}: ${t.content}`).join("\n")
        }\n\n总结：`,
      ),
      stream: false,
      max_tokens: 500,
    }),
  },
  {
    client: "my-neuro",
    task: "summary",
    source: F.at("morettt/my-neuro", { path: "live-2d/js/ai/DiaryManager.js", commit: F.MY_NEURO }),
    paraphrased: true,
    note:
      "generateDiary with the diary plugin's default prompt; the day's interactions from the memory file reconstructed as lines",
    build: (c) => ({
      ...F.one(
        `${P.MN_DIARY}\n\n今天的对话记录：\n${
          c.turns.map((t) => `${t.role === "user" ? "用户" : "肥牛"}: ${t.content}`).join("\n")
        }\n\n请写一篇日记：`,
      ),
      stream: false,
    }),
  },
  {
    client: "Amica",
    task: "memory",
    source: F.at("semperai/amica", { path: "src/features/amicaLife/eventHandler.ts", commit: F.AMICA }),
    note:
      "handleSubconsciousEvent step 1 through askLLM: the diary instruction as system, 'User:/Assistant:' log as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AMICA_DIARY),
        usr(c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n")),
      ],
      stream: true,
    }),
  },
  airi("assistant", { system: P.AIRI_SYS_ASSISTANT, analysis: P.AIRI_ANALYSIS_ASSISTANT }),
  airi("user", { system: P.AIRI_SYS_USER, analysis: P.AIRI_ANALYSIS_USER }),
];
