/**
 * Blind round 84: chat front-ends and chat back-ends nobody on the project had read: a macOS Ollama client's emoji
 * title (Chital), a desktop agent app's title (Mind Flayer), a role-play chat back-end's Chinese rolling summary,
 * reply gist and core-memory update, a programming chat's share summary and `/summary` command (ChatCraft), a RAG
 * back-end's follow-up questions, a hackathon app's follow-up question and a search chat's follow-ups, related
 * topics and `/summarize`; negatives in `_negatives_blind84.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind84.ts";
import {
  buildBlind84NegativeList,
  CHATCRAFT,
  CHITAL,
  CONV_SEARCH,
  SAMADHAN,
  SPICY,
} from "./_negatives_blind84.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

/** The last user turn and the answer to it. */
function lastExchange(c: Conversation): { query: string; response: string } {
  const i = c.turns.map((t) => t.role).lastIndexOf("user");
  return { query: c.turns[i]?.content ?? "", response: c.turns[i + 1]?.content ?? "" };
}
const spicyMessages = (turns: Turn[]) => turns.map((t) => ({ role: t.role, content: t.content }));
/** Knowledge-base file names the RAG search would return for each conversation's topic. */
function kbFiles(c: Conversation): string[] {
  const files: Record<string, string[]> = {
    English: ["Home_Network_Guide.pdf", "Mesh_WiFi_FAQ.docx"],
    French: ["Guide_du_levain.pdf"],
    Japanese: ["台湾旅行ガイド.pdf", "台北交通案内.pdf"],
    Italian: ["Manuale_manutenzione_bici.pdf"],
  };
  return files[c.language] ?? [];
}

