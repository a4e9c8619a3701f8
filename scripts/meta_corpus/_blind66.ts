/**
 * Blind round 66: chat front-ends, a note app plug-in, a desktop client, a story-chat app, a search engine's answer
 * API, an agent framework, a Chinese companion agent, a Java notebook backend and an Android voice agent, none used
 * in the corpus before, read at the commits cited and measured without changing the rules: nosana-chat's thread
 * title and JSON follow-ups, vault-ai's Obsidian conversation namer, silverbullet-ai's tag, page-name and
 * frontmatter commands, AssistOS's personality-chat summary, OramaCore's title, follow-up and query optimiser,
 * Ollamac's appended title ask, story-vault's chapter draft, character pick, image prompt and message compression,
 * AgentScope's context compression, a Chinese memory-tag summariser, PocketMind's query rewrite, luceron's
 * conversation summary and blurr's memory extraction; plus hard negatives from the same clients' answer turns and
 * user turns that title, tag or summarise the user's own text.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { blind66Negatives } from "./_blind66_negatives.ts";
import * as P from "./_prompts_blind66.ts";
import { type ChatBody, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const NOSANA = "c575bef52db5c79447282f6f5e7d7b181fa301ba";
const VAULT = "3a97b5b076ad2625f34a64a82abc7c85835073c1";
const SB = "0690ed449830f35e8985a665bc2336ea5a89a391";
const ASSISTOS_SUMMARY = "18f7849cbefa1edbacac76a1cba1c3cb80f07d5f";
const ORAMA = "666ab48008838c0a35385e6651ff5bfb3ce7e68c";
const OLLAMAC = "7c6bc45238838a7b80c785335203efceef95e4f2";
const STORY = "febfcc93fb95802edc86723d5b1558c24e33a45c";
const AGENTSCOPE = "da00849f2c3db60b16edaf2371ae1d863f341ae2";
const ACCOMPANY = "353507c15d7e66c3a1a8613fa947070b99a453af";
const POCKETMIND = "70149edc3a5b8fa642c33bc0472a4ea41bcc2467";
const LUCERON = "fc765c8252f52a7c01b5d4b45ec33fff227e33de";
const BLURR = "6dad9c340fa456e426ba08cc89aea52c50cab81a";

/** Ollamac's title ask, appended after the chat (Ollamac/ViewModels/MessageViewModel.swift generateTitle). */
const OLLAMAC_TITLE = "Just reply with a short title about this conversation. One line maximum. No markdown.";
/** AgentScope's documented example system prompt for a ReAct agent. */
const FRIDAY = "You are a helpful assistant named Friday.";

const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
const firstQuestion = (c: Conversation) => c.turns.find((t) => t.role === "user")?.content ?? "";
const lastAnswer = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
/** OramaCore serialises `Vec<InteractionMessage>` with serde_json: compact `{"role","content"}` objects. */
const interactionJson = (turns: Turn[]) =>
  JSON.stringify(turns.map(({ role, content }) => ({ role, content })));
/** silverbullet-ai's chat export page (src/chat-panel.ts): frontmatter, heading, `**role**: text` paragraphs. */
const chatPage = (c: Conversation) =>
  `---\ndateCreated: "2026-11-30"\ndateUpdated: "2026-11-30"\nchatId: "c-4f1d2e"\ntags: aichat\n---\n\n# AI Assistant Chat\n\n${
    c.turns.map((t) => `**${t.role}**: ${t.content}\n\n`).join("")
  }`;
const CHAT_PAGE_NAME = "AI Chat 2026-11-30 1764501362000";
/** luceron's `_format_messages_for_prompt`: numbered role/content blocks split by `---`. */
const luceronMessages = (c: Conversation) =>
  "\n\n" + c.turns.map((t, i) => `Message #${i + 1} (${t.role}):\nContent: ${t.content}`).join("\n\n---\n\n");
