/**
 * Blind round 23: eleven chat front-ends, chat bots (Telegram, Discord, Slack, WeChat), note apps and RAG apps never
 * used in the corpus before, read from their source and measured without changing the rules: conversation titles
 * (Chuanhu Chat, DocsGPT, Smart Second Brain's engine in German, Blinko), compaction summaries (a Telegram bot,
 * DocsGPT, GPTDiscord), DocsGPT's standalone search query, Blinko's note tags and emoji, follow-up suggesters in
 * Korean (Polichat) and Chinese (Talkio), WeChat companions' memory updates (KouriChat, WeChatBot_WXAUTO_SE) and the
 * latter's Chinese "does this need a web search" check, and a Slack channel summariser; hard negatives in
 * `_negatives_blind23.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind23.ts";
import {
  docsgptTranscript,
  exchanges,
  gptDiscordHistory,
  lastExchange,
  pyList,
  wechatLog,
} from "./_blind23_fill.ts";

export { buildBlind23Negatives } from "./_negatives_blind23.ts";
import { kouriSystem, SOURCES } from "./_sources_blind23.ts";

/** Smart Second Brain's `serializeChatHistory`: the chat starts with the language's greeting from the assistant. */
export const papaHistory = (c: Conversation, greeting: string) =>
  [`Assistant: ${greeting}`, toLines(c.turns, { user: "User", assistant: "Assistant" })].join("\n");

const noteOf = (c: Conversation) => c.turns.map((turn) => turn.content).join("\n\n");
const GPTDISCORD_SUMMARY =
  "The following is a conversation instruction set and a conversation between two people, a <username>, and GPTie. Firstly, determine the <username>'s name from the conversation history, then summarize the conversation. Do not summarize the instructions for GPTie, only the conversation. Summarize the conversation in a detailed fashion. If <username> mentioned their name, be sure to mention it in the summary. Pay close attention to things the <username> has told you, such as personal details.";
const TALKIO_ZH =
  "根据以上对话，建议3个用户可能想问的简短后续问题。每个问题不超过20个字。只返回3个问题，每行一个，不要编号或列表符号。";
const SLACK_SYSTEM = [
  'The chat log format consists of one line per message in the format "Speaker: Message".',
  "The `\\n` within the message represents a line break." + "The user understands Japanese only.",
  "So, The assistant need to speak in Japanese.",
].join("\n");
const slackUser = (text: string) =>
  [
    "Please meaning summarize the following chat log to flat bullet list in Japanese.",
    "It isn't line by line summary.",
    "Do not include greeting/salutation/polite expressions in summary.",
    "With make it easier to read." + "Write in Japanese.",
    "",
    text,
  ].join("\n");

