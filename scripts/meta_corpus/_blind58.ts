/**
 * Blind round 58: chat clients and front-ends that send housekeeping on their own, read from source after claiming
 * them and measured without changing the rules. A Flutter mobile client (Chinese title, follow-ups, manual context
 * compression, memory extraction, agent compaction), Microsoft's Chat Copilot web app (intent rewrite for search,
 * participant extraction, long-term and working memory as JSON), the Vercel chatbot and macai (titles), a terminal
 * Ollama TUI (session summary, memory update), three answer engines (follow-ups, search query, query classification),
 * LLocalSearch (title) and an AstrBot long-term memory plugin (Chinese summary); plus negatives from the same clients.
 */
import type { Conversation } from "./_conversations.ts";
import * as P from "./_prompts_blind58.ts";
import { BLIND58_MORE } from "./_blind58_more.ts";
import { buildBlind58Negatives } from "./_negatives_blind58.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const AETHER = "3dae442880c48f515820571ad2cbab56900cbf3c";
const COPILOT = "23b27821baa11b2a1639070434628e5b151ce706";
const AUX = "lib/features/settings/application/auxiliary_model_controller.dart";

/** Aetherlink's transcripts: `用户: …` / `AI: …` blocks separated by a blank line. */
const zhLines = (c: Conversation) => toLines(c.turns, { user: "用户", assistant: "AI", separator: "\n\n" });

/** Chat Copilot's `ExtractChatHistory`: one `[time] name said: text` line per message, oldest first. */
const copilotHistory = (c: Conversation) =>
  c.turns.map((t, i) =>
    `[12/7/2026 1:0${i}:12 PM] ${t.role === "user" ? "Default User" : "Bot"} said: ${t.content}\n`
  )
    .join("");
const copilotDescription = P.CC_SYSTEM_DESCRIPTION.replace("{{$knowledgeCutoff}}", P.CC_KNOWLEDGE_CUTOFF_DATE)
  .replace("{{TimePlugin.Now}}", "Monday, December 7, 2026 1:04 PM");
const copilotMemory = (kind: "LongTermMemory" | "WorkingMemory", c: Conversation) =>
  [
    P.CC_SYSTEM_COGNITIVE.replace("{{$memoryName}}", kind).replace("{{$format}}", P.CC_MEMORY_FORMAT),
    `${kind} Description:\n${
      kind === "LongTermMemory" ? P.CC_LONG_TERM_MEMORY_EXTRACTION : P.CC_WORKING_MEMORY_EXTRACTION
    }`,
    P.CC_MEMORY_ANTI_HALLUCINATION,
    `Chat Description:\n${copilotDescription}`,
    copilotHistory(c),
    P.CC_MEMORY_CONTINUATION,
  ].join("\n");

