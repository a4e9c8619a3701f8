/**
 * Agent frameworks' housekeeping (memory extraction, speaker selection, running summaries) and a Chinese
 * front-end's follow-up generator. None of their phrases is known to the router. Verbatim unless `paraphrased`.
 */
import { MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const MEM0 = {
  repo: "mem0ai/mem0",
  path: "mem0/configs/prompts.py",
  commit: "099e325a4781bf3481bb6e9cb0a9712a15ccce3d",
};
const AUTOGEN = {
  repo: "microsoft/autogen",
  path: "python/packages/autogen-agentchat/src/autogen_agentchat/teams/_group_chat/_selector_group_chat.py",
  commit: "352cc8017534264dec5b3a43536ecc53defc5d97",
};
const LANGCHAIN = {
  repo: "langchain-ai/langchain",
  path: "libs/langchain/langchain/memory/prompt.py",
  commit: "d3b7742ca419065844c4e35af81559398dee8371",
};
const FASTGPT = {
  repo: "labring/FastGPT",
  path: "packages/service/core/ai/functions/createQuestionGuide.ts",
  commit: "f680be52f1a3e1157b7c7870bc6dce5a3c23064b",
};

/** FACT_RETRIEVAL_PROMPT, its opening, its output rule and its closing (the few-shot lines shortened). */
const MEM0_FACTS =
  'You are a Personal Information Organizer, specialized in accurately storing facts, user memories, and preferences. Your primary role is to extract relevant pieces of information from conversations and organize them into distinct, manageable facts. This allows for easy retrieval and personalization in future interactions.\n\nHere are some few shot examples:\n\nInput: Hi.\nOutput: {"facts" : []}\n\nInput: Hi, my name is John. I am a software engineer.\nOutput: {"facts" : ["Name is John", "Is a Software engineer"]}\n\nReturn the facts and preferences in a JSON format as shown above.\n\nRemember the following:\n- If you do not find anything relevant in the below conversation, you can return an empty list corresponding to the "facts" key.\n- Make sure to return the response in the format mentioned in the examples. The response should be in JSON with a key as "facts" and corresponding value will be a list of strings.\n\nFollowing is a conversation between the user and the assistant. You have to extract the relevant facts and preferences about the user, if any, from the conversation and return them in the JSON format as shown above.\nYou should detect the language of the user input and record the facts in the same language.\n';

const AUTOGEN_SELECTOR = (history: string) =>
  `You are in a role play game. The following roles are available:\nplanner: Plans the next steps.\ncoder: Writes and fixes code.\nreviewer: Reviews the code for bugs.\nRead the following conversation. Then select the next role from ['planner', 'coder', 'reviewer'] to play. Only return the role.\n\n${history}\n\nRead the above conversation. Then select the next role from ['planner', 'coder', 'reviewer'] to play. Only return the role.\n`;

/** _DEFAULT_SUMMARIZER_TEMPLATE */
const LANGCHAIN_SUMMARY = (lines: string) =>
  `Progressively summarize the lines of conversation provided, adding onto the previous summary returning a new summary.\n\nEXAMPLE\nCurrent summary:\nThe human asks what the AI thinks of artificial intelligence. The AI thinks artificial intelligence is a force for good.\n\nNew lines of conversation:\nHuman: Why do you think artificial intelligence is a force for good?\nAI: Because artificial intelligence will help humans reach their full potential.\n\nNew summary:\nThe human asks what the AI thinks of artificial intelligence. The AI thinks artificial intelligence is a force for good because it will help humans reach their full potential.\nEND OF EXAMPLE\n\nCurrent summary:\n\n\nNew lines of conversation:\n${lines}\n\nNew summary:`;

/** Prompt_QuestionGuide */
const FASTGPT_GUIDE =
  '你是一个AI智能助手，可以回答和解决我的问题。请结合前面的对话记录，帮我生成 3 个问题，引导我继续提问。问题的长度应小于20个字符，按 JSON 格式返回: ["问题1", "问题2", "问题3"]';

export const FRAMEWORK_TEMPLATES: Template[] = [
  {
    client: "mem0",
    task: "memory",
    source: MEM0,
    paraphrased: true,
    note:
      "get_fact_retrieval_messages: the prompt as system, `Input:\\n` + parsed messages as user, json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(MEM0_FACTS),
        usr(`Input:\n${toLines(c.turns, { user: "user", assistant: "assistant" })}`),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "AutoGen",
    task: "speaker",
    source: AUTOGEN,
    note: "selector_prompt with {roles}, {participants} and {history} filled, sent as one system message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(AUTOGEN_SELECTOR(toLines(c.turns, { user: "user", assistant: "coder", separator: "\n\n" }))),
      ],
    }),
  },
  {
    client: "LangChain memory",
    task: "summary",
    source: LANGCHAIN,
    note: "ConversationSummaryMemory: the filled template as one user message (Human:/AI: prefixes)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(LANGCHAIN_SUMMARY(toLines(c.turns, { user: "Human", assistant: "AI" })))],
    }),
  },
  {
    client: "FastGPT",
    task: "follow-ups",
    source: FASTGPT,
    note: "createQuestionGuide: the history as messages plus the prompt as a final user turn, max_tokens 200",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(FASTGPT_GUIDE)],
      max_tokens: 200,
      temperature: 0.1,
      stream: false,
    }),
  },
];
