/**
 * Blind round 54: chat front-ends of several kinds, read from their source and measured without changing the rules:
 * Firefox's AI Window (chat title, follow-up suggestions), the codecompanion-history.nvim editor panel (title, title
 * refresh, structured summary), the YourOwnAI Android client (Russian and Ukrainian memory extraction, a Russian
 * focus analysis), the ChatCLI terminal client (automatic compaction, memory annotation), MemoChatTUI (memo update),
 * Traccoon's assistant (German compaction and hand-over), a Telegram AI client (Portuguese fact extraction and daily
 * report) and raycast-g4f (smart chat naming); the hard negatives from the same clients are in `_blind54_negatives.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind54.ts";

export { buildBlind54Negatives } from "./_blind54_negatives.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const FIREFOX = "104e86750001e3e663e729827d56c3db1fbc80bf";
const HISTORY = "eb99d256352144cf3b6a1c45608ec25544a0813d";
const YOUROWN = at("OlgaKalinina101/YourOwnAI", {
  path: "app/src/main/java/com/yourown/ai/presentation/chat/ChatMessageHandler.kt",
  commit: "e20dd8b6b328310ed5bd87b2d68b67a5769a0b0a",
});
const CHATCLI = "cda4157d1d1e42d8b0bd972e33c4fa5bcd9139d2";
const TRACCOON = at("mcules/Traccoon", {
  path: "backend/app/worker/compaction.py",
  commit: "a6c7974a2cd765baf594d4235d3c1660ccb981d6",
});
const TELEGRAM = at("juninmd/talk-to-girlfriend-ai", {
  path: "backend/services/ai.py",
  commit: "dbd00427790e13a229cf42440e8941b47136784b",
});

const roleTagged = (turns: Turn[], { open, close }: { open: string; close: string }) =>
  turns.map((t) => `${open}${t.role}${close}${t.content}`);
/** The tab the Firefox templates see: a page about the conversation's first question. */
const tab = (c: Conversation) =>
  JSON.stringify({ title: firstExchange(c).question.slice(0, 60), url: "about:blank" });
/** YourOwnAI's memory and focus calls: its "meaning analyst" system prompt, the filled prompt as the only user turn. */
const analyst = (template: string, { task, note }: { task: string; note: string }): Template => ({
  client: "YourOwnAI",
  task,
  source: YOUROWN,
  note,
  build: (c) => ({
    model: MODEL,
    messages: [sys("Ты - аналитик смысла."), usr(template.replace("{text}", c.followUp))],
    stream: true,
  }),
});
const traccoon = (task: string, { prompt, maxTokens }: { prompt: string; maxTokens: number }): Template => ({
  client: "Traccoon",
  task,
  source: TRACCOON,
  note:
    `aux_chat(task="compression"): the German task plus the excerpt as one user message, max_tokens ${maxTokens}`,
  build: (c) => ({
    model: MODEL,
    messages: [usr(prompt + roleTagged(c.turns, { open: "[", close: "] " }).join("\n\n"))],
    max_tokens: maxTokens,
    temperature: 0.2,
  }),
});

