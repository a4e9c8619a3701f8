/**
 * Blind round 81, second half of the templates: QodeAssist's chat compression, the Deno conversation summariser, the
 * Portuguese clinic bot's memory and intent classification, the sales bot's history condensation and sales-intent
 * detection, and Openworker's query rewrite and tool-call summary. Sources are read at the commits in `C`.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind81.ts";
import * as F from "./_fill_blind81.ts";
import { at, C } from "./_negatives_blind81.ts";

const JSON_OBJECT = { type: "json_object" };

export const BLIND81_AGENTS_AND_BOTS: Template[] = [
  {
    client: "QodeAssist",
    task: "compaction",
    source: at("Palm1r/QodeAssist", { path: "sources/ChatView/ChatCompressor.cpp", commit: C.qa }),
    note:
      "Compress button: system, the chat as messages, the compression request; OpenAI template, stream true",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QA_COMPRESSION_SYSTEM), ...toMessages(c.turns), usr(P.QA_COMPRESSION_PROMPT)],
      stream: true,
    }),
  },
  {
    client: "conversation-summary",
    task: "summary",
    source: at("ferdousbhai/conversation-summary", { path: "mod.ts", commit: C.cs }),
    note: "summarizeConversation without a context: system + the messages, gpt-3.5-turbo, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CS_SYSTEM_PLAIN), ...toMessages(c.turns)],
      temperature: 0.1,
    }),
  },
  {
    client: "ZORAHAPP2",
    task: "memory",
    source: at("kalebecaldas/ZORAHAPP2", { path: "api/services/memoryService.ts", commit: C.zo }),
    note:
      "extractMemories on the last 10 messages as `${from}: ${text}` (USER/BOT); gpt-4o, json_object, 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ZO_MEMORY_SYSTEM),
        usr(
          F.jsTemplate(P.ZO_MEMORY_PROMPT, {
            conversationText: F.lines(c, { user: "USER", assistant: "BOT" }).join("\n"),
          }),
        ),
      ],
      response_format: JSON_OBJECT,
      temperature: 0.3,
    }),
  },
  {
    client: "ZORAHAPP2",
    task: "classification",
    source: at("kalebecaldas/ZORAHAPP2", { path: "api/services/ai.ts", commit: C.zo }),
    note: "AIService.classifyIntent on the incoming message: max_tokens 10, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(F.jsTemplate(P.ZO_INTENT_SYSTEM, {
          "intents.join(', ')":
            "agendamento, preço, informação, reclamação, saudação, follow-up, cancelamento, remarcação, outro",
        })),
        usr(c.followUp),
      ],
      max_tokens: 10,
      temperature: 0.1,
    }),
  },
  {
    client: "agent_with_sales_detection",
    task: "standalone",
    source: at("nachoi1000/agent_with_sales_detection", { path: "main.py", commit: C.na }),
    note:
      "assistant_memory on a follow-up: the filled prompt as system and an empty user message; gpt-4o-mini",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          F.pyFormat(P.NA_MEMORY, {
            var_chat_history: F.lines(c, { user: "User", assistant: "Assistant" }).join("\n"),
            question: c.followUp,
          }),
        ),
        usr(""),
      ],
    }),
  },
  {
    client: "agent_with_sales_detection",
    task: "classification",
    source: at("nachoi1000/agent_with_sales_detection", { path: "main.py", commit: C.na }),
    note:
      "assistant_sales_detector on a first message: the unformatted prompt as system, the question as user; o3-mini",
    build: (c) => ({ model: MODEL, messages: [sys(P.NA_SALES), usr(F.firstUser(c))] }),
  },
  {
    client: "Openworker",
    task: "search-query",
    source: at("66Ronghua99/Openworker", { path: "openworker/rag/query_rewriter.py", commit: C.ow }),
    note: "QueryRewriter.refine_query (prompt text from openworker/prompts/query_rewrite.py) via OpenRouter",
    build: (c) => ({ model: MODEL, messages: [sys(P.OW_REWRITE), usr(c.followUp)] }),
  },
  {
    client: "Openworker",
    task: "summary",
    source: at("66Ronghua99/Openworker", { path: "openworker/agents/summarizer.py", commit: C.ow }),
    note: "SummarizerAgent.summarize_plan before a sensitive tool runs; write_file arguments reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.OW_ACTION_SUMMARY),
        usr(
          `Tool: write_file\nArguments: ${
            F.pyJsonIndent({ path: "notes/answer.md", content: F.lastAssistant(c) })
          }`,
        ),
      ],
    }),
  },
];
