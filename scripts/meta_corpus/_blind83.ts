/**
 * Blind round 83: productivity, journaling, education and browser-extension clients nobody on the project had
 * read: a tutoring app's note summary, an identity coach's memory sentinel, a browser-sidebar memory app (chat
 * summary, title, follow-ups, search-query rewrite), a research reader's next-question suggestions and rolling
 * summary with title, a Chinese gratitude journal's report, a forum workshop's chat title, an Obsidian chat
 * plugin's archive title and a to-do app's input classifier; negatives in `_negatives_blind83.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import {
  type ChatBody,
  firstExchange,
  MODEL,
  sys,
  type Template,
  toLines,
  toMessages,
  usr,
} from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind83.ts";
import { buildBlind83NegativeList, pageTitle, THINK_SYSTEM } from "./_negatives_blind83.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const THINK = (path: string) =>
  at("ThinkFoundation/ThinkOS-Client", { path, commit: "5ac2ffae2d3d8b6e9fada05a156336223b5edeb0" });
const LEARN = at("DejusDevspace/Personal-Leaning-Assistant-Q-A-Conversational-Chatbot", {
  path: "learning_assistant.py",
  commit: "326d7b18e14eb827abb13ea750ec7c741aa61c98",
});
const READER = (path: string) =>
  at("faizanahemad/science-reader", { path, commit: "d5bb52dc0185c37f2d9f8d5351a301464e939013" });

/** The last user turn and the answer to it, and the turns before them. */
function lastExchange(c: Conversation): { query: string; response: string; before: Turn[] } {
  const i = c.turns.map((t) => t.role).lastIndexOf("user");
  return {
    query: c.turns[i]?.content ?? "",
    response: c.turns[i + 1]?.content ?? "",
    before: c.turns.slice(0, i),
  };
}
const userAssistant = (turns: Turn[], separator: string) =>
  toLines(turns, { user: "User", assistant: "Assistant", separator });
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, value), template);

/** parkcarol/aitutor app/api/summary/route.ts: the context defaults set by app/api/chat/route.ts. */
const TUTOR_SUMMARY =
  "You are an AI tutor assistant tasked with summarizing a learning conversation. \n    The context of this conversation is:\n    Subject: Physics\n    Topic: Motion and Force\n    Chapter: Motion in the context of a vacuum\n    Grade Level: Grade 9\n    \n    You have the full context of the conversation, but the user has just requested a summary so focus on the last 20 messages \n    Format the summary in a clear, paragraph style that will be helpful for future review, and assume that it will be one part of a larger note the user is creating so be too the point\n    Keep the note concise but comprehensive.\n    Use a tone which is appropriate to a textbook";

/** ThinkOS native_messaging.py `_summarize_chat` summary_prompt and title_prompt. */
const thinkSummary = (page: string, conversation: string) =>
  `Summarize the key insights and information from this conversation about "${page}".\nFocus on the main topics discussed and any important facts or conclusions.\n\nConversation:\n${conversation}\n\nProvide a concise summary (2-4 paragraphs):`;
const thinkTitle = (page: string, conversation: string) =>
  `Generate a concise, descriptive title for this chat conversation.\n\nPage context: ${page}\nConversation:\n${
    conversation.slice(0, 1500)
  }\n\nRequirements:\n- 5-10 words maximum\n- Capture the main topic discussed\n- Be informative and scannable\n\nTitle:`;
/** ThinkOS services/ai/suggestions.py `generate_followup_suggestions` (no retrieved memories). */
const thinkFollowups = (user: string, answer: string) =>
  `Based on this conversation, suggest 2-3 natural follow-up questions the user might ask.\n\nUser asked: ${
    user.slice(0, 500)
  }\n\nAssistant responded: ${
    answer.slice(0, 1000)
  }\n\n\nRequirements:\n- Questions should be specific and actionable\n- Reference the actual content discussed\n- If memories were retrieved, consider questions about those topics\n- Keep questions concise (under 15 words each)\n- Make them genuinely useful, not generic\n- Do NOT suggest questions like "tell me more" or "can you elaborate"\n\nReturn ONLY a JSON array of 2-3 question strings, like: ["Question 1?", "Question 2?"]`;