export const BLIND54: Template[] = [
  {
    client: "Firefox AI Window",
    task: "title",
    source: at("Firefox-AI/ai-window-remote-settings-prompts", {
      path: "prompts/title-generation/v1/qwen3-235b-a22b-instruct-2507-maas.md",
      commit: FIREFOX,
    }),
    paraphrased: true,
    note:
      "the .md is the system prompt ({current_tab} filled with the tab); the current user message as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FF_TITLE.replace("{current_tab}", tab(c))), usr(firstExchange(c).question)],
    }),
  },
  {
    client: "Firefox AI Window",
    task: "follow-ups",
    source: at("Firefox-AI/ai-window-remote-settings-prompts", {
      path: "prompts/conversation-suggestions-followup/v1/qwen3-235b-a22b-instruct-2507-maas.md",
      commit: FIREFOX,
    }),
    paraphrased: true,
    note:
      "the filled .md as the system prompt with the assistant-limitations component; history formatting reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(
        P.FF_FOLLOWUP.replace("{date}", "Monday, December 7, 2026").replace("{current_tab}", tab(c))
          .replace("{conversation}", toLines(c.turns, { user: "user", assistant: "assistant" }))
          .replace("{assistant_limitations}", P.FF_LIMITATIONS).replace("{n}", "3"),
      )],
    }),
  },
  {
    client: "codecompanion-history.nvim",
    task: "title",
    source: at("ravitemer/codecompanion-history.nvim", {
      path: "lua/codecompanion/_extensions/history/title_generator.lua",
      commit: HISTORY,
    }),
    note: "first title: one user message with `User: <first message>`, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CC_TITLE.replace("%s", `User: ${firstExchange(c).question}`))],
      stream: false,
    }),
  },
  {
    client: "codecompanion-history.nvim",
    task: "title",
    source: at("ravitemer/codecompanion-history.nvim", {
      path: "lua/codecompanion/_extensions/history/title_generator.lua",
      commit: HISTORY,
    }),
    note: "title refresh every n prompts: the old title and the last six messages, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.CC_REFRESH.replace("%s", firstExchange(c).question.split(/\s+/).slice(0, 4).join(" "))
          .replace("%s", toLines(c.turns.slice(-6), { user: "User", assistant: "Assistant" })),
      )],
      stream: false,
    }),
  },
  {
    client: "codecompanion-history.nvim",
    task: "summary",
    source: at("ravitemer/codecompanion-history.nvim", {
      path: "lua/codecompanion/_extensions/history/summary_generator.lua",
      commit: HISTORY,
    }),
    note:
      "default system prompt, `CONVERSATION:` + User:/Assistant: messages + the instruction as user, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CC_SUMMARY_SYSTEM),
        usr(
          `${P.CC_SUMMARY_USER_HEAD}\n${
            toLines(c.turns, { user: "User", assistant: "Assistant", separator: "\n\n" })
          }\n\n${P.CC_SUMMARY_USER_TAIL}`,
        ),
      ],
      stream: false,
    }),
  },
  analyst(P.YO_MEMORY_RU, {
    task: "memory",
    note: "extractAndSaveMemory: the Russian default prompt with {text} = the new user message",
  }),
  analyst(P.YO_MEMORY_UK, {
    task: "memory",
    note: "extractAndSaveMemory with the prompt language set to Ukrainian",
  }),
  {
    ...analyst(P.YO_EMPATHY_RU, {
      task: "classification",
      note: "ChatContextBuilder.analyzeDeepEmpathyFocus, temperature 0.3",
    }),
    source: at("OlgaKalinina101/YourOwnAI", {
      path: "app/src/main/java/com/yourown/ai/presentation/chat/ChatContextBuilder.kt",
      commit: YOUROWN.commit,
    }),
    build: (c) => ({
      model: MODEL,
      messages: [sys("Ты - аналитик смысла."), usr(P.YO_EMPATHY_RU.replace("{text}", c.followUp))],
      stream: true,
      temperature: 0.3,
    }),
  },
  {
    client: "ChatCLI",
    task: "compaction",
    source: at("diillson/chatcli", { path: "cli/history_compactor.go", commit: CHATCLI }),
    note:
      "structuredSummarize: one user message (SendPrompt sends the history as is), `[role]: content` lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.CL_STRUCTURED}\n\nCONVERSATION SEGMENT TO EXTRACT FROM:\n\n${
            roleTagged(c.turns, { open: "[", close: "]: " }).join("\n\n")
          }\n\n`,
        ),
      ],
    }),
  },
  {
    client: "ChatCLI",
    task: "memory",
    source: at("diillson/chatcli", { path: "cli/memory_worker.go", commit: CHATCLI }),
    note:
      "extractAndSave: instructions (V3 + topic, episode and self-evolve directives) as system and again in the user turn",
    build: (c) => {
      const instructions = [
        P.CL_EXTRACT_V3,
        P.CL_TOPIC_DIRECTIVE,
        P.CL_EPISODE_DIRECTIVE,
        P.CL_SELFEVOLVE_DIRECTIVE,
      ].join("\n");
      const workspace =
        "CURRENT SESSION WORKSPACE: /home/dev/src/exporter\n(All paths and facts from this conversation belong to this workspace.)\n\n---\n\n";
      const segment = roleTagged(c.turns, { open: "[", close: "]: " }).join("\n\n");
      return {
        model: MODEL,
        messages: [
          sys(instructions),
          usr(`${instructions}\n\n---\n\n${workspace}CONVERSATION SEGMENT TO ANALYZE:\n\n${segment}\n\n`),
        ],
      };
    },
  },
  {
    client: "MemoChatTUI",
    task: "memory",
    source: at("N0n4we/MemoChatTUI", {
      path: "src/app.ts",
      commit: "b803de2eaa0cf6ac096df630a598b8d0c64bc03c",
    }),
    note:
      "/compact: one streamed user message per memo rule; the rule here is a user-defined one, memo empty",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.MEMO_COMPACT.replace("${title}", "Preferences").replace(
          "${updateRule}",
          "Keep the user's stated preferences and constraints",
        )
          .replace("${currentContent}", "(empty)").replace(
            "${chatHistory}",
            toLines(c.turns, { user: "user", assistant: "assistant" }),
          ),
      )],
      stream: true,
    }),
  },
  traccoon("compaction", { prompt: P.TR_TASK, maxTokens: 1024 }),
  traccoon("handoff", { prompt: P.TR_HANDOVER, maxTokens: 1500 }),
  {
    client: "talk-to-girlfriend-ai",
    task: "memory",
    source: TELEGRAM,
    paraphrased: true,
    note: "extract_facts(one message text), Gemini generate_content with JSON mime type, as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.JU_FACT_EXTRACTION_PROMPT, { text: firstExchange(c).question }))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "talk-to-girlfriend-ai",
    task: "summary",
    source: TELEGRAM,
    paraphrased: true,
    note:
      "summarize_conversations (daily report): `[HH:MM] sender: text` lines, Gemini call as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.JU_SUMMARY_PROMPT, {
        text_log: c.turns.map((t, i) => `[21:0${i}] ${t.role === "user" ? "Rafa" : "Jules"}: ${t.content}`)
          .join("\n"),
      }))],
    }),
  },
  {
    client: "raycast-g4f",
    task: "title",
    source: at("XInTheDark/raycast-g4f", {
      path: "src/aiChat.jsx",
      commit: "64cf0a089f9b55d1cf28487692b44983cac35c97",
    }),
    paraphrased: true,
    note:
      "smart chat naming after the first exchange: format_chat_to_prompt cut to 4000 characters, one user message",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const chat = `User: ${question}\nAssistant: ${answer}\nAssistant:`.substring(0, 4000) + "...";
      return { model: MODEL, messages: [usr(P.G4F_NAMING + chat)] };
    },
  },
];