/** AgentScope's structured-output tool for the SummarySchema (src/agentscope/agent/_config.py). */
const SUMMARY_TOOL = {
  type: "function",
  function: {
    name: "generate_structured_output",
    description: "Call this function to generate structured output required by the user.",
    parameters: {
      type: "object",
      properties: Object.fromEntries(
        ["task_overview", "current_state", "important_discoveries", "next_steps", "context_to_preserve"].map((
          k,
        ) => [
          k,
          { type: "string" },
        ]),
      ),
      required: [
        "task_overview",
        "current_state",
        "important_discoveries",
        "next_steps",
        "context_to_preserve",
      ],
    },
  },
};

export const BLIND66: Template[] = [
  {
    client: "nosana-chat",
    task: "title",
    source: at("meet447/nosana-chat-mcp", { path: "src/app/api/v1/ask/handlers/utils.ts", commit: NOSANA }),
    note: "getThreadTitle: one user message with the first query, max_tokens 40",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.NOSANA_TITLE, { "${query}": firstQuestion(c) }))],
      max_tokens: 40,
    }),
  },
  {
    client: "nosana-chat",
    task: "follow-ups",
    source: at("meet447/nosana-chat-mcp", { path: "src/lib/tools/followup.ts", commit: NOSANA }),
    note:
      "getFollowUpQuestions: the last four user messages plus the new query as `user:` lines (src/app/api/v1/ask/sse.ts), json_object",
    build: (c) => {
      const lines = [...c.turns.filter((t) => t.role === "user").slice(-4).map((t) => t.content), c.followUp]
        .map((text) => `user: ${text}`).join("\n");
      return {
        model: MODEL,
        messages: [usr(fill(P.NOSANA_FOLLOWUP, { "${userQuery}": lines }))],
        response_format: { type: "json_object" },
      };
    },
  },
  {
    client: "vault-ai",
    task: "title",
    source: at("Andy-Stack/vault-ai", {
      path: "AIClasses/OpenAI/OpenAIConversationNamingService.ts",
      commit: VAULT,
    }),
    note: "NamePrompt as system message, the user's first prompt as user message, max_tokens 100",
    build: (c) => ({ model: MODEL, messages: [sys(P.VAULT_NAME), usr(firstQuestion(c))], max_tokens: 100 }),
  },
  {
    client: "silverbullet-ai",
    task: "tags",
    source: at("justyns/silverbullet-ai", {
      path: "silverbullet-ai/Space Lua/AI Generate Tags.md",
      commit: SB,
    }),
    note:
      "AI: Generate tags for note run on an exported chat page; the space's existing tags appended to the system prompt; json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`${P.SB_TAGS_SYSTEM}aichat, meta, journal, recipes`),
        usr(`Page: ${CHAT_PAGE_NAME}\n\nContent:\n${chatPage(c)}`),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "silverbullet-ai",
    task: "title",
    source: at("justyns/silverbullet-ai", {
      path: "silverbullet-ai/Space Lua/AI Suggest Page Name.md",
      commit: SB,
    }),
    note: "AI: Suggest Page Name on an exported chat page; json_object",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SB_PAGENAME_SYSTEM), usr(`Current: ${CHAT_PAGE_NAME}\n\nContent:\n${chatPage(c)}`)],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "silverbullet-ai",
    task: "classification",
    source: at("justyns/silverbullet-ai", {
      path: "silverbullet-ai/Space Lua/AI Generate Frontmatter.md",
      commit: SB,
    }),
    note: "AI: Generate Note FrontMatter (metadata extraction) on an exported chat page; json_object",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SB_FRONTMATTER_SYSTEM), usr(`Page: ${CHAT_PAGE_NAME}\n\nContent:\n${chatPage(c)}`)],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "AssistOS ChatBotsFlows",
    task: "summary",
    source: at("AssistOS-AI/ChatBotsFlows", {
      path: "SummarizeConversation#2DUFX4A3fmPv.js",
      commit: ASSISTOS_SUMMARY,
    }),
    paraphrased: true,
    note:
      "the flow's prompt as one user message; replyHistory's shape reconstructed as {role, content} objects",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `Please summarize the following conversation between a user and an AI model by extracting information about the discussion: "${
          JSON.stringify(c.turns.map(({ role, content }) => ({ role, content })))
        }". Keep in mind the subject they are discussing and the questions and answers that have been said. The AI model is using a predefined personality in order to give an authentic chatting experience.`,
      )],
    }),
  },
  {
    client: "OramaCore",
    task: "title",
    source: at("oramasearch/oramacore", { path: "src/ai/answer.rs", commit: ORAMA }),
    note: "KnownPrompts::TitleGenerator: system.md, user.md with the serde JSON of the messages; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ORAMA_TITLE_SYSTEM),
        usr(fill(P.ORAMA_TITLE_USER, { "{conversation}": interactionJson(c.turns) })),
      ],
      stream: true,
    }),
  },
  {
    client: "OramaCore",
    task: "follow-ups",
    source: at("oramasearch/oramacore", { path: "src/ai/answer.rs", commit: ORAMA }),
    note:
      "KnownPrompts::Followup (messages present): only `{query}` etc. are replaced, so `${query}` keeps its `$`; no search hits; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ORAMA_FOLLOWUP_SYSTEM),
        usr(fill(P.ORAMA_FOLLOWUP_USER, {
          "{conversation}": interactionJson(c.turns),
          "{query}": c.followUp,
          "{context}": "[]",
          "{maxSuggestions}": "3",
        })),
      ],
      stream: true,
    }),
  },
  {
    client: "OramaCore",
    task: "query-rewrite",
    source: at("oramasearch/oramacore", { path: "src/ai/answer.rs", commit: ORAMA }),
    note: "KnownPrompts::OptimizeQuery before every answer: the new query as `### Input`; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.ORAMA_OPTIMIZE_SYSTEM), usr(fill(P.ORAMA_OPTIMIZE_USER, { "{input}": c.followUp }))],
      stream: true,
    }),
  },
  {
    client: "Ollamac",
    task: "title",
    source: at("kevinhermawan/Ollamac", {
      path: "Ollamac/ViewModels/MessageViewModel.swift",
      commit: OLLAMAC,
    }),
    note:
      "generateTitle: every prompt/response pair, then the title ask as a user message; Ollama chat, streamed",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(OLLAMAC_TITLE)], stream: true }),
  },
  {
    client: "story-vault",
    task: "summary",
    source: at("TheFlynnster123/story-vault-ui", {
      path: "src/features/Chat/services/ChatGeneration/ChapterGenerationService.ts",
      commit: STORY,
    }),
    paraphrased: true,
    note:
      "chapter draft: chapterSummaryPrompt, chapterTitlePrompt and the JSON lines joined by blank lines after the context (LLMMessageContextService reduced to the chat turns)",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr([
          P.SV_CHAPTER_SUMMARY_PROMPT,
          P.SV_CHAPTER_TITLE_PROMPT,
          "Return one JSON object with exactly two string fields: title and summary.",
          "Do not use markdown fences or include any text outside the JSON object.",
        ].join("\n\n")),
      ],
    }),
  },
  {
    client: "story-vault",
    task: "speaker-selection",
    source: at("TheFlynnster123/story-vault-ui", {
      path: "src/features/Characters/services/CharacterSelectionService.ts",
      commit: STORY,
    }),
    paraphrased: true,
    note:
      "which character the next image shows: the prompt appended as a user message (context reduced to the turns)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.SV_CHARACTER_SELECTION_PROMPT)],
    }),
  },
  {
    client: "story-vault",
    task: "image-prompt",
    source: at("TheFlynnster123/story-vault-ui", {
      path: "src/features/Images/services/ImageGenerator.ts",
      commit: STORY,
    }),
    paraphrased: true,
    note:
      "defaultImagePrompt appended as a user message, no character description (context reduced to the turns)",
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(P.SV_DEFAULT_IMAGE_PROMPT)] }),
  },
  {
    client: "story-vault",
    task: "compaction",
    source: at("TheFlynnster123/story-vault-ui", {
      path: "src/features/Chat/services/ChatGeneration/MessageCompressionService.ts",
      commit: STORY,
    }),
    note: "buildMessageCompressionRequest on the last assistant message",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.SV_MESSAGE_COMPRESSION_PROMPT),
        usr(["Message role: assistant", "", "Source message:", lastAnswer(c)].join("\n")),
      ],
    }),
  },
  {
    client: "AgentScope",
    task: "compaction",
    source: at("agentscope-ai/agentscope", { path: "src/agentscope/agent/_agent.py", commit: AGENTSCOPE }),
    paraphrased: true,
    note:
      "context compression: system prompt, the messages, compression_prompt as user message, forced generate_structured_output tool (tool schema reconstructed)",
    build: (c) => {
      const body: ChatBody & { tools: unknown[]; "tool_choice": unknown } = {
        model: MODEL,
        messages: [sys(FRIDAY), ...toMessages(c.turns), usr(P.AGENTSCOPE_COMPRESSION)],
        tools: [SUMMARY_TOOL],
        "tool_choice": { type: "function", function: { name: "generate_structured_output" } },
      };
      return body;
    },
  },
  {
    client: "langraph-AI-Accompany-Agent",
    task: "memory",
    source: at("zzzlip/langraph-AI-Accompany-Agent", { path: "memory.py", commit: ACCOMPANY }),
    paraphrased: true,
    note:
      "manage_memory's Chinese memory-tag prompt via langmem summarize_messages; message and tag-list rendering reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ZZ_SYSTEM),
        usr(fill(P.ZZ_USER, {
          "{messages}": toLines(c.turns, { user: "human", assistant: "ai" }),
          "{existing_summary}": '["周末聚餐计划", "预定下个月去云南的机票"]',
        })),
      ],
    }),
  },
  {
    client: "PocketMind notebook",
    task: "query-rewrite",
    source: at("future-gole/notebook", {
      path: "backend/src/main/java/com/doublez/pocketmindserver/analyse/graph/node/RewriteQueryNode.java",
      commit: POCKETMIND,
    }),
    note: "rewrite_query.md as the ChatClient default system, `User's original query: ` + the query",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NOTEBOOK_REWRITE), usr(`User's original query: ${c.followUp}`)],
    }),
  },
  {
    client: "luceron",
    task: "summary",
    source: at("camrenhall/luceron-ai-backend-server", {
      path: "src/services/summary_service.py",
      commit: LUCERON,
    }),
    note: "SummaryService.generate_summary: temperature 0.3, max_tokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LUCERON_SYSTEM),
        usr(`Please summarize the following conversation:\n\n${luceronMessages(c)}`),
      ],
      temperature: 0.3,
      max_tokens: 1000,
    }),
  },
  {
    client: "blurr",
    task: "memory",
    source: at("Ayush0Chaudhary/blurr", {
      path: "app/src/main/java/com/blurr/voice/data/MemoryExtractor.kt",
      commit: BLURR,
    }),
    paraphrased: true,
    note:
      "memoryExtractionPrompt as one user message (Gemini contents mapped to chat), `role: text` lines, no known memories",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.BLURR_MEMORY, {
        "{conversation}": toLines(c.turns, { user: "user", assistant: "model" }),
        "{used_memories}": "None",
      }))],
    }),
  },
];

/** The round's hard negatives (built in `_blind66_negatives.ts` from the same clients' prompts). */
export function buildBlind66Negatives(): Negative[] {
  return blind66Negatives();
}