/** ThinkOS services/ai/query_rewriting.py `rewrite_query` with `format_history_for_rewrite` (last 4 turns). */
const thinkRewrite = (turns: Turn[], query: string) => {
  const history = turns.slice(-4).map((t) =>
    `${t.role === "user" ? "User" : "Assistant"}: ${
      t.content.length > 500 ? t.content.slice(0, 500) + "..." : t.content
    }`
  ).join("\n");
  return `Given this conversation:\n${history}\n\nThe user now asks: "${query}"\n\nRewrite this query to be self-contained for searching a knowledge base.\n- Replace pronouns (this, that, it) with actual topics\n- Include key terms from the conversation\n- Keep it under 50 words\n- Output ONLY the rewritten query\n\nRewritten query:`;
};

/** science-reader: previous messages as `<sender>` blocks (Conversation.py), an empty running summary at first. */
const readerValues = (c: Conversation) => {
  const { query, response, before } = lastExchange(c);
  const previous = before.map((t) => {
    const tag = t.role === "user" ? "user" : "model";
    return `<${tag}>\n${t.content}\n</${tag}>`;
  }).join("\n\n");
  return { query, response, previous_messages_text: previous, summary: "", previous_summary: "" };
};
const readerSystem = (extra: string) => `${P.SR_BASE}\n${extra.trim()}`;

/** gratitude_journal_app_v3 routers.ts `generateReport`, zh (the default) or en by the conversation. */
function journalReport(c: Conversation): ChatBody {
  const zh = c.locale.startsWith("zh");
  const topic = firstExchange(c).question;
  const content = c.turns.filter((t) => t.role === "user").map((t) => t.content).join("\n");
  const words = zh ? content.replace(/\s/g, "").length : content.split(/\s+/).length;
  const prompt = zh
    ? `用户刚完成了一篇感恩日记:\n\n题目: ${topic}\n内容: ${content}\n字数: ${words}\n用时: 5分钟\n\n请提供一份简短的完成报告,包含:\n1. summary: 2-3句话的总结,提炼用户表达的感恩主题和情感\n2. sentiment: 0-100的情感积极度评分(数字)\n3. encouragement: 一句温暖的鼓励话语\n\n请以JSON格式返回:\n{\n  "summary": "总结内容",\n  "sentiment": 85,\n  "encouragement": "鼓励的话"\n}`
    : `User just completed a gratitude journal entry:\n\nTopic: ${topic}\nContent: ${content}\nWord count: ${words}\nTime spent: 5 minutes\n\nPlease provide a brief completion report containing:\n1. summary: 2-3 sentence summary, extracting the user's gratitude theme and emotions\n2. sentiment: 0-100 emotional positivity score (number)\n3. encouragement: One warm, encouraging sentence\n\nReturn in JSON format:\n{\n  "summary": "summary content",\n  "sentiment": 85,\n  "encouragement": "encouraging words"\n}\n\nIMPORTANT: ALL OUTPUT MUST BE IN ENGLISH ONLY.`;
  const system = zh
    ? "你是一个温暖、支持性的日记分析助手。重要：必须全程使用中文回复。"
    : "You are a warm, supportive journal analysis assistant. IMPORTANT: You MUST respond ONLY in English.";
  return { model: MODEL, messages: [sys(system), usr(prompt)], response_format: { type: "json_object" } };
}

/** aarons/obsidian-simple-note-chat FileSystemService.ts `generateLlmTitle`, default word limit 5, no emojis. */
const noteTitle = (content: string) =>
  `Create a concise functional title for the following note content, under 5 words. Respond ONLY with the title itself, no explanations or quotation marks. Note Content:\n\n${content}`;

/** The user's own backstory setting (required by OssiaVoice before any suggestion). */
const OSSIA_BACKSTORY =
  "Name: Brendan, 58, retired bus driver from Limerick. Loves hurling and crosswords. Speaks with an eye-gaze board.";

