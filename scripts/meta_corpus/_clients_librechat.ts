/** LibreChat housekeeping templates (verbatim unless `paraphrased`). */
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";

const LIBRECHAT = "danny-avila/LibreChat";

/** `OpenAIClient.titleConvo`: the convo block both LibreChat title paths embed. */
function toLibreChatConvo(question: string, answer: string): string {
  return `||>User:\n"${question}"\n||>Response:\n"${JSON.stringify(answer)}"`;
}

const EMOJI_PROMPT =
  "Start the title with one emoji that fits the topic (REQUIRED), The emoji should help communicate the subject";

export const LIBRECHAT_TEMPLATES: Template[] = [
  {
    client: "LibreChat",
    task: "title",
    source: {
      repo: LIBRECHAT,
      path: "api/app/clients/OpenAIClient.js",
      commit: "02fdca7772483807e99024ca9b5e8bf0c2a216fb",
    },
    note: "titleMethod 'completion': one system message, max_tokens 16, no stream",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [sys(
          `Detect user language and write in the same language an extremely concise title for this conversation, which you must accurately detect.\nWrite in the detected language. Title in 5 Words or Less. No Punctuation or Quotation. Do not mention the language. All first letters of every word should be capitalized and write the title in User Language only.\n\n${
            toLibreChatConvo(question, answer)
          }\n\n||>Title:`,
        )],
        max_tokens: 16,
        temperature: 0.2,
      };
    },
  },
  {
    client: "LibreChat",
    task: "title",
    source: {
      repo: LIBRECHAT,
      path: "api/app/clients/prompts/titlePrompts.js",
      commit: "07eda3502c3cb0a2f3b0d43460653b610cc92510",
    },
    paraphrased: true,
    note:
      "createTitlePrompt run by runTitleChain (LangChain, no stream), max_tokens 16 from titleConvo; any function-calling schema LangChain adds is omitted",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(
            `Write a concise title for this conversation in the given language. Title in 5 Words or Less. No Punctuation or Quotation. Must be in Title Case, written in the given Language. ${EMOJI_PROMPT}\n${
              toLibreChatConvo(question, answer)
            }`,
          ),
          usr(`Language: ${c.language}`),
        ],
        max_tokens: 16,
        stream: false,
      };
    },
  },
  {
    client: "LibreChat",
    task: "language",
    source: {
      repo: LIBRECHAT,
      path: "api/app/clients/prompts/titlePrompts.js",
      commit: "07eda3502c3cb0a2f3b0d43460653b610cc92510",
    },
    paraphrased: true,
    note:
      "langPrompt, run by runTitleChain before the title on the first user message; any function-calling schema LangChain adds is omitted",
    build: (c) => ({
      model: MODEL,
      messages: [sys("Detect the language used in the following text."), usr(firstExchange(c).question)],
      max_tokens: 16,
      stream: false,
    }),
  },
  {
    client: "LibreChat",
    task: "summary",
    source: {
      repo: LIBRECHAT,
      path: "api/app/clients/prompts/summaryPrompts.js",
      commit: "3846f9df27820ea124b83b66d6cbd4b302f50bcc",
    },
    paraphrased: true,
    note:
      "SUMMARY_PROMPT rendered by LangChain into one human message; Human/AI prefixes are LangChain's defaults",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `Summarize the conversation by integrating new lines into the current summary.\n\nEXAMPLE:\nCurrent summary:\nThe human inquires about the AI's view on artificial intelligence. The AI believes it's beneficial.\n\nNew lines:\nHuman: Why is it beneficial?\nAI: It helps humans achieve their potential.\n\nNew summary:\nThe human inquires about the AI's view on artificial intelligence. The AI believes it's beneficial because it helps humans achieve their potential.\n\nCurrent summary:\n\n\nNew lines:\n${
          toLines(c.turns, { user: "Human", assistant: "AI" })
        }\n\nNew summary:`,
      )],
      stream: false,
      temperature: 0.2,
    }),
  },
];
