/** Hugging Face chat-ui, Dify and RikkaHub housekeeping templates (verbatim unless `paraphrased`). */
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";

const CHAT_UI = "huggingface/chat-ui";
const CHAT_UI_OLD = "ebeff50ac0ac4367a8e1a32b46dcc5ac2e8fc43f";
const DIFY = "langgenius/dify";
const RIKKA = { repo: "rikkahub/rikkahub", commit: "54b3ba799f3c0b7648fd9775ac1e97d138373bc3" };
const RIKKA_PROMPTS = "app/src/main/java/me/rerere/rikkahub/data/ai/prompts";

export const CHAT_UI_TEMPLATES: Template[] = [
  {
    client: "HF chat-ui",
    task: "title",
    source: {
      repo: CHAT_UI,
      path: "src/lib/server/textGeneration/title.ts",
      commit: "c100c162fcc3e2347a5b716a4f8b79ea8ead25b2",
    },
    note: "preprompt as system, max_tokens 24, temperature 0; the endpoint streams",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `You are a chat thread titling assistant.\nGoal: Produce a very short, descriptive title (2–4 words) that names the topic of the user's first message.\n\nRules:\n- Output ONLY the title text. No prefixes, labels, quotes, emojis, hashtags, or trailing punctuation.\n- Use the user's language.\n- Write a noun phrase that names the topic. Do not write instructions.\n- Never output just a pronoun (me/you/I/we/us/myself/yourself). Prefer a neutral subject (e.g., "Assistant", "model", or the concrete topic).\n- Never include meta-words: Summarize, Summary, Title, Prompt, Topic, Subject, About, Question, Request, Chat.\n\nExamples:\nUser: "Summarize hello" -> Hello\nUser: "How do I reverse a string in Python?" -> Python string reversal\nUser: "help me plan a NYC weekend" -> NYC weekend plan\nUser: "请解释Transformer是如何工作的" -> Transformer 工作原理\nUser: "tell me more about you" -> About the assistant\nReturn only the title text.`,
        ),
        usr(`User message: "${firstExchange(c).question}"`),
      ],
      max_tokens: 24,
      temperature: 0,
      stream: true,
    }),
  },
  {
    client: "HF chat-ui",
    task: "title",
    source: { repo: CHAT_UI, path: "src/lib/server/textGeneration/title.ts", commit: CHAT_UI_OLD },
    note: "pre-2025 prompt (still deployed); max_new_tokens 30",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are a summarization AI. Summarize the user's request into a single short sentence of four words or less. Do not try to answer it, only summarize the user's query. Always start your answer with an emoji relevant to the summary",
        ),
        usr(firstExchange(c).question),
      ],
      max_tokens: 30,
      stream: true,
    }),
  },
  {
    client: "HF chat-ui",
    task: "search-query",
    source: { repo: CHAT_UI, path: "src/lib/server/websearch/search/generateQuery.ts", commit: CHAT_UI_OLD },
    note: "web search query without tools; max_new_tokens 30",
    build: (c) => {
      const previous = c.turns.filter((turn) => turn.role === "user").map((turn) => `- ${turn.content}`);
      return {
        model: MODEL,
        messages: [
          sys(
            "The user wants you to search the web for information. Give a relevant google search query to answer the question. Answer with only the query. Today is December 1, 2026. The conversation follows: \n",
          ),
          usr(`Previous questions: \n${previous.join("\n")}\n\nCurrent Question: ${c.followUp}`),
        ],
        max_tokens: 30,
        stream: true,
      };
    },
  },
];

const DIFY_TITLE =
  `You are asked to generate a concise chat title by decomposing the user’s input into two parts: “Intention” and “Subject”.\n\n1. Detect Input Language\nAutomatically identify the language of the user’s input (e.g. English, Chinese, Italian, Español, Arabic, Japanese, French, and etc.).\n\n2. Generate Title\n- Combine Intention + Subject into a single, as-short-as-possible phrase.\n- The title must be natural, friendly, and in the same language as the input.\n- If the input is a direct question to the model, you may add an emoji at the end.\n\n3. Output Format\nReturn **only** a valid JSON object with these exact keys and no additional text:\n{\n"Language Type": "<Detected language>",\n"Your Reasoning": "<Brief explanation in that language>",\n"Your Output": "<Intention + Subject>"\n}\n\nUser Input:\n`;