export const BLIND83: Template[] = [
  {
    client: "aitutor",
    task: "summary",
    source: at("parkcarol/aitutor", {
      path: "app/api/summary/route.ts",
      commit: "274cec1b5306861c6e4fc141892b42c6c68bf81d",
    }),
    note:
      "system prompt, a fixed user line, then the tutoring messages; gpt-4, temperature 0.7, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(TUTOR_SUMMARY),
        usr("Please summarize this tutoring conversation:"),
        ...toMessages(c.turns),
      ],
      temperature: 0.7,
      max_tokens: 500,
    }),
  },
  {
    client: "dev-coach sentinel",
    task: "memory",
    source: at("Discovita/dev-coach", {
      path: "server/services/prompt_manager/prompts/sentinel/sentinel_prompt_v1.md",
      commit: "11560368d756bea7afc6782cb04fd8040d517a56",
    }),
    paraphrased: true,
    note:
      "sentinel prompt as the only (system) message on each user message, temperature 0.2, structured output (its response_format schema not reproduced); the live prompt comes from the database and gets the user's notes and action schemas appended (left out)",
    build: (c) => {
      const { query, before } = lastExchange(c);
      const previous = before.filter((t) => t.role === "assistant").at(-1)?.content ?? "";
      return {
        model: MODEL,
        messages: [sys(fill(P.DEVCOACH_SENTINEL, { previous_message: previous, current_message: query }))],
        temperature: 0.2,
      };
    },
  },
  {
    client: "ThinkOS",
    task: "summary",
    source: THINK("backend/app/native_messaging.py"),
    note:
      "chat(summary_prompt) wraps it with Think's SYSTEM_PROMPT (services/ai/client.py build_messages), not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(THINK_SYSTEM), usr(thinkSummary(pageTitle(c), userAssistant(c.turns, "\n\n")))],
    }),
  },
  {
    client: "ThinkOS",
    task: "title",
    source: THINK("backend/app/native_messaging.py"),
    note: "title_prompt sent in parallel with the summary, same SYSTEM_PROMPT wrapper",
    build: (c) => ({
      model: MODEL,
      messages: [sys(THINK_SYSTEM), usr(thinkTitle(pageTitle(c), userAssistant(c.turns, "\n\n")))],
    }),
  },
  {
    client: "ThinkOS",
    task: "follow-ups",
    source: THINK("backend/app/services/ai/suggestions.py"),
    note: "after each answer; max_tokens 150, temperature 0.7",
    build: (c) => {
      const { query, response } = lastExchange(c);
      return {
        model: MODEL,
        messages: [
          sys("Generate helpful follow-up questions. Return only valid JSON array of strings."),
          usr(thinkFollowups(query, response)),
        ],
        max_tokens: 150,
        temperature: 0.7,
      };
    },
  },
  {
    client: "ThinkOS",
    task: "query-rewrite",
    source: THINK("backend/app/services/ai/query_rewriting.py"),
    note: "for a follow-up that needs context before the memory search; max_tokens 100, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "Rewrite follow-up questions to be self-contained for search. Be concise. Output only the rewritten query.",
        ),
        usr(thinkRewrite(c.turns, c.followUp)),
      ],
      max_tokens: 100,
      temperature: 0.3,
    }),
  },
  {
    client: "science-reader",
    task: "follow-ups",
    source: READER("Conversation.py"),
    paraphrased: true,
    note:
      "create_next_question_suggestions: CallLLm base system + the method's system, prompts.py next_question_suggestions_prompt as user; temperature 0.2, not streamed (the wire wrapper of code_common call_llm not read)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(readerSystem(P.SR_NQS_SYSTEM)), usr(fill(P.SR_NQS, readerValues(c)))],
      temperature: 0.2,
    }),
  },
  {
    client: "science-reader",
    task: "summary",
    source: READER("Conversation.py"),
    paraphrased: true,
    note:
      "persist_current_turn: running summary and very short title after each turn; base system + summary system, persist_current_turn_prompt as user; temperature 0.2",
    build: (c) => ({
      model: MODEL,
      messages: [sys(readerSystem(P.SR_PERSIST_SYSTEM)), usr(fill(P.SR_PERSIST, readerValues(c)))],
      temperature: 0.2,
    }),
  },
  {
    client: "gratitude journal",
    task: "summary",
    source: at("ChanKingFaiMax/gratitude_journal_app_v3", {
      path: "packages/server/_core/routers.ts",
      commit: "5e116c0c2107365f30d7e1c1463a9e12a762ddfb",
    }),
    note:
      "generateReport after an entry is saved: topic and content from the conversation's user turns, 5 minutes; json_object",
    build: journalReport,
  },
  {
    client: "ethereum-forum workshop",
    task: "title",
    source: at("waiscodes/ethereum-forum", {
      path: "app/src/modules/workshop/mod.rs",
      commit: "2b04334e565002cfb3d6e63e18b87c3607197f92",
    }),
    note:
      "shortsum_agent: prompts/shortsum.md as system, the chat as `Role: text` blocks; the client sends max_completion_tokens 40",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ETH_SHORTSUM), usr(userAssistant(c.turns, "\n\n"))],
      max_tokens: 40,
    }),
  },
  {
    client: "obsidian-simple-note-chat",
    task: "title",
    source: at("aarons/obsidian-simple-note-chat", {
      path: "src/FileSystemService.ts",
      commit: "6e107307b3725aaec15e42b06b3384b2cbfb9972",
    }),
    paraphrased: true,
    note:
      "archive rename: the chat note (turns separated by <hr>, layout reconstructed) in one user message; max_tokens 1600, reasoning effort minimal",
    build: (c) => ({
      model: MODEL,
      messages: [usr(noteTitle(c.turns.map((t) => t.content).join("\n\n<hr>\n\n")))],
      max_tokens: 1600,
    }),
  },
  {
    client: "lively",
    task: "classification",
    source: at("sketchius/lively", {
      path: "functions/chat/classification.js",
      commit: "705e6a31a3d0318070afda56627159dc3b2ec93b",
    }),
    note: "classifyInput on each new user input before routing it (no current operation); gpt-3.5-turbo",
    build: (c) => ({ model: MODEL, messages: [sys(P.LIVELY_CLASSIFIER), usr(c.followUp)] }),
  },
  {
    client: "OssiaVoice offline",
    task: "follow-ups",
    source: at("Rainy-Day04/OssiaVoiceOffline", {
      path: "src/stores/MessageStore.js",
      commit: "a8051f16991f14345c9a2b9a02ab1dcc6dca986f",
    }),
    note:
      "generateSentences after each turn: reply suggestions for the speaker, history as JSON in the system message; backstory is the user's setting (ours written), Date toString fixed; gpt-4o, temperature 0.5, top_p 0.5, json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.OSSIA_SENTENCE_SYSTEM, {
          backstory: OSSIA_BACKSTORY,
          now: "Mon Dec 07 2026 15:35:00 GMT+0000 (Coordinated Universal Time)",
          history: JSON.stringify(c.turns),
        })),
        usr(P.OSSIA_SENTENCES),
      ],
      temperature: 0.5,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Personal Learning Assistant",
    task: "query-rewrite",
    source: LEARN,
    paraphrased: true,
    note:
      "initialize_llm_chain / create_history_aware_retriever: chat_history messages, the question, then CTQ_PROMPT as a second user message (LangChain layering reconstructed); ChatGroq temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(c.followUp), usr(P.DEJUS_CTQ)],
      temperature: 0.3,
    }),
  },
  {
    client: "Personal Learning Assistant",
    task: "classification",
    source: LEARN,
    note:
      "route(): ROUTE_TEMPLATE as the only (system) message with the question, answer Retrieval or General",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DEJUS_ROUTE.replace("{input}", c.followUp))],
      temperature: 0.3,
    }),
  },
  {
    client: "FeelFlow journal",
    task: "summary",
    source: at("ibeaglehole/AI-Challenge", {
      path: "user_interface/utils/transcript_analysis.py",
      commit: "c5f0168f9b9fa3e8c2b5ef2f561abf50a2a5c070",
    }),
    note:
      "prompt_gpt(prompt1) after a spoken journal entry: the Whisper text transcript (here the user's turns) after ` : `; gpt-3.5-turbo",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.JOURNAL_SYSTEM),
        usr(
          `${P.JOURNAL_SUMMARY} : ${
            c.turns.filter((t) => t.role === "user").map((t) => t.content).join(" ")
          }\n`,
        ),
      ],
    }),
  },
];

export function buildBlind83Negatives(): Negative[] {
  return buildBlind83NegativeList();
}
