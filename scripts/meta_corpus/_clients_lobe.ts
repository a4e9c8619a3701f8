/** LobeChat housekeeping templates (verbatim). */
import { asst, firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";

const LOBE = "lobehub/lobe-chat";
const LOBE_CHAINS = "packages/prompts/src/chains";

export const LOBE_TEMPLATES: Template[] = [
  {
    client: "LobeChat",
    task: "title",
    source: {
      repo: LOBE,
      path: `${LOBE_CHAINS}/summaryTitle.ts`,
      commit: "2430838d4f450d045daf1b4404070fdcbaa50c91",
    },
    note: "system-agent task, streamed into the topic title",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `You are a professional conversation summarizer. Generate a concise title that captures the essence of the conversation.\n\nRules:\n- Output ONLY the title text, no explanations or additional context\n- Maximum 10 words\n- Maximum 50 characters\n- No punctuation marks\n- Use the language specified by the locale code: ${c.locale}\n- The title should accurately reflect the main topic of the conversation\n- Keep it short and to the point`,
        ),
        usr(toLines(c.turns, { user: "user", assistant: "assistant" })),
      ],
      stream: true,
    }),
  },
  {
    client: "LobeChat",
    task: "query-rewrite",
    source: {
      repo: LOBE,
      path: `${LOBE_CHAINS}/rewriteQuery.ts`,
      commit: "4dd4c5989a58ae372aecd3eebd31eb0f031d248c",
    },
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `Given the following conversation and a follow-up question, rephrase the follow up question to be a standalone question, in its original language. Keep as much details as possible from previous messages. Keep entity names and all.\n<chatHistory>\n${
            c.turns.map((turn) => turn.content).join("\n")
          }\n</chatHistory>\n`,
        ),
        usr(`Follow Up Input: ${c.followUp}, it's standalone query:`),
      ],
      stream: true,
    }),
  },
  {
    client: "LobeChat",
    task: "summary",
    source: {
      repo: LOBE,
      path: `${LOBE_CHAINS}/summaryHistory.ts`,
      commit: "50af0e98b00425df001b38dacd67676074afd5d4",
    },
    note: "history as <chat_history><user>…</user> (prompts/chatMessages/index.ts)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You're an assistant who's good at extracting key takeaways from conversations and summarizing them. Please summarize according to the user's needs. The content you need to summarize is located in the <chat_history> </chat_history> group of xml tags. The summary needs to maintain the original language.",
        ),
        usr(
          `<chat_history>\n${
            c.turns.map((turn) => `<${turn.role}>${turn.content}</${turn.role}>`).join("\n")
          }\n</chat_history>\n\nPlease summarize the above conversation and retain key information. The summarized content will be used as context for subsequent prompts, and should be limited to 400 tokens.`,
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "LobeChat",
    task: "emoji",
    source: {
      repo: LOBE,
      path: `${LOBE_CHAINS}/pickEmoji.ts`,
      commit: "9e4fd071e8e13298e94facdc9315934014492544",
    },
    note: "few-shot turns as real messages; the content is the topic's first message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are an emoji expert who selects the most appropriate emoji to represent concepts, emotions, or topics.\n\nRules:\n- Output ONLY a single emoji (1-2 characters maximum)\n- Focus on the CONTENT meaning, not the language it's written in\n- Choose an emoji that best represents the core topic, activity, or subject matter\n- Prioritize topic-specific emojis over generic emotion emojis (e.g., for sports, use 🏃 instead of 😅)\n- For work/projects, use work-related emojis (💼, 🚀, 💪) not cultural symbols\n- For pure emotions without specific topics, use face emojis (happy: 🎉, sad: 😢, thinking: 🤔)\n- For activities or subjects, use object or symbol emojis that represent the main topic\n- No explanations or additional text",
        ),
        usr("I am a copywriting master who helps name design and art works with literary depth"),
        asst("✒️"),
        usr("I am a code wizard who converts JavaScript code to TypeScript"),
        asst("🧙‍♂️"),
        usr("I just got a promotion at work"),
        asst("🎉"),
        usr("I am a business plan expert who helps with startup strategies and marketing"),
        asst("🚀"),
        usr(firstExchange(c).question),
      ],
      stream: true,
    }),
  },
  {
    client: "LobeChat",
    task: "tags",
    source: {
      repo: LOBE,
      path: `${LOBE_CHAINS}/summaryTags.ts`,
      commit: "c46875b65c7f735298c5b1376486787be44954c0",
    },
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "你是一名擅长会话标签总结的助理，你需要将用户的输入的内容提炼出分类标签，使用`,`分隔，不超过 5 个标签，并翻译为目标语言。 格式要求如下：\n输入: {文本作为JSON引用字符串} [locale]\n输出: {标签}",
        ),
        usr(
          "输入: {你是一名文案大师，帮我为一些设计 / 艺术作品起名，名字需要有文学内涵，注重精炼和赋子意境，表达作品的情景氛国，使名称既简洁又富有诗意。} [zh-CN]",
        ),
        asst("起名,写作,创意"),
        usr(
          "输入: {你是一名创业计划撰写专家，可以提供包括创意名称、简短的标语、目标用户画像、用户痛点、主要价值主张、销售/营销渠道、收入流、成本结构等计划生成。} [en-US]",
        ),
        asst("entrepreneurship,planning,consulting"),
        usr(`输入: {${firstExchange(c).question}} [${c.locale}]`),
      ],
      stream: true,
    }),
  },
];
