/**
 * Blind round 84: chat front-ends and chat back-ends nobody on the project had read: a macOS Ollama client's emoji
 * title (Chital), a desktop agent app's title (Mind Flayer), a role-play chat back-end's Chinese rolling summary,
 * reply gist and core-memory update, a programming chat's share summary and `/summary` command (ChatCraft), a RAG
 * back-end's follow-up questions, a hackathon app's follow-up question and a search chat's follow-ups, related
 * topics and `/summarize`; negatives in `buildBlind84Negatives`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_84 } from "./_conversations_blind84.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind84.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const CHITAL = "719836c0158d1db9f1fb9145a7036d714a52670f";
const SPICY = (path: string) =>
  at("SpicyAndWolf/MyBlog-2nd-BackEnd", { path, commit: "120abef92171815f4e3c17b47276bafaafbb7865" });
const CHATCRAFT = (path: string) =>
  at("tarasglek/chatcraft.org", { path, commit: "c06cf6f83402c1ef8c3d100b81fbbb6332deb32d" });
const CONV_SEARCH = at("mohnkhan/Conversational-Search", {
  path: "services/geminiService.ts",
  commit: "d0bce91dd8c7a1c7bfc6b85f7018ed4fe374cf3a",
});
const SAMADHAN = (path: string) =>
  at("techiesflock/samadhan_franchise_ai_backend", {
    path,
    commit: "0cc06e3448b80b82bbb1696fbad4996852eaaa8c",
  });

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

const [EN, FR, JA, IT] = CONVERSATIONS_BLIND_84 as [Conversation, Conversation, Conversation, Conversation];
const history = (c: Conversation) => toMessages(c.turns);

export function buildBlind84Negatives(): Negative[] {
  return [
    {
      task: "blind-84",
      source: at("sheshbabu/Chital", { path: "Chital/ChatThreadView.swift", commit: CHITAL }),
      note: "Chital's ordinary turn: the thread's messages and the next question, streamed (English)",
      body: { model: MODEL, messages: [...history(EN), usr(EN.followUp)], stream: true },
    },
    {
      task: "blind-84",
      source: SPICY("prompts/lina/lina-v3.md"),
      note: "role-play chat turn under the sample preset's system prompt (Japanese user)",
      body: { model: MODEL, messages: [sys(P.SPICY_LINA), ...history(JA), usr(JA.followUp)], stream: true },
    },
    {
      task: "blind-84",
      source: CHATCRAFT("src/lib/system-prompt.ts"),
      note: "ChatCraft user asking for a summary of their own pasted text (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.CHATCRAFT_SYSTEM),
          usr(
            "Can you summarize this commit message I wrote into one line for the changelog?\n\nThe retry loop in the upload worker used a fixed two-second delay, so when the storage service was down every worker hammered it at once. I replaced it with exponential backoff starting at 500 ms with full jitter and a cap of 30 seconds, and the worker now gives up after eight attempts and marks the job as failed instead of retrying forever.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: CHATCRAFT("src/lib/system-prompt.ts"),
      note: "ChatCraft user asking for a title for their own blog post (French)",
      body: {
        model: MODEL,
        messages: [
          sys(P.CHATCRAFT_SYSTEM),
          usr(
            "Propose-moi un titre accrocheur pour cet article de blog que j'ai écrit :\n\nDepuis trois mois, notre équipe déploie en production tous les jours au lieu d'une fois par mois. Nous avons commencé par automatiser les tests d'intégration, puis nous avons découpé les migrations de base de données pour qu'elles soient toujours compatibles avec la version précédente. Résultat : moins d'incidents, et des incidents plus faciles à corriger.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: SAMADHAN("src/modules/chat/services/openai.service.ts"),
      note: "the RAG back-end's ordinary answer turn with retrieved context (French)",
      body: {
        model: MODEL,
        messages: [
          sys(
            P.samadhanChatSystem(
              "[Guide_du_levain.pdf] Un levain actif double de volume en 4 à 6 heures à 24 °C. Cuire le pain à 250 °C les vingt premières minutes avec de la vapeur, puis à 230 °C sans vapeur.",
            ),
          ),
          ...history(FR),
          usr(FR.followUp),
        ],
      },
    },
    {
      task: "blind-84",
      source: at("wangshunnn/mind-flayer", {
        path: "sidecar/src/routes/chat.ts",
        commit: "9f99b027b98498d08044cebf23b75d98e44bf492",
      }),
      note: "user asking for a title for their own text, app system prompt not reproduced (Italian)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Mi serve un titolo per questo annuncio che ho scritto per il gruppo ciclistico del quartiere: domenica mattina alle nove ci troviamo davanti alla biblioteca per un giro di 40 chilometri lungo il fiume, ritmo tranquillo, pausa caffè a metà strada. Portate una camera d'aria di scorta e il casco.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: at("sheshbabu/Chital", { path: "Chital/ChatThreadView.swift", commit: CHITAL }),
      note: "Chital user asking to summarize their own diary entry (Japanese)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "自分で書いた今日の日記を三行に要約してください。\n\n朝は雨だったので自転車をやめてバスで出勤した。午前中は新しいプロジェクトの見積もりを作り、午後は顧客との打ち合わせが二時間続いた。帰りに駅前の本屋で旅行のガイドブックを買い、夜は来月の台湾旅行の計画を立てた。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: at("Artewer/makethon-nlp", {
        path: "src/main.py",
        commit: "20312cbe9289d0b3869b1fc08230c8c7398a3976",
      }),
      note:
        "the app's chat prompt with the user's query (Italian) as one user message, persona fields left empty; LlamaIndex agent wrapper not reproduced",
      body: {
        model: MODEL,
        messages: [usr(P.artewerChatPrompt({ persona: "", classPersona: "", data: IT.followUp }))],
        temperature: 0.1,
      },
    },
    {
      task: "blind-84",
      source: CONV_SEARCH,
      note:
        "Conversational Search's ordinary OpenAI turn: history and the next question, streamed, no system instruction set (Japanese)",
      body: { model: MODEL, messages: [...history(JA), usr(JA.followUp)], stream: true },
    },
  ];
}
