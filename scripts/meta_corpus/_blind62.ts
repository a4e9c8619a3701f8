/**
 * Blind round 62: chat clients and front-ends read only for this round — Newelle (GNOME desktop: title, follow-up
 * offers, two memory prompts), anse (web: title), bailing (Chinese voice assistant: memory summary), MuseBot
 * (messenger bot: intent classifier shipped in English, Chinese and Russian), ChatGPT-Telegram-Bot through its aient
 * library (Chinese search keywords), tock (conversational platform: question condensing), hyprnote (meeting notes:
 * title), KoboldAI Lite (auto memory summary, web-search query rewrite), Lumos (browser RAG: prompt classifiers) and
 * koishi-plugin-openai (QQ bot: Chinese recall keywords); plus hard negatives from the same clients.
 */
import type { Conversation } from "./_conversations.ts";
import { type ChatBody, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind62.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const NEWELLE = "60aa5b4588ad58b7fbfaf9dfb41602e992991286";
const MUSEBOT = "f80199d8f9efc6431669517655747174c080a284";
const KOBOLD = "27eb1dcc59d686675ce5018ccf696f0ee8cf5794";

/** Newelle's `history` entries carry "User"/"Assistant" in their `User` field; titles cap each message at 500. */
const newelleLines = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "Assistant" });
/** KoboldAI Lite's chat mode keeps the story as `{{user}}: …` / `{{char}}: …` lines with its default names. */
const koboldStory = (c: Conversation) => "\n" + toLines(c.turns, { user: "User", assistant: "KoboldAI" });
const KOBOLD_SUMMARY = (story: string) =>
  `${story}\n### Instruction: Summarize the above text in a single paragraph of up to ${
    story.length > 1800 ? "ten" : "five"
  } detailed sentences.\n### Response:`;
const smart = (template: string) => (c: Conversation): ChatBody => ({
  model: MODEL,
  messages: [usr(template.replace("{{.prompt}}", c.followUp))],
  stream: false,
});
const museBot = (lang: string, template: string): Template => ({
  client: "MuseBot",
  task: "classification",
  source: at("yincongcyincong/MuseBot", { path: `conf/i18n/i18n.${lang}.json`, commit: MUSEBOT }),
  note:
    `smart_mode_prompt (${lang}) filled with the incoming message, one user turn, SyncSend (robot/robot.go)`,
  build: smart(template),
});

/** Lumos classifies the prompt with a completion call (LangChain Ollama, temperature 0, stop "." and ","). */
const lumos = (type: string, question: string): Template => ({
  client: "Lumos",
  task: "classification",
  source: at("andrewnguonly/Lumos", {
    path: "src/scripts/background.ts",
    commit: "69ff12ed3da5846eb40c3233e9dcdafb6cb64f60",
  }),
  paraphrased: true,
  note: `classifyPrompt(${type}): one completion prompt, sent here as one user turn; temperature 0`,
  build: (c) => ({
    model: MODEL,
    messages: [usr(`${question} Answer with 'yes' or 'no'.\n\nPrompt: ${c.followUp}`)],
    temperature: 0,
  }),
});

