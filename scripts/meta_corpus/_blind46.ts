/**
 * Blind round 46: chat front-ends and multi-provider chat clients never used in the corpus before (web, desktop,
 * mobile, self-hosted ChatGPT-like UIs), read from their source and measured without changing the rules: the
 * housekeeping they send on their own (titles, follow-up suggestions, search-query and query-refinement calls,
 * summaries that carry a long chat forward, memory and profile extraction, an image prompt), six of them in
 * Chinese. The hard negatives (their ordinary turns, users asking a title or summary of their own text) are in
 * `_blind46_negatives.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind46.ts";

export { buildBlind46Negatives } from "./_blind46_negatives.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const NIEK = "19b399e72babd467ce46e675931e6e20b77c75b1";
const PYGPT = at("szczyglis-dev/py-gpt", {
  path: "src/pygpt_net/data/config/config.json",
  commit: "dd5503f4317645d91bbce60f9f02d81996febb1b",
});
const LLMCHAT = "ca51d98b43612b1999fd31f398d7f43305abf33e";
const AI99 = at("vastxie/99AI", {
  path: "service/src/modules/chat/chat.service.ts",
  commit: "cbebbfbd823c428f6aaae72d2f8e71cb785ef970",
});
const OSAURUS = at("osaurus-ai/osaurus", {
  path: "Packages/OsaurusCore/Services/Memory/MemoryService.swift",
  commit: "a6b2af6178398ac7ea74cee269de4a175886dcf7",
});
const AQBOT = at("AQBot-Desktop/AQBot", {
  path: "src-tauri/src/context_manager.rs",
  commit: "3510ca4af7a2c546526d429a2f94013f715235cd",
});
/** llmchat's `getHumanizedDate()`: date-fns `MMMM dd, yyyy, h:mm a`. */
const LLMCHAT_DATE = "May 09, 2026, 7:05 PM";

const lastUser = (c: Conversation) => c.turns.filter((t) => t.role === "user").at(-1)?.content ?? "";
const lastAnswer = (c: Conversation) => c.turns.filter((t) => t.role === "assistant").at(-1)?.content ?? "";
/** Swift/Kotlin `String.prefix`-style cut with the `...` the clients append. */
const cut = (text: string, max: number) => text.length > max ? `${text.slice(0, max)}...` : text;
/** AQBot's `format_message_for_summary`: `role: text`, one line a message. */
const roleLines = (turns: Conversation["turns"]) => turns.map((t) => `${t.role}: ${t.content}`).join("\n");

/** The Marvin profile's system prompt as ChatRequest.svelte expands it (::EOM:: lines, ::START-PROMPT:: tail). */
function marvinMessages() {
  const [head = "", start = ""] = P.NIEK_MARVIN.replaceAll("[[CHARACTER_NAME]]", "Marvin").split(
    "::START-PROMPT::",
  );
  const [system = "", ...eoms] = head.split("::EOM::");
  const lines = eoms.map((text, i) =>
    i % 2 === 0 ? usr(text.trim()) : { role: "assistant" as const, content: text.trim() }
  )
    .filter((m) => m.content.length);
  return [sys(system.trim()), ...lines, sys(start.trim())];
}