export const BLIND58: Template[] = [
  {
    client: "Aetherlink-flutter",
    task: "title",
    source: at("1600822305/Aetherlink-flutter", { path: AUX, commit: AETHER }),
    note:
      "lib/features/chat/application/send/turn_finisher.dart replaces {{messages}} in place with the last 4 messages; one user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.AE_TITLE.replace("{{messages}}", zhLines(c)))],
      stream: true,
    }),
  },
  {
    client: "Aetherlink-flutter",
    task: "follow-ups",
    source: at("1600822305/Aetherlink-flutter", { path: AUX, commit: AETHER }),
    note: "SuggestionService.buildContent gives `User: …` / `Assistant: …` blocks for {content}; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.AE_SUGGEST.replace(
            "{content}",
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" }),
          ),
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Aetherlink-flutter",
    task: "compaction",
    source: at("1600822305/Aetherlink-flutter", { path: AUX, commit: AETHER }),
    note:
      "context_condense_service.dart: all but the last 3 messages, target 2000 tokens, no additional instruction; streamed",
    build: (c) => {
      const older = c.turns.slice(0, Math.max(1, c.turns.length - 3));
      const content = toLines(older, { user: "用户", assistant: "AI", separator: "\n\n" });
      const prompt = P.AE_COMPRESS.replace("{content}", content).replace("{target_tokens}", "2000")
        .replace("{additional_context}", "");
      return { model: MODEL, messages: [usr(prompt)], stream: true };
    },
  },
  {
    client: "Aetherlink-flutter",
    task: "memory",
    source: at("1600822305/Aetherlink-flutter", {
      path: "lib/features/memory/domain/memory_extraction.dart",
      commit: AETHER,
    }),
    note: "turn_finisher.dart maybeExtractMemory: last 6 messages, both scopes on; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.AE_MEMORY_RAW.replace("$scopeRule", P.AE_SCOPE_BOTH).replace("$conversation", zhLines(c))),
      ],
      stream: true,
    }),
  },
  {
    client: "Aetherlink-flutter",
    task: "compaction",
    source: at("1600822305/Aetherlink-flutter", {
      path: "lib/features/agent/application/engine/compaction/agent_compaction_prompt.dart",
      commit: AETHER,
    }),
    note:
      "lib/app/di/agent_runtime_access.dart summarizeForCompaction: system prompt plus one user message with the `[用户] …` / `[助手] …` transcript; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AE_AGENT_COMPACT),
        usr(c.turns.map((t) => `${t.role === "user" ? "[用户]" : "[助手]"} ${t.content}`).join("\n\n")),
      ],
      stream: true,
    }),
  },
  {
    client: "Chat Copilot",
    task: "search-query",
    source: at("microsoft/chat-copilot", { path: "webapi/appsettings.json", commit: COPILOT }),
    paraphrased: true,
    note:
      "webapi/Options/PromptsOptions.cs SystemIntentExtraction joined with newlines, sent by Semantic Kernel as one user message; timestamps rendered",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        [
          copilotDescription,
          P.CC_SYSTEM_INTENT,
          copilotHistory(c),
          P.CC_SYSTEM_INTENT_CONTINUATION.replace("{{TimePlugin.Now}}", "Monday, December 7, 2026 1:04 PM")
            .replace("{{TimePlugin.Second}}", "31"),
        ].join("\n"),
      )],
      temperature: 0.7,
    }),
  },
  {
    client: "Chat Copilot",
    task: "classification",
    source: at("microsoft/chat-copilot", { path: "webapi/appsettings.json", commit: COPILOT }),
    paraphrased: true,
    note: "SystemAudienceExtraction: the chat's participants as a comma-separated list; one user message",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr([P.CC_SYSTEM_AUDIENCE, copilotHistory(c), P.CC_SYSTEM_AUDIENCE_CONTINUATION].join("\n")),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "Chat Copilot",
    task: "memory",
    source: at("microsoft/chat-copilot", { path: "webapi/appsettings.json", commit: COPILOT }),
    paraphrased: true,
    note:
      "LongTermMemory prompt components (PromptsOptions.cs); SemanticChatMemoryExtractor asks for json_object",
    build: (c) => ({
      model: MODEL,
      messages: [usr(copilotMemory("LongTermMemory", c))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Chat Copilot",
    task: "memory",
    source: at("microsoft/chat-copilot", { path: "webapi/appsettings.json", commit: COPILOT }),
    paraphrased: true,
    note: "WorkingMemory prompt components (PromptsOptions.cs); json_object",
    build: (c) => ({
      model: MODEL,
      messages: [usr(copilotMemory("WorkingMemory", c))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Vercel AI Chatbot",
    task: "title",
    source: at("vercel/ai-chatbot", {
      path: "lib/ai/prompts.ts",
      commit: "9d5d8a3ea7968522a37ab1cc145a6c0ef8a9dd2e",
    }),
    note:
      "app/(chat)/actions.ts generateTitleFromUserMessage: system titlePrompt, prompt = the first user message",
    build: (c) => ({ model: MODEL, messages: [sys(P.VERCEL_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "macai",
    task: "title",
    source: at("Renset/macai", {
      path: "macai/Utilities/MessageManager.swift",
      commit: "08b3484809a1ed43cc4552f1298bb9eb201e42eb",
    }),
    note:
      "generateChatNameIfNeeded: chat system message, the last 3 messages, then chatGptGenerateChatInstruction as user; not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.MACAI_SYSTEM), ...toMessages(c.turns.slice(-3)), usr(P.MACAI_NAME)],
      temperature: 1,
    }),
  },
  ...BLIND58_MORE,
];

export { buildBlind58Negatives };