export const BLIND84: Template[] = [
  {
    client: "Chital",
    task: "title",
    source: at("sheshbabu/Chital", { path: "Chital/ChatThreadView.swift", commit: CHITAL }),
    note:
      "setThreadTitle: the thread's messages then titleSummaryPrompt (Chital/AppConstants.swift) as a last user message; OllamaService.sendSingleMessage stream false, options num_ctx 2048",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.CHITAL_TITLE)], stream: false }),
  },
  {
    client: "Mind Flayer",
    task: "title",
    source: at("wangshunnn/mind-flayer", {
      path: "sidecar/src/routes/title.ts",
      commit: "9f99b027b98498d08044cebf23b75d98e44bf492",
    }),
    note:
      "AI SDK generateText (not streamed): TITLE_SYSTEM_PROMPT as system, buildTitlePrompt(first user message)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TITLE_SYSTEM_PROMPT), usr(P.buildTitlePrompt(firstExchange(c).question))],
      stream: false,
    }),
  },
  {
    client: "MyBlog chat (SpicyAndWolf)",
    task: "summary",
    source: SPICY("services/chat/memory/rollingSummary.js"),
    note:
      "rolling summary of a role-play chat (Chinese prompt), first run with no previous summary; CHAT_ROLLING_SUMMARY_MAX_CHARS=9000 from .env.example",
    build: (c) => {
      const { system, user } = P.spicyRollingSummary({
        previousSummary: "",
        newMessages: spicyMessages(c.turns),
        maxChars: 9000,
      });
      return { model: MODEL, messages: [sys(system), usr(user)] };
    },
  },
  {
    client: "MyBlog chat (SpicyAndWolf)",
    task: "summary",
    source: SPICY("services/chat/memory/gistPipeline.js"),
    note:
      "assistant-reply gist for history compression (Chinese prompt); CHAT_GIST_MAX_CHARS=220 from .env.example",
    build: (c) => {
      const { query, response } = lastExchange(c);
      const { system, user } = P.spicyGist({ userContent: query, assistantContent: response, maxChars: 220 });
      return { model: MODEL, messages: [sys(system), usr(user)] };
    },
  },
  {
    client: "MyBlog chat (SpicyAndWolf)",
    task: "memory",
    source: SPICY("services/chat/memory/coreMemory.js"),
    note:
      "core-memory update (Chinese prompt) from an empty memory and summary and the delta dialogue; CHAT_MEMORY_CORE_MAX_CHARS=9000 from .env.example",
    build: (c) => {
      const { system, user } = P.spicyCoreMemory({
        previousCoreMemoryText: "",
        rollingSummaryText: "",
        deltaMessages: spicyMessages(c.turns),
        maxChars: 9000,
      });
      return { model: MODEL, messages: [sys(system), usr(user)] };
    },
  },
  {
    client: "ChatCraft",
    task: "summary",
    source: CHATCRAFT("src/components/ShareModal.tsx"),
    note:
      "share dialog's Summarize: system, the chat's human/AI messages, then the 25-word instruction (callChatApi)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CHATCRAFT_SHARE_SYSTEM), ...toMessages(c.turns), usr(P.CHATCRAFT_SHARE_INSTRUCTION)],
    }),
  },
  {
    client: "ChatCraft",
    task: "summary",
    source: CHATCRAFT("src/lib/commands/SummaryCommand.ts"),
    note:
      "`/summary` command, default 500 words: system, the chat's messages, then the instruction (chatWithLLM)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CHATCRAFT_SUMMARY_SYSTEM),
        ...toMessages(c.turns),
        usr(P.chatcraftSummaryInstruction(500)),
      ],
      stream: true,
    }),
  },
  {
    client: "Samadhan franchise AI",
    task: "follow-ups",
    source: SAMADHAN("src/modules/chat/chat.service.ts"),
    note:
      "generateSuggestedQuestions after each answer, sent by openai.service.ts generateCompletion as one user message, temperature 0.7, max_tokens 200",
    build: (c) => {
      const { query, response } = lastExchange(c);
      return {
        model: MODEL,
        messages: [
          usr(P.samadhanFollowUps({ userQuestion: query, answer: response, sourceNames: kbFiles(c) })),
        ],
        temperature: 0.7,
        max_tokens: 200,
      };
    },
  },
  {
    client: "makethon-nlp",
    task: "follow-ups",
    source: at("Artewer/makethon-nlp", {
      path: "src/followup_questions.py",
      commit: "20312cbe9289d0b3869b1fc08230c8c7398a3976",
    }),
    paraphrased: true,
    note:
      "src/main.py calls getFollowupQuestions(query=data, answer=prompt) with its own chat prompt as the answer; get_info_customer's persona fields left empty; LlamaIndex SimpleChatEngine.chat with an empty memory (the first of four calls) reconstructed as one user message, llama_index OpenAI default temperature 0.1",
    build: (c) => {
      const data = c.followUp;
      const answer = P.artewerChatPrompt({ persona: "", classPersona: "", data });
      return { model: MODEL, messages: [usr(P.artewerFollowUp(data, answer))], temperature: 0.1 };
    },
  },
  {
    client: "Conversational Search",
    task: "follow-ups",
    source: CONV_SEARCH,
    note:
      "getOpenAISuggestedPrompts after each answer: one user message, response_format json_object (not streamed)",
    build: (c) => {
      const { query, response } = lastExchange(c);
      return {
        model: MODEL,
        messages: [usr(P.csFollowUps(query, response))],
        response_format: { type: "json_object" },
      };
    },
  },
  {
    client: "Conversational Search",
    task: "related-topics",
    source: CONV_SEARCH,
    note:
      "getOpenAIRelatedTopics after each answer: one user message, response_format json_object (not streamed)",
    build: (c) => {
      const { query, response } = lastExchange(c);
      return {
        model: MODEL,
        messages: [usr(P.csRelatedTopics(query, response))],
        response_format: { type: "json_object" },
      };
    },
  },
  {
    client: "Conversational Search",
    task: "summary",
    source: CONV_SEARCH,
    note:
      "`/summarize` command (App.tsx): getOpenAIConversationSummary, the chat as `User:`/`Assistant:` blocks in one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.csSummary(toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" }))),
      ],
    }),
  },
];

export function buildBlind84Negatives(): Negative[] {
  return buildBlind84NegativeList();
}
