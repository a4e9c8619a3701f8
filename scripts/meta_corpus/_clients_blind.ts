/**
 * Clients read only after the detector was frozen: Zed and Kelivo after commit 1e22cbe (the features were
 * then widened from their misses), Alpaca and Ollama App after commit 7ec5e9c (not tuned to). No phrase of
 * theirs is known. Verbatim unless `paraphrased`.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";

const ZED = "zed-industries/zed";
const KELIVO = { repo: "Chevey339/kelivo", commit: "f3c92eb4843910739578c01b55b74aa4df69caa4" };
const KELIVO_SETTINGS = "lib/core/providers/settings_provider.dart";

const ALPACA = { repo: "Jeffser/Alpaca", commit: "d1577de0d9bd5ac07af432e5b6f69fc689e40db8" };

export const BLIND_TEMPLATES: Template[] = [
  {
    client: "Alpaca",
    task: "title",
    source: { ...ALPACA, path: "src/widgets/instances/openai_instances.py" },
    note:
      "generate_chat_title: TITLE_GENERATION_PROMPT_OPENAI (src/constants.py), max_tokens 31, parse() with a ChatTitle schema",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are an assistant that generates short chat titles based on the first message from a user. If you want to, you can add a single emoji.",
        ),
        usr(`Generate a title for this prompt:\n${firstExchange(c).question}`),
      ],
      temperature: 0.2,
      max_tokens: 31,
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "ChatTitle",
          strict: true,
          schema: {
            type: "object",
            properties: { title: { type: "string" }, emoji: { type: "string" } },
            required: ["title", "emoji"],
          },
        },
      },
    }),
  },
  {
    client: "Ollama App",
    task: "title",
    source: {
      repo: "JHubi1/ollama-app",
      path: "lib/worker/sender.dart",
      commit: "3759d32049771096b172b99400edae6d4f1a2557",
    },
    paraphrased: true,
    note:
      "getTitleAi: the app calls Ollama's /api/chat; the same messages are assumed over /v1 (no stream field sent)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "Generate a three to six word title for the conversation provided by the user. If an object or person is very important in the conversation, put it in the title as well; keep the focus on the main subject. You must not put the assistant in the focus and you must not put the word 'assistant' in the title! Do preferably use title case. Use a formal tone, don't use dramatic words, like 'mystery' Use spaces between words, do not use camel case! You must not use markdown or any other formatting language! You must not use emojis or any other symbols! You must not use general clauses like 'assistance', 'help' or 'session' in your title! \n\n~~User Introduces Themselves~~ -> User Introduction\n~~User Asks for Help with a Problem~~ -> Problem Help\n~~User has a _**big**_ Problem~~ -> Big Problem",
        ),
        usr(
          `\`\`\`\n${
            JSON.stringify(c.turns.map((turn) => ({ role: turn.role, content: turn.content })))
          }\n\`\`\``,
        ),
      ],
    }),
  },
  {
    client: "Zed",
    task: "title",
    source: {
      repo: ZED,
      path: "crates/agent/src/thread.rs",
      commit: "000e783fddd704e6a0fa2be12fe41c56c94e820c",
    },
    note:
      "generate_title(): the thread as messages plus SUMMARIZE_THREAD_PROMPT (crates/agent_settings/src/prompts/summarize_thread_prompt.txt, not in the index; its text as quoted verbatim elsewhere) as a user message; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          "Generate a concise 3-7 word title for this conversation, omitting punctuation.\nGo straight to the title, without any preamble and prefix like `Here's a concise suggestion:...` or `Title:`.\nIf the conversation is about a specific subject, include it in the title.\nBe descriptive. DO NOT speak in the first person.",
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Zed",
    task: "summary",
    source: {
      repo: ZED,
      path: "crates/agent_settings/src/prompts/compaction_prompt.txt",
      commit: "39c45028d39677052675107f12ebeac2a2d02b91",
    },
    note: "compaction: the thread as messages plus the prompt as a user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          "You are compacting this conversation into a handoff for another agent that will resume the work.\n\nInclude:\n- Goal: what the user is ultimately trying to achieve\n- State: progress so far, current blockers, and decisions made\n- Context: constraints, preferences, and critical data/examples/references needed to continue\n- Next: the specific steps that remain\n- Pitfalls: anything tried that didn't work\n\nWrite it so the next agent can act without re-asking the user. Be concise and well-structured.\n",
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Kelivo",
    task: "summary",
    source: { ...KELIVO, path: KELIVO_SETTINGS },
    note:
      "defaultSummaryPrompt; home_view_model.dart fills new user messages joined by blank lines; generateText",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will give you user messages from a conversation in the \`<messages>\` block.\nGenerate or update a brief summary of the user's questions and intentions.\n\n1. The summary should be in the same language as the user messages\n2. Focus on the user's core questions and intentions\n3. Keep it under 100 characters\n4. Output the summary directly without any prefix\n5. If a previous summary exists, incorporate it with the new messages\n\n<previous_summary>\n\n</previous_summary>\n\n<messages>\n${
          c.turns.filter((turn) => turn.role === "user").map((turn) => turn.content.trim()).join("\n\n")
        }\n</messages>`,
      )],
      stream: false,
    }),
  },
  {
    client: "Kelivo",
    task: "follow-ups",
    source: { ...KELIVO, path: KELIVO_SETTINGS },
    paraphrased: true,
    note:
      "defaultSuggestionPrompt; the {content} lines are written as role: text (the formatter was not read)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will provide you with some chat content in the \`<content>\` block, including conversations between the User and the AI assistant.\nYou need to act as the User to continue the conversation, generating 3 appropriate and contextually relevant responses or questions to the assistant.\n\nRules:\n1. Reply directly with suggestions, do not add any formatting, and separate suggestions with newlines.\n2. Use ${c.locale} language.\n3. Ensure each suggestion is valid and useful for continuing the conversation.\n4. Each suggestion should be concise.\n5. Imitate the user's previous conversational style.\n6. Act as a User, not an Assistant.\n\n<content>\n${
          c.turns.map((turn) => `${turn.role}: ${turn.content}`).join("\n\n")
        }\n</content>`,
      )],
      stream: false,
    }),
  },
];