export const BLIND46: Template[] = [
  {
    client: "chatgpt-web (Niek)",
    task: "title",
    source: at("Niek/chatgpt-web", { path: "src/lib/Chat.svelte", commit: NIEK }),
    note:
      "suggestName: the first 10 messages plus the request as a user turn, streaming off (default profile)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns).slice(0, 10), usr(P.NIEK_TITLE)],
      stream: false,
    }),
  },
  {
    client: "chatgpt-web (Niek)",
    task: "summary",
    source: at("Niek/chatgpt-web", { path: "src/lib/Profiles.svelte", commit: NIEK }),
    paraphrased: true,
    note:
      "continuous chat 'summary' of the Marvin profile: expanded system prompt, the turns to reduce, the friend summary prompt; summaryTemperature 0.1, summarySize 1000 (MAX_WORDS 700); pinned-message bookkeeping simplified",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...marvinMessages(),
        ...toMessages(c.turns),
        usr(P.NIEK_FRIEND.replaceAll("[[CHARACTER_NAME]]", "Marvin").replaceAll("[[MAX_WORDS]]", "700")),
      ],
      temperature: 0.1,
      max_tokens: 1000,
    }),
  },
  {
    client: "PyGPT",
    task: "title",
    source: PYGPT,
    note:
      "summarizer.summary_ctx: system + user with the first exchange cut at 700 chars; max_tokens 500, temperature 0",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(P.PYGPT_TITLE_SYSTEM),
          usr(P.fill(P.PYGPT_TITLE_USER, { input: cut(question, 700), output: cut(answer, 700) })),
        ],
        max_tokens: 500,
        temperature: 0,
      };
    },
  },
  {
    client: "PyGPT",
    task: "image-prompt",
    source: PYGPT,
    note: "image mode: prompt.img as system, the user's request as user; max_tokens 200, temperature 1.0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.PYGPT_IMAGE), usr(firstExchange(c).question)],
      max_tokens: 200,
      temperature: 1,
    }),
  },
  {
    client: "llmchat",
    task: "follow-ups",
    source: at("trendy-design/llmchat", {
      path: "packages/ai/workflow/tasks/suggestion.ts",
      commit: LLMCHAT,
    }),
    paraphrased: true,
    note:
      "AI SDK generateObject with only a prompt (one user message); the SDK's JSON/tool wrapping not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.LLMCHAT_SUGGEST, { question: lastUser(c), date: LLMCHAT_DATE, answer: lastAnswer(c) })),
      ],
    }),
  },
  {
    client: "llmchat",
    task: "search-query",
    source: at("trendy-design/llmchat", {
      path: "packages/ai/workflow/tasks/quick-search.ts",
      commit: LLMCHAT,
    }),
    paraphrased: true,
    note:
      "generateObject with the query prompt as system and the chat messages; schema { query } wrapping omitted",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.fill(P.LLMCHAT_QUERY, { date: LLMCHAT_DATE })),
        ...toMessages(c.turns),
        usr(c.followUp),
      ],
    }),
  },
  {
    client: "llmchat",
    task: "query-rewrite",
    source: at("trendy-design/llmchat", {
      path: "packages/ai/workflow/tasks/refine-query.ts",
      commit: LLMCHAT,
    }),
    paraphrased: true,
    note:
      "deep-research refine step: system prompt + the chat messages; clarification schema wrapping omitted",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.fill(P.LLMCHAT_REFINE, { date: LLMCHAT_DATE })),
        ...toMessages(c.turns),
        usr(c.followUp),
      ],
    }),
  },
  {
    client: "99AI",
    task: "follow-ups",
    source: AI99,
    note: "Chinese; chatFree(prompt): one user message with the question and the answer, global base model",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.AI99_FOLLOWUP, { prompt: lastUser(c), answer: lastAnswer(c) }))],
    }),
  },
  {
    client: "99AI",
    task: "title",
    source: AI99,
    note:
      "Chinese; updateChatTitle while the group is still '新对话': one user message with the first question",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.AI99_TITLE, { prompt: firstExchange(c).question }))],
    }),
  },
  {
    client: "Osaurus",
    task: "memory",
    source: OSAURUS,
    note: "per-turn extraction, no existing memories or session date; temperature 0.3, max_tokens 2048",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.OSAURUS_EXTRACT_SYSTEM),
        usr(
          `User message:\n${lastUser(c)}\n\nAssistant response:\n${lastAnswer(c)}${P.OSAURUS_EXTRACT_TAIL}`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 2048,
    }),
  },
  {
    client: "Osaurus",
    task: "summary",
    source: OSAURUS,
    note:
      "conversation summary from the pending signals (user/assistant pairs); temperature 0.3, max_tokens 2048",
    build: (c) => {
      const pairs = c.turns.map((t) => `\n${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join(
        "",
      );
      return {
        model: MODEL,
        messages: [
          sys(P.OSAURUS_SUMMARY_SYSTEM),
          usr(`Conversation turns:\n${pairs}\n\nSummarize this conversation using the structured format.`),
        ],
        temperature: 0.3,
        max_tokens: 2048,
      };
    },
  },
  {
    client: "Osaurus",
    task: "memory",
    source: OSAURUS,
    note:
      "profile regeneration from known facts (here the user's own turns stand in for the extracted facts)",
    build: (c) => {
      const facts = c.turns.filter((t) => t.role === "user").map((t) => `- ${t.content}\n`).join("");
      return {
        model: MODEL,
        messages: [
          sys(P.OSAURUS_PROFILE_SYSTEM),
          usr(
            `Known facts:\n${facts}\nCombine these facts into a brief profile. Only state what is listed above.`,
          ),
        ],
        temperature: 0.3,
        max_tokens: 2048,
      };
    },
  },
  {
    client: "ValeDesk",
    task: "compaction",
    source: at("vakovalskii/ValeDesk", {
      path: "src/agent/ipc-handlers.ts",
      commit: "1b6b66452ce278294f0334996bc72bbd767ee2bd",
    }),
    note: "performCompact: the history as 'User:'/'Assistant:' paragraphs, openai client, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.VALEDESK_SYSTEM),
        usr(
          `Please summarize this conversation history:\n\n${
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" })
          }`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "AQBot",
    task: "compaction",
    source: AQBOT,
    note:
      "Chinese; build_summary_prompt without an existing summary; stream false, compression max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AQBOT_COMPRESS), usr(`对话内容：\n${roleLines(c.turns)}${P.AQBOT_FOOTER}`)],
      stream: false,
      max_tokens: 1024,
    }),
  },
  {
    client: "AQBot",
    task: "compaction",
    source: AQBOT,
    note:
      "Chinese; merge into an existing summary (here the first exchange, written as a bullet); stream false",
    build: (c) => {
      const existing = `- ${firstExchange(c).question}`;
      return {
        model: MODEL,
        messages: [
          sys(P.AQBOT_MERGE),
          usr(`已有摘要：\n${existing}\n\n新增对话内容：\n${roleLines(c.turns.slice(2))}${P.AQBOT_FOOTER}`),
        ],
        stream: false,
        max_tokens: 1024,
      };
    },
  },
  {
    client: "Operit",
    task: "memory",
    source: at("AAswordman/Operit", {
      path: "app/src/main/java/com/ai/assistance/operit/api/library/ProblemLibrary.kt",
      commit: "cd781009ea9e9593b9f931cbdfaa1010e54e0837",
    }),
    paraphrased: true,
    note:
      "Chinese; problem-library analysis with preference update, empty current preferences; AIService.sendMessage wrapping reconstructed as system + user",
    build: (c) => {
      const history = c.turns.map((t, i) => `#${i + 1} ${t.role}: ${t.content.slice(0, 300)}\n`).join("");
      return {
        model: MODEL,
        messages: [
          sys(P.fill(P.OPERIT_SYSTEM, { currentPreferences: "" })),
          usr(`问题:\n${lastUser(c)}\n\n解决方案:\n${lastAnswer(c)}\n\n历史记录:\n${history}`),
        ],
      };
    },
  },
  {
    client: "chat (swuecho)",
    task: "follow-ups",
    source: at("swuecho/chat", {
      path: "api/svc/chat_main_service.go",
      commit: "4745745aa578881daf5c6d73bcc7b16e493bdc24",
    }),
    note: "explore mode: one user message with the last 6 request messages and the new answer",
    build: (c) => {
      const request = c.turns.slice(0, -1).slice(-6).map((t) => `${t.role}: ${t.content}\n`).join("");
      return {
        model: MODEL,
        messages: [
          usr(
            `${P.SWUECHO_FOLLOWUP}${request}assistant: ${lastAnswer(c)}\n\nGenerate 3 follow-up questions:`,
          ),
        ],
      };
    },
  },
  {
    client: "my-resume AI chat",
    task: "summary",
    source: at("Fridolph/my-resume", {
      path: "apps/server/src/modules/ai/chat/prompts/ai-chat-summary.prompt.ts",
      commit: "6032cc2ae9fca17453f005bfe3c21a1e7bfb5229",
    }),
    paraphrased: true,
    note:
      "Chinese (zh locale); every 20 turns: system + buildAiChatSummaryPrompt, temperature 0; structured-output wrapping omitted",
    build: (c) => {
      const transcript = c.turns.map((t, i) =>
        `[${Math.floor(i / 2) + 1}] ${t.role === "user" ? "用户" : "助手"}: ${t.content}`
      ).join("\n");
      // buildAiChatSummaryPrompt's zh header, verbatim.
      const header = "总结阶段：turn-20。请返回包含 visitorFocus、aiClosing、keywords 三个字段的 JSON。";
      return {
        model: MODEL,
        messages: [sys(P.RESUME_SUMMARY_SYSTEM_ZH), usr([header, "会话记录：", transcript].join("\n\n"))],
        temperature: 0,
      };
    },
  },
  {
    client: "ChatMCP",
    task: "title",
    source: at("daodao97/chatmcp", {
      path: "lib/llm/base_llm_client.dart",
      commit: "707ad3700c0cd4b889f2be1c4c583452dddcd01a",
    }),
    note: "genTitle([first, last message]): each cut at 100 chars, as one user message",
    build: (c) => {
      const ends = [c.turns[0], c.turns.at(-1)].map((t) =>
        `${t?.role === "user" ? "Human" : "Assistant"}: ${cut(t?.content ?? "", 100)}`
      ).join("\n");
      return { model: MODEL, messages: [usr(P.fill(P.CHATMCP_TITLE, { finalText: cut(ends, 500) }))] };
    },
  },
  {
    client: "Dive",
    task: "title",
    source: at("OpenAgentPlatform/dive-mcp-host", {
      path: "dive_mcp_host/httpd/routers/utils.py",
      commit: "406c90a5ec6955d89019c1d3f2a11bfdc4314a01",
    }),
    note:
      "_generate_title(query): title_prompt as system, the user's first message as the human turn, no tools",
    build: (c) => ({ model: MODEL, messages: [sys(P.DIVE_TITLE), usr(firstExchange(c).question)] }),
  },
];