export const DIFY_TEMPLATES: Template[] = [
  {
    client: "Dify",
    task: "title",
    source: {
      repo: DIFY,
      path: "api/core/llm_generator/llm_generator.py",
      commit: "00c35039ec166a21103566635783000655912537",
    },
    note:
      "generate_conversation_name: CONVERSATION_TITLE_PROMPT (prompts.py) + query, max_tokens 500, stream False",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${DIFY_TITLE}${firstExchange(c).question.replace(/\n/g, " ")}\n`)],
      max_tokens: 500,
      temperature: 1,
      stream: false,
    }),
  },
  {
    client: "Dify",
    task: "follow-ups",
    source: {
      repo: DIFY,
      path: "api/core/llm_generator/llm_generator.py",
      commit: "00c35039ec166a21103566635783000655912537",
    },
    paraphrased: true,
    note:
      "generate_suggested_questions_after_answer; histories as Human/Assistant lines; SUGGESTED_QUESTIONS_MAX_TOKENS taken as 256",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `${
          toLines(c.turns, { user: "Human", assistant: "Assistant" })
        }\nPlease help me predict the three most likely questions that human would ask, and keep each question under 20 characters.\nMAKE SURE your output is the SAME language as the Assistant's latest response. The output must be an array in JSON format following the specified schema:\n["question1","question2","question3"]\n\nquestions:\n`,
      )],
      max_tokens: 256,
      temperature: 0,
      stream: false,
    }),
  },
];

/** `UIMessage.summaryAsText`: `[ROLE]: text`, joined by blank lines. */
const toRikkaContent = (turns: { role: string; content: string }[]) =>
  turns.map((turn) => `[${turn.role.toUpperCase()}]: ${turn.content.slice(0, 500)}`).join("\n\n");

const LOCALES: Record<string, string> = {
  "en-US": "English (United States)",
  "en-GB": "English (United Kingdom)",
  "de-DE": "German (Germany)",
  "fr-FR": "French (France)",
  "es-ES": "Spanish (Spain)",
  "zh-CN": "Chinese (China)",
};

export const RIKKA_TEMPLATES: Template[] = [
  {
    client: "RikkaHub",
    task: "title",
    source: { ...RIKKA, path: `${RIKKA_PROMPTS}/TitleSummary.kt` },
    note: "ChatService.generateTitle: one user message, last 4 messages, generateText (no stream)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will give you some dialogue content in the \`<content>\` block.\nYou need to summarize the conversation between user and assistant into a short title.\n1. The title language should be consistent with the user's primary language\n2. Do not use punctuation or other special symbols\n3. Reply directly with the title\n4. Summarize using ${
          LOCALES[c.locale] ?? c.language
        } language\n5. The title should not exceed 10 characters\n\n<content>\n${
          toRikkaContent(c.turns.slice(-4))
        }\n</content>`,
      )],
      stream: false,
    }),
  },
  {
    client: "RikkaHub",
    task: "follow-ups",
    source: { ...RIKKA, path: `${RIKKA_PROMPTS}/Suggestion.kt` },
    note: "ChatService.generateSuggestion: last 8 messages",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will provide you with some chat content in the \`<content>\` block, including conversations between the User and the AI assistant.\nYou need to act as the **User** to reply to the assistant, generating 3~5 appropriate and contextually relevant responses to help the assistant improve its answers.\n\nRules:\n1. Reply directly with suggestions, do not add any formatting, and separate suggestions with newlines, no need to add markdown list formats.\n2. Use ${
          LOCALES[c.locale] ?? c.language
        } language.\n3. Ensure each suggestion is valid.\n4. Each suggestion should not exceed 10 characters.\n5. Imitate the user's previous conversational style.\n6. Act as a User, not an Assistant!\n\n<content>\n${
          toRikkaContent(c.turns.slice(-8))
        }\n</content>`,
      )],
      stream: false,
    }),
  },
  {
    client: "RikkaHub",
    task: "summary",
    source: { ...RIKKA, path: `${RIKKA_PROMPTS}/CompressPrompt.kt` },
    note: "DEFAULT_COMPRESS_PROMPT with target_tokens 2000 and no additional context",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `You are a conversation compression assistant. Compress the following conversation into a concise summary.\n\nRequirements:\n1. Preserve key facts, decisions, and important context that would be needed to continue the conversation\n2. Keep the summary in the same language as the original conversation\n3. Target approximately 2000 tokens\n4. Output the summary directly without any explanations or meta-commentary\n5. Format the summary as context information that can be used to continue the conversation\n6. Use ${
          LOCALES[c.locale] ?? c.language
        } language\n7. Start the output with a clear indicator that this is a summary (e.g., "[Summary of previous conversation]" or equivalent in the target language)\n\n\n\n<conversation>\n${
          toRikkaContent(c.turns)
        }\n</conversation>`,
      )],
      stream: false,
    }),
  },
];