export const BLIND62: Template[] = [
  {
    client: "Newelle",
    task: "title",
    source: at("qwersyk/Newelle", { path: "src/constants.py", commit: NEWELLE }),
    note:
      "generate_chat_name: the history (each message capped at 500 chars) then the prompt as the user turn, no system",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns.map((t) => ({ ...t, content: t.content.slice(0, 500) }))),
        usr(P.NEWELLE_GENERATE_NAME_PROMPT),
      ],
      stream: false,
    }),
  },
  {
    client: "Newelle",
    task: "follow_up",
    source: at("qwersyk/Newelle", { path: "src/handlers/llm/llm.py", commit: NEWELLE }),
    note:
      "get_suggestions sends the prompt + two newlines; its history string shadows the list, so no history goes out",
    build: () => ({
      model: MODEL,
      messages: [usr(P.NEWELLE_GET_SUGGESTIONS_PROMPT + "\n\n")],
      stream: false,
    }),
  },
  {
    client: "Newelle",
    task: "memory",
    source: at("qwersyk/Newelle", { path: "src/handlers/memory/user_summary_handler.py", commit: NEWELLE }),
    note: "user-summary memory update, the recent history and an empty existing summary, one user turn",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.NEWELLE_MEMORY_UPDATE.replace("{history}", newelleLines(c)).replace("{summary}", ""))],
      stream: false,
    }),
  },
  {
    client: "Newelle",
    task: "memory",
    source: at("qwersyk/Newelle", { path: "src/handlers/memory/agentic_memory_handler.py", commit: NEWELLE }),
    note:
      "agentic memory: _extract_important_info on the last exchange, one user turn, no history, no system",
    build: (c) => {
      const users = c.turns.filter((t) => t.role === "user");
      const answers = c.turns.filter((t) => t.role === "assistant");
      const prompt = P.NEWELLE_AGENTIC_EXTRACT.replace("{user}", users.at(-1)?.content ?? "")
        .replace("{assistant}", answers.at(-1)?.content ?? "");
      return { model: MODEL, messages: [usr(prompt)], stream: false };
    },
  },
  {
    client: "anse",
    task: "title",
    source: at("anse-app/anse", {
      path: "src/logics/helper.ts",
      commit: "d4e46e49d682059374282a5a22e28e3ecc214bd6",
    }),
    note:
      "promptHelper.summarizeText on the first prompt; handleRapidPrompt: stream false, maxTokens 2048, temp 0.4",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        [
          "Summarize a short and relevant title of input with no more than 5 words.",
          "Rules:",
          "1. Must use the same language as input.",
          "2. Output the title directly, do not add any other content.",
          "The input is:",
          c.turns[0]?.content ?? "",
        ].join("\n"),
      )],
      stream: false,
      max_tokens: 2048,
      temperature: 0.4,
    }),
  },
  {
    client: "bailing",
    task: "memory",
    source: at("wwbin2017/bailing", {
      path: "bailing/memory.py",
      commit: "2f7dc881b684c50fb0c612361a34b44bd5626aea",
    }),
    note:
      "memory_prompt_template (bailing/prompt.py) with an empty abstract and the saved dialogue as role: content",
    build: (c) => {
      const dialogue = [
        `system: ${P.BAILING_SYSTEM.replace("{memory}", "").trim()}`,
        toLines(c.turns, { user: "user", assistant: "assistant" }),
      ].join("\n");
      const prompt = P.BAILING_MEMORY.replace("${dialogue_abstract}", "").replace(
        "${dialogue_history}",
        dialogue,
      );
      return { model: MODEL, messages: [usr(prompt.trim())], stream: false };
    },
  },
  museBot("en", P.MUSEBOT_SMART_EN),
  museBot("zh", P.MUSEBOT_SMART_ZH),
  museBot("ru", P.MUSEBOT_SMART_RU),
  {
    client: "ChatGPT-Telegram-Bot (aient)",
    task: "search_query",
    source: at("yym68686/aient", {
      path: "aient/plugins/config.py",
      commit: "843da27d59ee33fa6416a37851f1f978adeb6d15",
    }),
    note:
      "a fresh chatgpt() with its default system prompt asks search_key_word_prompt for the search query, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AIENT_DEFAULT_SYSTEM), usr(P.AIENT_SEARCH_KEYWORDS.replace("{source}", c.followUp))],
      stream: true,
    }),
  },
  {
    client: "tock",
    task: "search_query",
    source: at("theopenconversationkit/tock", {
      path:
        "gen-ai/orchestrator-server/src/main/python/server/src/gen_ai_orchestrator/services/langchain/rag_chain_builder.py",
      commit: "d92e72aa1dffa47c0dde5b3f69f4fe5e3dcd4563",
    }),
    note:
      "QuestionCondensingDefaultPrompt as system (lexicon_groups rendered as an empty list), chat_history, then the question",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TOCK_CONDENSING.replace("{{ lexicon_groups }}", "[]")),
        ...toMessages(c.turns),
        usr(c.followUp),
      ],
    }),
  },
  {
    client: "hyprnote",
    task: "title",
    source: at("fastrepl/hyprnote", {
      path: "apps/desktop/src/store/zustand/ai-task/task-configs/title-workflow.ts",
      commit: "8731462e56f419737c55e7094f5f9c94a6507a98",
    }),
    paraphrased: true,
    note:
      "title.system/title.user jinja rendered; the enhanced note is rebuilt from the conversation; streamText temp 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.HYPR_TITLE_SYSTEM.replace('{{ ""|current_date }}', "2026-12-07").replace(
            "{{ language | language }}",
            c.language,
          ),
        ),
        usr(
          P.HYPR_TITLE_USER.replace("{{ enhanced_note }}", c.turns.map((t) => `- ${t.content}`).join("\n")),
        ),
      ],
      stream: true,
      temperature: 0,
    }),
  },
  {
    client: "KoboldAI Lite",
    task: "search_query",
    source: at("LostRuins/lite.koboldai.net", { path: "index.html", commit: KOBOLD }),
    paraphrased: true,
    note:
      "generate_websearch_prompt: recent context + default_websearch_template as one user turn, max_length 200",
    build: (c) => ({
      model: MODEL,
      messages: [usr(koboldStory(c) + "\n\n" + P.KOBOLD_WEBSEARCH.replaceAll("{{QUERY}}", c.followUp))],
      max_tokens: 200,
    }),
  },
  {
    client: "KoboldAI Lite",
    task: "summary",
    source: at("LostRuins/lite.koboldai.net", { path: "index.html", commit: KOBOLD }),
    paraphrased: true,
    note: "autogenerate_summary_memory: the story then the instruct-format summary request as one user turn",
    build: (c) => {
      const story = koboldStory(c);
      return {
        model: MODEL,
        messages: [usr(KOBOLD_SUMMARY(story))],
        max_tokens: story.length > 1800 ? 250 : 200,
      };
    },
  },
  lumos("isImagePrompt", P.LUMOS_CLS_IMG),
  lumos("isCalcPrompt", P.LUMOS_CLS_CALC),
  {
    client: "koishi-plugin-openai",
    task: "search_query",
    source: at("TomLBZ/koishi-plugin-openai", {
      path: "src/eye.ts",
      commit: "52464886db4c8abc8f15a108d8b7aad589db3b6e",
    }),
    paraphrased: true,
    note:
      "keywordPrompt on the incoming message for memory recall; a legacy completions prompt (stop \\n), here one user turn",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.KOISHI_KEYWORDS}我：${c.followUp.replace(/\n/g, "。")}\n你：`)],
    }),
  },
];

export { buildBlind62Negatives } from "./_blind62_negatives.ts";