export const BLIND_ROUND_23: Template[] = [
  {
    client: "chatgpt-telegram-bot",
    task: "compaction",
    source: SOURCES.telegram,
    note:
      "OpenAIHelper.__summarise when the history is too long: the instruction as an ASSISTANT message, then str() of the stored history (default system prompt first, the new query left out), temperature 0.4",
    build: (c) => ({
      model: MODEL,
      messages: [
        asst("Summarize this conversation in 700 characters or less"),
        usr(pyList([{ role: "system", content: "You are a helpful assistant." }, ...c.turns])),
      ],
      temperature: 0.4,
    }),
  },
  {
    client: "Chuanhu Chat",
    task: "title",
    source: SOURCES.chuanhu,
    note:
      "auto_name_chat_history with '模型自动总结': SUMMARY_CHAT_SYSTEM_PROMPT (modules/presets.py) and the first exchange, non-streaming",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(P.CHUANHU_TITLE_SYSTEM),
          usr(
            `Please write a title based on the following conversation:\n---\nUser: ${question}\nAssistant: ${answer}`,
          ),
        ],
      };
    },
  },
  {
    client: "DocsGPT",
    task: "title",
    source: SOURCES.docsgptTitle,
    note: "_maybe_generate_title after the first answer, max_tokens 2000",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(
            "You are a helpful assistant that creates concise conversation titles. Summarize conversations in 3 words or less using the same language as the user.",
          ),
          usr(
            "Summarise following conversation in no more than 3 words, respond ONLY with the summary, use the same language as the user query \n\nUser: " +
              question + "\n\n" + "AI: " + answer,
          ),
        ],
        max_tokens: 2000,
      };
    },
  },
  {
    client: "DocsGPT",
    task: "compaction",
    source: SOURCES.docsgptCompress,
    note:
      "CompressionPromptBuilder.build_prompt: application/prompts/compression/v1.0.txt as system, the stored queries formatted by _format_conversation (first compression, no tools)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.DOCSGPT_COMPRESSION),
        usr(`Here is the conversation to summarize:\n\n${docsgptTranscript(c.turns)}`),
      ],
    }),
  },
  {
    client: "DocsGPT",
    task: "query-rewrite",
    source: SOURCES.docsgptRephrase,
    paraphrased: true,
    note:
      "ClassicRAG._rephrase_query: the history is the Python str() of the stored {prompt, response} list (reconstructed), the follow-up as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `Given the following conversation history:\n${
            pyList(exchanges(c.turns))
          }\n\nRephrase the following user question to be a standalone search query that captures all relevant context from the conversation:\n`,
        ),
        usr(c.followUp),
      ],
    }),
  },
  {
    client: "GPTDiscord",
    task: "compaction",
    source: SOURCES.gptDiscord,
    paraphrased: true,
    note:
      "send_summary_request when the thread passes summarize_threshold: one system message; the conversation starter pretext that leads the history is left out, the user's display name is 'lena'",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          GPTDISCORD_SUMMARY +
            gptDiscordHistory([...c.turns, { role: "user", content: c.followUp }], { user: "lena" }) +
            "\nDetailed summary of conversation: \n",
        ),
      ],
    }),
  },
  {
    client: "Blinko",
    task: "tags",
    source: SOURCES.blinkoRoutes,
    note:
      "autoTag: the TagAgent default prompt as the Mastra agent's system instructions, the existing tags and the note (here the conversation's text) as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.BLINKO_TAG),
        usr(
          `Existing tags list: [#Home/Finance, #Cooking/Baking, #Pets, #Car, #Work/Meetings]\nNote content: ${
            noteOf(c)
          }\nPlease suggest appropriate tags for this content. Include full hierarchical paths for tags like #Parent/Child instead of just #Child.`,
        ),
      ],
    }),
  },
  {
    client: "Blinko",
    task: "emoji",
    source: SOURCES.blinkoRoutes,
    note:
      "autoEmoji: EmojiAgent instructions as system, the request glued to the note text without a separator",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.BLINKO_EMOJI),
        usr("Please select and suggest appropriate emojis for the above content" + noteOf(c)),
      ],
    }),
  },
  {
    client: "Blinko",
    task: "title",
    source: SOURCES.blinkoRoutes,
    note:
      "summarizeConversationTitle: SummarizeAgent instructions as system, JSON.stringify(conversation, null, 2) with newlines escaped as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.BLINKO_TITLE),
        usr(
          JSON.stringify(
            c.turns.map((t) => ({ role: t.role, content: t.content.replace(/\n/g, "\\n") })),
            null,
            2,
          ),
        ),
      ],
    }),
  },
  {
    client: "Smart Second Brain (papa-ts)",
    task: "title",
    source: SOURCES.papa,
    note:
      "createTitleFromChatHistory with assistantLanguage 'de': the German createTitle template through LangChain's PromptTemplate as one user message; the history is Smart2Brain's serializeChatHistory, starting with the German greeting",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.PAPA_DE_TITLE.replace("{chatHistory}", papaHistory(c, P.PAPA_DE_INITIAL)))],
    }),
  },
  {
    client: "Polichat",
    task: "follow-ups",
    source: SOURCES.polichat,
    note:
      "generateSuggestedQuestions, posted by api/suggest.js as one user message with max_tokens 200; no knowledge passed, the politician's name is '홍길동'",
    build: (c) => {
      const { question, answer } = lastExchange(c);
      const name = "홍길동";
      return {
        model: MODEL,
        messages: [
          usr(
            `정치인 "${name}"과의 대화 맥락:\n\n사용자 질문: ${question}\n${name}의 답변: ${
              answer.slice(0, 500)
            }\n\n\n\n위 대화 맥락에서 사용자가 자연스럽게 다음으로 물어볼 만한 질문 3개를 추천해줘.\n- 대화 흐름에 자연스럽게 연결되는 질문\n- 각 질문은 20자 이내로 짧게\n- 정책, 경험, 입장 등 다양한 각도로\n- JSON 배열로만 응답: ["질문1", "질문2", "질문3"]`,
          ),
        ],
        max_tokens: 200,
      };
    },
  },
  {
    client: "Talkio",
    task: "follow-ups",
    source: SOURCES.talkio,
    note:
      "generateSuggestQuestions with a zh UI: the last four messages, then the Chinese prompt; max_tokens 200, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns.slice(-4)), usr(TALKIO_ZH)],
      max_tokens: 200,
      temperature: 0.7,
      stream: false,
    }),
  },
  {
    client: "KouriChat",
    task: "memory",
    source: SOURCES.kouri,
    paraphrased: true,
    note:
      "MemoryService._generate_core_memory: src/base/memory.md goes in as the character description of LLMService.get_response's system prompt (time line reconstructed, no worldview, no core memory yet), then the context and the request",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(kouriSystem(P.KOURI_MEMORY)),
        ...toMessages(c.turns),
        usr("请根据设定和要求，生成新的核心记忆。现有的核心记忆为："),
      ],
    }),
  },
  {
    client: "WeChatBot_WXAUTO_SE",
    task: "memory",
    source: SOURCES.wxbot,
    note:
      "summarize_and_save: one user message (store_context=False, stream false) over the memory log lines; prompt file '角色1', the WeChat user '小林'",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `请以角色1的视角，用中文总结与小林的对话，提取重要信息总结为一段话作为记忆片段（直接回复一段话）：\n${
            wechatLog(c.turns, { user: "小林", bot: "角色1" })
          }`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "WeChatBot_WXAUTO_SE",
    task: "search-decision",
    source: SOURCES.wxbot,
    note:
      "needs_online_search before answering: one user message with config.py's SEARCH_DETECTION_PROMPT, the user's new message as the subject",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `\n请判断以下用户消息是否明确需要查询当前、实时或非常具体的外部信息（例如：是否需要查询今天的天气、最新的新闻事件、特定网站的内容、股票价格、特定人物的最新动态等）。\n用户消息："${c.followUp}"\n\n如果需要联网搜索，请回答 "需要联网"，并在下一行提供你认为需要搜索的内容。\n如果不需要联网搜索（例如：常规聊天、询问一般知识、历史信息、角色扮演对话等），请只回答 "不需要联网"。\n请不要添加任何其他解释。\n`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "slack-summarizer",
    task: "summary",
    source: SOURCES.slack,
    note:
      "summarize() over a channel's day with the default LANGUAGE 'Japanese' (Python's implicit string joins kept), 'Speaker: Message' lines with newlines escaped, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(SLACK_SYSTEM),
        usr(slackUser(toLines(
          c.turns.map((t) => ({ ...t, content: t.content.replace(/\n/g, "\\n") })),
          { user: "mika", assistant: "tomo" },
        ))),
      ],
      temperature: 0.3,
    }),
  },
];
